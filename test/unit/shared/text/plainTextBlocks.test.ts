import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessPlainTextHeadings, plainTextBlocks } from '../../../../src/shared/text/plainTextBlocks';
import { countWords, normaliseText } from '../../../../src/shared/text/normalise';

const sample = readFileSync(new URL('../../../../../shared/corpus/nato-china-lethal-aid.txt', import.meta.url), 'utf8');

describe('plainTextBlocks', () => {
  it.each([
    ['one paragraph', 'Hello world.', ['Hello world.']],
    ['blank-line separated', 'A.\n\nB.', ['A.', 'B.']],
    ['several blank lines and spaces', '  A.  \n \n\n\tB.\n', ['A.', 'B.']],
    ['a single newline stays inside a paragraph when blank lines separate them', 'line one\nline two\n\nB.', ['line one\nline two', 'B.']],
    ['without blank lines, short lines that end sentences are paragraphs (a transcript)', 'Q: Will you run again?\nA: No.\nQ: Why not?\nA: It is time for someone else.', ['Q: Will you run again?', 'A: No.', 'Q: Why not?', 'A: It is time for someone else.']],
    ['only white space', ' \n\n ', []],
    ['blank lines written with CRLF', 'A.\r\n\r\nB.', ['A.', 'B.']],
  ])('%s', (_name, text, expected) => {
    expect(plainTextBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(expected);
  });

  const story = [
    'Council delays vote on harbour tolls',
    'The harbour committee postponed Tuesday’s vote on higher tolls after fishing crews filled the chamber, the third delay since the plan was published in the spring.',
    '“We need another month to look at the figures,” said the committee chair, Ada Roe, who has backed the plan since it was first proposed.',
  ];

  it('splits text without blank lines at every line break when its lines are paragraphs (text copied from a web page)', () => {
    const text = story.join('\n');
    expect(plainTextBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual(story);
  });

  it('keeps a hard-wrapped paragraph whole when no line is longer than a wrapped column, ending it at a short line that ends a sentence', () => {
    const wrapped = [
      'The harbour committee postponed the vote on higher tolls after crews',
      'filled the chamber, the third delay since the plan was published in',
      'the spring.',
      '“We need another month to look at the figures,” said the committee',
      'chair, Ada Roe.',
    ];
    const text = wrapped.join('\n');
    expect(plainTextBlocks(text).map((b) => text.slice(b.start, b.end))).toEqual([wrapped.slice(0, 3).join('\n'), wrapped.slice(3).join('\n')]);
  });
});

describe('guessPlainTextHeadings', () => {
  it('reads the sample article: section "Policy", the second paragraph is the title', () => {
    const text = normaliseText(sample);
    const guess = guessPlainTextHeadings(text, plainTextBlocks(text));
    expect(guess.section).toBe('Policy');
    expect(guess.title).toBe('NATO ‘increasingly concerned’ China may arm Russia against Ukraine');
    expect(guess.blocks.slice(0, 3).map((b) => b.kind)).toEqual(['heading', 'heading', 'paragraph']);
  });

  it('takes a first line without end punctuation as the title', () => {
    const text = 'Ministers meet in Brussels\n\nThe meeting began on Monday. It ended late.';
    expect(guessPlainTextHeadings(text, plainTextBlocks(text))).toMatchObject({ title: 'Ministers meet in Brussels', section: '' });
  });

  it('does not take a sentence for a heading', () => {
    const text = 'The meeting began on Monday.\n\nIt ended late.';
    const guess = guessPlainTextHeadings(text, plainTextBlocks(text));
    expect(guess.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(guess.title).toBe('The meeting began on Monday.');
  });
});

describe('normaliseText', () => {
  it('converts CRLF and CR to LF, drops a BOM and composes to NFC', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('Cafe\u0301')).toBe('Café');
  });
  it('counts words with apostrophes inside them once', () => {
    expect(countWords('Russia’s war, we’ve said — 2023.')).toBe(5);
  });
});
