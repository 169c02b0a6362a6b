import { describe, expect, it } from 'vitest';
import { applyBlockEdits, editableBlocks } from '../../../../src/shared/text/correctBlocks';
import type { Block } from '../../../../src/shared/model';

const text = 'Minister quits\n\nBy Ana Ruiz\n\nThe minister resigned on Monday. “I had no choice,” she said.\n\n- first point\n- second point';
const at = (words: string) => text.indexOf(words);
const blocks: Block[] = [
  { kind: 'heading', start: 0, end: 14, level: 1 } as Block,
  { kind: 'paragraph', start: at('By Ana'), end: at('By Ana') + 'By Ana Ruiz'.length },
  { kind: 'paragraph', start: at('The minister'), end: at('she said.') + 'she said.'.length },
  { kind: 'listItem', start: at('- first'), end: at('- first') + '- first point'.length },
  { kind: 'listItem', start: at('- second'), end: text.length },
];

describe('correcting an article by hand, block by block', () => {
  it('offers each block with its kind and words', () => {
    expect(editableBlocks(text, blocks).map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Minister quits'],
      ['paragraph', 'By Ana Ruiz'],
      ['paragraph', 'The minister resigned on Monday. “I had no choice,” she said.'],
      ['listItem', '- first point'],
      ['listItem', '- second point'],
    ]);
  });

  it('removes a block with its separator and keeps every other block, kind and extra fields included', () => {
    const words = editableBlocks(text, blocks).map((b) => b.text);
    const { text: next, blocks: after } = applyBlockEdits(text, blocks, [words[0]!, null, words[2]!, words[3]!, words[4]!]);
    expect(next).toBe('Minister quits\n\nThe minister resigned on Monday. “I had no choice,” she said.\n\n- first point\n- second point');
    expect(after.map((b) => [b.kind, next.slice(b.start, b.end)])).toEqual([
      ['heading', 'Minister quits'],
      ['paragraph', 'The minister resigned on Monday. “I had no choice,” she said.'],
      ['listItem', '- first point'],
      ['listItem', '- second point'],
    ]);
    expect(after[0]).toMatchObject({ level: 1 });
  });

  it('fixes a typo in one block and leaves the rest of the text byte for byte', () => {
    const words = editableBlocks(text, blocks).map((b) => b.text);
    const { text: next } = applyBlockEdits(text, blocks, [words[0]!.replace('quits', 'resigns'), ...words.slice(1)]);
    expect(next).toBe(text.replace('Minister quits', 'Minister resigns'));
  });

  it('drops a block emptied by hand, and reads a text without blocks as paragraphs', () => {
    const plain = 'One.\n\nTwo.\n\nThree.';
    expect(applyBlockEdits(plain, [], ['One.', '  ', 'Three!'])).toEqual({
      text: 'One.\n\nThree!',
      blocks: [
        { kind: 'paragraph', start: 0, end: 4 },
        { kind: 'paragraph', start: 6, end: 12 },
      ],
    });
  });
});
