/**
 * Pasting into a note: HTML goes through the import reducer (inert parse, text and blocks only);
 * Lexical's own clipboard data is trusted only from a note and only with a note's nodes and links.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { $createParagraphNode, $getRoot, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { createHeadlessNoteEditor, NOTE_NAMESPACE } from '../../../../../src/shared/editor';
import { isNoteClipboard, registerSanitisedPaste } from '../../../../../src/renderer/src/features/notes/editor/pasteSanitiser';

beforeAll(() => {
  // The app parses pasted HTML with the browser's inert DOMParser; jsdom's stands in for it here.
  globalThis.DOMParser = new JSDOM('').window.DOMParser as unknown as typeof DOMParser;
});

const lexical = (nodes: unknown[], namespace = NOTE_NAMESPACE) => JSON.stringify({ namespace, nodes });
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });

describe('isNoteClipboard', () => {
  it.each([
    ['a paragraph from a note', lexical([{ type: 'paragraph', children: [text('hi')] }]), true],
    ['a card and a mention', lexical([{ type: 'quote-card', quoteId: 'q1', citedText: 'x' }, { type: 'actor-mention', actorId: 'a1', text: 'NATO' }]), true],
    ['a safe link', lexical([{ type: 'link', url: 'https://example.org', children: [text('x')] }]), true],
    ['the article reader’s marks', lexical([{ type: 'mark', ids: ['q1'], children: [text('x')] }], 'quotebook-reader'), false],
    ['another namespace', lexical([{ type: 'paragraph', children: [] }], 'someone-else'), false],
    ['an unknown node', lexical([{ type: 'paragraph', children: [{ type: 'iframe-embed', src: 'https://evil.example' }] }]), false],
    ['a javascript: link', lexical([{ type: 'link', url: 'javascript:alert(1)', children: [text('x')] }]), false],
    ['a root node', lexical([{ type: 'root', children: [] }]), false],
    ['not JSON', '{nope', false],
  ])('%s → %s', (_name, json, expected) => {
    expect(isNoteClipboard(json)).toBe(expected);
  });
});

/** Pastes `data` into an empty note and returns the note as JSON. */
function paste(data: Record<string, string>): { editor: LexicalEditor; json: string; handled: boolean } {
  const editor = createHeadlessNoteEditor();
  registerSanitisedPaste(editor);
  editor.update(() => $getRoot().append($createParagraphNode()).selectEnd(), { discrete: true });
  let handled = false;
  let prevented = false;
  const event = { clipboardData: { getData: (type: string) => data[type] ?? '' }, preventDefault: () => (prevented = true) };
  editor.update(() => void (handled = editor.dispatchCommand(PASTE_COMMAND, event as unknown as ClipboardEvent)), { discrete: true });
  expect(prevented).toBe(handled);
  return { editor, json: JSON.stringify(editor.getEditorState().toJSON()), handled };
}

function blocks(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() => $getRoot().getChildren().map((n) => `${n.getType()}${'getTag' in n ? `:${(n as unknown as { getTag(): string }).getTag()}` : ''} ${n.getTextContent()}`));
}

describe('pasting HTML', () => {
  it('keeps headings, paragraphs, block quotes and lists as text, and nothing else', () => {
    const { editor, json, handled } = paste({
      'text/html':
        '<h1 style="color:red">Report</h1><p>Hello <b onclick="x()">world</b><img src="https://t.example/p.png" onerror="x()"></p>' +
        '<script>steal()</script><blockquote>Quoted</blockquote><ul><li>one</li><li>two <a href="javascript:x()">link</a></li></ul><p hidden>hidden text</p>',
      'text/plain': 'Report Hello world',
    });
    expect(handled).toBe(true);
    expect(blocks(editor).filter((b) => b.trim() !== 'paragraph')).toEqual(['heading:h2 Report', 'paragraph Hello world', 'quote Quoted', 'list:ul one\n\ntwo link']);
    for (const forbidden of ['steal', 'onclick', 'onerror', 'javascript', 'https://t.example', 'hidden text', '"type":"link"', 'color']) expect(json).not.toContain(forbidden);
  });

  it('treats foreign Lexical data (e.g. copied from the reader) as its HTML or plain text', () => {
    const fromReader = paste({ 'application/x-lexical-editor': lexical([{ type: 'mark', ids: ['q'], children: [text('x')] }], 'quotebook-reader'), 'text/plain': 'First para\n\nSecond para' });
    expect(fromReader.handled).toBe(true);
    expect(blocks(fromReader.editor).filter((b) => b !== 'paragraph ')).toEqual(['paragraph First para', 'paragraph Second para']);
    expect(fromReader.json).not.toContain('"mark"');
  });

  it('leaves plain text and a note’s own clipboard data to the editor’s usual paste', () => {
    expect(paste({ 'text/plain': 'just text' }).handled).toBe(false);
    expect(paste({ 'application/x-lexical-editor': lexical([{ type: 'paragraph', children: [text('hi')] }]), 'text/html': '<p>hi</p>' }).handled).toBe(false);
  });
});
