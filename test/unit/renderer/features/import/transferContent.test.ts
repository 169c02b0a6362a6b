/**
 * Reading pastes and drops: HTML is parsed by a DOMParser (here jsdom's, standing in for the
 * browser's) and reduced to text and blocks; plain text is passed on; Quotebook's own drags are
 * recognised so they are never imported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isOwnTransfer, readTextTransfer, reduceHtml } from '../../../../../src/renderer/src/features/import/transferContent';

const window = new JSDOM('').window;
beforeAll(() => {
  (globalThis as Record<string, unknown>).DOMParser = window.DOMParser;
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).DOMParser;
  window.close();
});

/** A stand-in for DataTransfer with the given types. */
const transfer = (data: Record<string, string>) => ({ getData: (type: string) => data[type] ?? '' }) as unknown as DataTransfer;

describe('paste and drop contents', () => {
  it('keeps the structure of pasted HTML and nothing of its markup', () => {
    const result = readTextTransfer(transfer({ 'text/html': '<meta charset="utf-8"><h1>Title</h1><p>One <img src=x onerror=alert(1)>two</p><script>alert(2)</script><blockquote>Said.</blockquote>', 'text/plain': 'Title One two' }));
    expect(result.kind).toBe('structured');
    if (result.kind !== 'structured') return;
    expect(result.text).toBe('Title\n\nOne two\n\nSaid.');
    expect(result.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'blockquote']);
  });

  it('falls back to the plain text when the HTML holds no text, and reports an empty clipboard', () => {
    expect(readTextTransfer(transfer({ 'text/html': '<img src=x>', 'text/plain': 'Just text' }))).toEqual({ kind: 'text', text: 'Just text' });
    expect(readTextTransfer(transfer({ 'text/plain': '   ' }))).toEqual({ kind: 'nothing' });
    expect(reduceHtml('<script>only()</script>')).toBeNull();
  });

  it('recognises Quotebook’s own drags (a quote dragged into a note)', () => {
    expect(isOwnTransfer(['application/x-quotebook-quote', 'text/plain'])).toBe(true);
    expect(isOwnTransfer(['Files'])).toBe(false);
  });
});
