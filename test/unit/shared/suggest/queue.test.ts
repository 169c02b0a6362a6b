/** The review queue's grouping, ordering and clause wording (src/shared/suggest/queue.ts). */
import { describe, expect, it } from 'vitest';
import { bulkAcceptable, clauseKey, flattenGroups, groupQueue, nextAfterRemoval, normaliseWording, type QueueEntry } from '../../../../src/shared/suggest/queue';

const officials = { name: 'officials familiar with the talks', actorId: null, anonymous: true };
const stoltenberg = { name: 'Jens Stoltenberg', actorId: 'act_js', anonymous: false };

function entry(id: string, confidence: number, fields: Partial<QueueEntry> = {}): QueueEntry {
  return { id, articleId: 'art_a', confidence, cue: 'said', speaker: officials, start: 0, ...fields };
}

describe('normaliseWording', () => {
  it.each([
    ['The officials familiar with the talks,', 'officials familiar with the talks'],
    ['  officials   familiar with  the talks ', 'officials familiar with the talks'],
    ['a “senior” EU diplomat', 'senior eu diplomat'],
    ['According to', 'according to'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normaliseWording(input)).toBe(expected));
});

describe('clauseKey', () => {
  it('is the same for the same attribution written differently', () => {
    expect(clauseKey({ speaker: { ...officials, name: 'The officials familiar with the talks' }, cue: 'Said' })).toBe(clauseKey({ speaker: officials, cue: 'said' }));
  });
  it('tells apart the reporting verb and the speaker', () => {
    expect(clauseKey({ speaker: officials, cue: 'said' })).not.toBe(clauseKey({ speaker: officials, cue: 'told Reuters' }));
    expect(clauseKey({ speaker: null, cue: 'said' })).toBe('(no speaker) · said');
    expect(clauseKey({ speaker: officials, cue: '' })).toBe('officials familiar with the talks · (no cue)');
  });
});

describe('groupQueue', () => {
  const entries = [
    entry('o1', 0.5, { articleId: 'art_b', start: 40 }),
    entry('s1', 0.9, { speaker: stoltenberg }),
    entry('o2', 0.55, { articleId: 'art_a', start: 10 }),
    entry('s2', 0.7, { speaker: { ...stoltenberg, name: 'Stoltenberg' }, cue: 'warned' }),
    entry('o3', 0.5, { articleId: 'art_a', start: 90, speaker: { ...officials, name: 'The officials familiar with the talks' } }),
    entry('n1', 0.6, { speaker: null, cue: '' }),
  ];

  it('groups by speaker: a notebook actor under whichever name, an unnamed source by its words', () => {
    const groups = groupQueue(entries, 'speaker');
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.id)])).toEqual([
      ['Jens Stoltenberg', ['s1', 's2']],
      ['No speaker found', ['n1']],
      ['officials familiar with the talks', ['o2', 'o3', 'o1']],
    ]);
    expect(groups.map((g) => g.top)).toEqual([0.9, 0.6, 0.55]);
  });

  it('groups by clause: the same speaker with another verb is another group', () => {
    const groups = groupQueue(entries, 'clause');
    expect(groups.map((g) => [g.key, g.entries.length])).toEqual([
      ['jens stoltenberg · said', 1],
      ['stoltenberg · warned', 1],
      ['(no speaker) · (no cue)', 1],
      ['officials familiar with the talks · said', 3],
    ]);
    expect(groups[3]!.label).toBe('officials familiar with the talks said');
  });

  it('orders entries likeliest first, then by article and place, so equal confidences keep reading order', () => {
    const officialsGroup = groupQueue(entries, 'speaker').find((g) => g.key.startsWith('name:officials'))!;
    expect(officialsGroup.entries.map((e) => `${e.articleId}@${e.start}`)).toEqual(['art_a@10', 'art_a@90', 'art_b@40']);
  });

  it('can put the largest groups first, ties by confidence', () => {
    expect(groupQueue(entries, 'speaker', 'size').map((g) => g.entries.length)).toEqual([3, 2, 1]);
    expect(groupQueue(entries, 'clause', 'size').map((g) => g.key)).toEqual([
      'officials familiar with the talks · said',
      'jens stoltenberg · said',
      'stoltenberg · warned',
      '(no speaker) · (no cue)',
    ]);
  });

  it('flattens in the order shown', () => {
    expect(flattenGroups(groupQueue(entries, 'speaker')).map((e) => e.id)).toEqual(['s1', 's2', 'n1', 'o2', 'o3', 'o1']);
  });

  it('is empty for an empty queue', () => {
    expect(groupQueue([], 'clause')).toEqual([]);
  });
});

describe('bulkAcceptable', () => {
  it('leaves beliefs and findings out of accept-all', () => {
    expect(bulkAcceptable([entry('a', 0.9), entry('b', 0.4, { stance: true }), entry('c', 0.6)]).map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('nextAfterRemoval', () => {
  const order = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
  it.each([
    [['b'], 'c'],
    [['b', 'c'], 'd'],
    [['e'], 'd'],
    [['d', 'e'], 'c'],
    [['a', 'b', 'c', 'd', 'e'], null],
    [['zz'], 'a'],
  ])('after removing %j selects %j', (removed, expected) => expect(nextAfterRemoval(order, removed)).toBe(expected));
});
