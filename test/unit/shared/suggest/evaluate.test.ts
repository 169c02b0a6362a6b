/** The evaluation's scoring rules: what counts as a found quote and a right speaker. */
import { describe, expect, it } from 'vitest';
import { prf, sameSpeaker, scoreArticle, summarise, type GoldArticle } from '../../../../src/shared/suggest/evaluate';

const text = 'Jens Stoltenberg said that the alliance is worried. “We must act,” Stoltenberg said. A senior official said no.';
const gold: GoldArticle = {
  actors: [{ name: 'Jens Stoltenberg', kind: 'person', aliases: [] }, { name: 'United States', kind: 'state', aliases: ['U.S.'] }],
  quotes: [
    { kind: 'indirect', speaker: 'Jens Stoltenberg', text: 'the alliance is worried', start: 27, end: 50 },
    { kind: 'direct', speaker: 'Jens Stoltenberg', text: 'We must act,', start: 53, end: 65 },
  ],
};

describe('scoreArticle', () => {
  it.each([
    ['exact spans, surname as speaker', [{ start: 27, end: 50, kind: 'indirect', speaker: 'Stoltenberg' }, { start: 53, end: 65, kind: 'direct', speaker: 'Jens Stoltenberg' }], [1, 1, 1, 1]],
    ['a direct quote without its trailing comma still matches', [{ start: 53, end: 64, kind: 'direct', speaker: 'Jens Stoltenberg' }], [1, 1, 0, 0]],
    ['a direct quote one word short does not', [{ start: 56, end: 65, kind: 'direct', speaker: 'Jens Stoltenberg' }], [0, 0, 0, 0]],
    ['a reported clause covering most of the label matches', [{ start: 21, end: 50, kind: 'indirect', speaker: 'Jens Stoltenberg' }], [0, 0, 1, 1]],
    ['a reported clause covering a third does not', [{ start: 43, end: 50, kind: 'indirect', speaker: 'Jens Stoltenberg' }], [0, 0, 0, 0]],
    ['the wrong kind is not a match', [{ start: 53, end: 65, kind: 'indirect', speaker: 'Jens Stoltenberg' }], [0, 0, 0, 0]],
    ['a pronoun is a wrong speaker', [{ start: 53, end: 65, kind: 'direct', speaker: 'he' }], [1, 0, 0, 0]],
  ] as const)('%s', (_name, predictions, [directMatched, directRight, indirectMatched, indirectRight]) => {
    const score = scoreArticle(text, gold, predictions as never);
    expect([score.direct.matched, score.direct.speakerRight, score.indirect.matched, score.indirect.speakerRight]).toEqual([directMatched, directRight, indirectMatched, indirectRight]);
  });

  it('lists what was missed and what was spurious', () => {
    const score = scoreArticle(text, gold, [{ start: 88, end: 110, kind: 'indirect', speaker: 'a senior official' }]);
    expect(score.misses.map((m) => m.what).sort()).toEqual(['missed', 'missed', 'spurious']);
  });
});

describe('sameSpeaker', () => {
  it.each([
    ['alias', 'United States', 'U.S.', true],
    ['a longer description of the same source', 'a senior official', 'a senior official in Berlin', true],
    ['a shorter description says less than the label', 'a senior official in Berlin', 'a senior official', false],
    ['one word of the description is not the source', 'a senior EU diplomat', 'senior', false],
    ['different sources', 'a senior official', 'a diplomat', false],
    ['no speaker on both sides', null, null, true],
    ['a speaker where none was labelled', null, 'Jens Stoltenberg', false],
  ] as const)('%s', (_name, expected, got, same) => {
    expect(sameSpeaker(gold, expected, got)).toBe(same);
  });
});

describe('summarise', () => {
  it('micro-averages across articles, and end-to-end needs span and speaker right', () => {
    const a = scoreArticle(text, gold, [{ start: 53, end: 65, kind: 'direct', speaker: 'Stoltenberg' }, { start: 27, end: 50, kind: 'indirect', speaker: 'he' }]);
    const s = summarise([a, a]);
    expect(s.direct.f1).toBe(1);
    expect(s.speakerAccuracy).toBe(0.5);
    expect(s.endToEnd).toEqual(prf(2, 4, 4));
  });
});
