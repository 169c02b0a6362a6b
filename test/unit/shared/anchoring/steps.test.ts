import { describe, expect, it } from 'vitest';
import { sentences, stepEdge, stepSentence } from '../../../../src/shared/anchoring/steps';

const text = 'Stoltenberg said this.\n\n“Putin must not win. That would show that aggression works,” he said.';
const show = (r: { start: number; end: number } | null) => r && text.slice(r.start, r.end);

describe('keyboard selection steps', () => {
  it('splits the text into snapped sentences that never cross a paragraph', () => {
    expect(sentences(text).map(show)).toEqual(['Stoltenberg said this.', 'Putin must not win.', 'That would show that aggression works,” he said.']);
  });

  it('steps to the next and previous sentence', () => {
    const first = stepSentence(text, null, 1, 0);
    expect(show(first)).toBe('Stoltenberg said this.');
    const second = stepSentence(text, first, 1);
    expect(show(second)).toBe('Putin must not win.');
    expect(show(stepSentence(text, second, -1))).toBe('Stoltenberg said this.');
    expect(stepSentence(text, first, -1)).toBeNull();
  });

  it('starts from the first sentence after a given offset', () => {
    expect(show(stepSentence(text, null, 1, text.indexOf('aggression')))).toBe('That would show that aggression works,” he said.');
  });

  it('moves the end by words, stopping after punctuation too', () => {
    let range = { start: text.indexOf('Putin'), end: text.indexOf('Putin') + 5 };
    const ends: string[] = [];
    for (let i = 0; i < 4; i++) {
      range = stepEdge(text, range, 'end', 1);
      ends.push(show(range)!);
    }
    expect(ends).toEqual(['Putin must', 'Putin must not', 'Putin must not win', 'Putin must not win.']);
    expect(show(stepEdge(text, range, 'end', -1))).toBe('Putin must not win');
  });

  it('moves the start by words and never empties the range', () => {
    const word = { start: text.indexOf('Putin'), end: text.indexOf('Putin') + 5 };
    expect(stepEdge(text, word, 'start', 1)).toEqual(word);
    expect(stepEdge(text, word, 'end', -1)).toEqual(word);
    expect(show(stepEdge(text, { start: word.start, end: word.end + 5 }, 'start', 1))).toBe('must');
    expect(show(stepEdge(text, word, 'start', -1))).toBe('this.\n\n“Putin');
  });
});
