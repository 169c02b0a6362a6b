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

describe('issue 14 labels: quotes in pieces, stances, about-actors', () => {
  // “A,” she said. “B.” — one quote in two pieces; then a stance and a reported clause.
  const news = '“We will win,” Ruth Hale said. “They will lose.” Hale believes the bill is dead. Aides say she is tired.';
  const piece1 = { start: 1, end: 13 };
  const piece2 = { start: 32, end: 47 };
  const newsGold: GoldArticle = {
    actors: [
      { name: 'Ruth Hale', kind: 'person', aliases: ['Hale'] },
      { name: 'Senate Republicans', kind: 'other', subkind: 'group', aliases: ['Republicans'] },
      { name: 'documents released by the committee', kind: 'other', subkind: 'document', aliases: ['the documents'] },
    ],
    quotes: [
      { kind: 'direct', speaker: 'Ruth Hale', text: news.slice(1, 47), start: 1, end: 47, ranges: [{ ...piece1, text: news.slice(1, 13) }, { ...piece2, text: news.slice(32, 47) }], about: ['Senate Republicans'] },
      { kind: 'stance', speaker: 'Ruth Hale', text: 'the bill is dead', start: 63, end: 79, about: [] },
      { kind: 'indirect', speaker: 'aides', text: 'she is tired', start: 91, end: 103, about: ['Ruth Hale'] },
    ],
  };
  const whole = { ...piece1, end: piece2.end, kind: 'direct' as const, speaker: 'Hale', ranges: [piece1, piece2] };

  it('labels the pieces where the test thinks they are', () => {
    expect(newsGold.quotes.flatMap((q) => (q.ranges ?? [q]).map((r) => news.slice(r.start, r.end)))).toEqual(['We will win,', 'They will lose.', 'the bill is dead', 'she is tired']);
  });

  it('finds a quote in pieces only with one suggestion holding every piece', () => {
    expect(scoreArticle(news, newsGold, [whole]).direct).toMatchObject({ matched: 1, predicted: 1, speakerRight: 1 });
    expect(scoreArticle(news, newsGold, [{ ...whole, ranges: [piece1] }]).direct.matched).toBe(0);
  });

  it('counts a piece found alone as neither a match nor a false alarm, and lists it', () => {
    const score = scoreArticle(news, newsGold, [{ ...piece1, kind: 'direct', speaker: 'Hale' }, { ...piece2, kind: 'direct', speaker: 'Hale' }]);
    expect(score.direct).toMatchObject({ gold: 1, predicted: 0, matched: 0 });
    expect(score.pairing.pieces).toHaveLength(2);
    expect(score.misses.filter((m) => m.what === 'piece')).toHaveLength(2);
  });

  it('scores a suggestion in pieces piece by piece where the article labels each piece as a quote', () => {
    const old: GoldArticle = { actors: newsGold.actors, quotes: [{ kind: 'direct', speaker: 'Ruth Hale', text: 'We will win,', ...piece1 }, { kind: 'direct', speaker: 'Ruth Hale', text: 'They will lose.', ...piece2 }] };
    expect(scoreArticle(news, old, [whole]).direct).toMatchObject({ gold: 2, predicted: 2, matched: 2 });
  });

  it('finds a stance with a reported suggestion of either kind and counts the kind apart; a direct one does not find it', () => {
    const asSpeech = scoreArticle(news, newsGold, [{ start: 63, end: 79, kind: 'indirect', speaker: 'Hale' }]);
    expect(asSpeech.stance).toEqual({ gold: 1, found: 1, kindRight: 0 });
    expect(scoreArticle(news, newsGold, [{ start: 63, end: 79, kind: 'stance', speaker: 'Hale' }]).stance.kindRight).toBe(1);
    expect(scoreArticle(news, newsGold, [{ start: 63, end: 79, kind: 'direct', speaker: 'Hale' }]).stance.found).toBe(0);
  });

  it('scores the about-actors of found quotes by name or alias, and none offered as recall 0', () => {
    const right = scoreArticle(news, newsGold, [{ ...whole, about: ['Republicans'] }, { start: 91, end: 103, kind: 'indirect', speaker: 'aides', about: ['Hale', 'Senate Republicans'] }]);
    expect(right.about).toEqual({ gold: 2, predicted: 3, right: 2 });
    const none = summarise([scoreArticle(news, newsGold, [whole])]);
    expect(none.about).toMatchObject({ gold: 1, predicted: 0, right: 0, f1: 0 });
  });

  it('ignores stance suggestions on an article labelled before stances were (its labels leave beliefs out on purpose)', () => {
    const old: GoldArticle = { actors: newsGold.actors, quotes: [{ kind: 'direct', speaker: 'Ruth Hale', text: 'We will win,', ...piece1 }] };
    const score = scoreArticle(news, old, [{ ...piece1, kind: 'direct', speaker: 'Hale' }, { start: 63, end: 79, kind: 'stance', speaker: 'Hale' }]);
    expect(score.indirect).toMatchObject({ gold: 0, predicted: 0 });
    expect(score.misses).toEqual([]);
  });

  it('puts every kind in the span figure', () => {
    const s = summarise([scoreArticle(news, newsGold, [whole, { start: 63, end: 79, kind: 'stance', speaker: 'Hale' }])]);
    expect(s.all).toMatchObject({ gold: 3, predicted: 2, matched: 2 });
    expect(s.stance).toMatchObject({ gold: 1, found: 1, kindRight: 1 });
  });

  it.each([
    ['a count before a description', 'officials familiar with the talks', 'four officials familiar with the talks', true],
    ['a longer description of a document actor', 'documents released by the committee', 'documents released by the committee on Tuesday', true],
    ['another document', 'documents released by the committee', 'a memo released by the committee', false],
  ] as const)('sameSpeaker: %s', (_name, expected, got, same) => {
    expect(sameSpeaker(newsGold, expected, got)).toBe(same);
  });
});
