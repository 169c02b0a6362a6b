import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { guessTextMetadata } from '../../../../src/shared/import/textMetadata';
import { plainTextBlocks } from '../../../../src/shared/text/plainTextBlocks';
import { samplePath } from '../../../helpers/cliRunner';

const guess = (text: string) => guessTextMetadata(text, plainTextBlocks(text));

describe('guessTextMetadata', () => {
  it('reads the sample article: section "Policy", then its headline', () => {
    const text = readFileSync(samplePath, 'utf8');
    const meta = guess(text);
    expect(meta.section).toBe('Policy');
    expect(meta.title).toBe('NATO ‘increasingly concerned’ China may arm Russia against Ukraine');
    expect(meta.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph']);
  });

  it('takes a headline run into the story up to a wire dateline for the title, the story a paragraph of its own', () => {
    const text = 'Harbour board approves dredging plan after long fight WELLSPORT (Wire) - The harbour board voted on Tuesday to deepen the channel.\n\n"This is the right call," said Corin Ashdale.';
    const meta = guess(text);
    expect(meta.title).toBe('Harbour board approves dredging plan after long fight');
    expect(meta.blocks.map((b) => text.slice(b.start, b.end).slice(0, 24))).toEqual(['Harbour board approves d', 'WELLSPORT (Wire) - The h', '"This is the right call,']);
  });

  it('leaves a first paragraph without a dateline whole, whatever "The" it holds', () => {
    const text = 'Residents of the quiet town woke up to find The Courier on every doorstep, and nobody knew why.\n\nMore followed.';
    expect(guess(text).blocks.map((b) => text.slice(b.start, b.end))).toEqual([text.split('\n\n')[0], 'More followed.']);
  });

  it('reads a byline and a dateline under the headline', () => {
    const meta = guess('World\n\nLeaders meet in Brussels\n\nBy Jane Doe and John Smith\n\nPublished 21 February 2023\n\nThe leaders met on Tuesday.');
    expect(meta).toMatchObject({ section: 'World', title: 'Leaders meet in Brussels', authors: ['Jane Doe', 'John Smith'], publishedAt: '2023-02-21' });
  });

  it('reads a byline and date on one line', () => {
    const meta = guess('Leaders meet in Brussels\n\nBy Jane Doe | Feb 21, 2023\n\nThe leaders met on Tuesday.');
    expect(meta).toMatchObject({ title: 'Leaders meet in Brussels', authors: ['Jane Doe'], publishedAt: '2023-02-21' });
  });

  it('uses headings the source marked (e.g. HTML) and the kicker above them', () => {
    const text = 'Opinion\n\nWhy it matters\n\nBody text here.';
    const meta = guessTextMetadata(text, [
      { kind: 'paragraph', start: 0, end: 7 },
      { kind: 'heading', start: 9, end: 23 },
      { kind: 'paragraph', start: 25, end: 40 },
    ]);
    expect(meta).toMatchObject({ section: 'Opinion', title: 'Why it matters' });
  });

  it('takes a short heading over a longer one as the kicker', () => {
    const text = 'World\n\nLeaders agree on aid\n\nBody.';
    const meta = guessTextMetadata(text, [
      { kind: 'heading', start: 0, end: 5 },
      { kind: 'heading', start: 7, end: 27 },
      { kind: 'paragraph', start: 29, end: 34 },
    ]);
    expect(meta).toMatchObject({ section: 'World', title: 'Leaders agree on aid' });
  });

  it('does not take a sentence from the body as a date or a byline', () => {
    const meta = guess('Headline\n\nBy the end of the day, on 3 March 2023, nothing had changed. Officials said so.\n\nMore.');
    expect(meta.authors).toEqual([]);
    expect(meta.publishedAt).toBe('');
  });

  it('takes byline and date lines out of the text, so the story starts with its first paragraph', () => {
    const meta = guess('World\n\nLeaders meet in Brussels\n\nBy Jane Doe and John Smith\n\nPublished 21 February 2023\n\nThe leaders met on Tuesday.\n\nThey agreed.');
    expect(meta.text).toBe('World\n\nLeaders meet in Brussels\n\nThe leaders met on Tuesday.\n\nThey agreed.');
    expect(meta.blocks.map((b) => [b.kind, meta.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'World'],
      ['heading', 'Leaders meet in Brussels'],
      ['paragraph', 'The leaders met on Tuesday.'],
      ['paragraph', 'They agreed.'],
    ]);
    expect(meta).toMatchObject({ authors: ['Jane Doe', 'John Smith'], publishedAt: '2023-02-21' });
  });

  it('takes out a line holding a byline and a time-stamped date together', () => {
    const meta = guess('Leaders meet in Brussels\n\nBy Jane Doe | Updated: Tue, Feb. 21, 2023, 10:30 a.m. GMT\n\nThe leaders met on Tuesday.');
    expect(meta.text).toBe('Leaders meet in Brussels\n\nThe leaders met on Tuesday.');
    expect(meta).toMatchObject({ authors: ['Jane Doe'], publishedAt: '2023-02-21' });
  });

  it('keeps a short sentence that holds a date: only lines that are nothing but a date go', () => {
    const text = 'Leaders meet in Brussels\n\nThe vote is on 21 February 2023\n\nThe leaders met on Tuesday.';
    const meta = guess(text);
    expect(meta.text).toBe(text);
    expect(meta.blocks).toHaveLength(3);
  });

  it('keeps the byline in the text when the line says more than who wrote it', () => {
    const text = 'Leaders meet\n\nBy Jane Doe | Leaders agreed to more aid\n\nBody.';
    expect(guess(text).text).toBe(text);
  });

  it('leaves no blank line at the end when the byline is the last line', () => {
    const meta = guess('Leaders meet in Brussels\n\nBy Jane Doe');
    expect(meta.text).toBe('Leaders meet in Brussels');
    expect(meta.blocks).toEqual([{ kind: 'heading', start: 0, end: 24 }]);
  });

  it('leaves the sample article’s text as it is', () => {
    const text = readFileSync(samplePath, 'utf8');
    expect(guess(text).text).toBe(text);
  });
});
