/** What keep mine / keep theirs / keep both do, comparing with another notebook or two authors here. */
import { describe, expect, it } from 'vitest';
import { choiceLabels, resolution } from '../../../../src/renderer/src/features/agreement/resolve';
import type { CodedQuote } from '../../../../src/shared/agreement/compare';

const q = (id: string): CodedQuote => ({ id, start: 0, end: 5, exact: 'words', kind: 'direct', speaker: null, about: [], tags: [], comment: '' });
const mine = q('mine');
const theirs = q('theirs');

describe('resolving a difference', () => {
  it.each([
    ['other', 'mine', mine, theirs, { op: 'none' }],
    ['other', 'theirs', mine, theirs, { op: 'adopt', quote: theirs, replaceQuoteId: 'mine' }],
    ['other', 'both', mine, theirs, { op: 'adopt', quote: theirs }],
    ['other', 'theirs', mine, null, { op: 'delete', quoteId: 'mine' }],
    ['other', 'theirs', null, theirs, { op: 'adopt', quote: theirs }],
    ['other', 'mine', null, theirs, { op: 'none' }],
    ['authors', 'mine', mine, theirs, { op: 'delete', quoteId: 'theirs' }],
    ['authors', 'theirs', mine, theirs, { op: 'delete', quoteId: 'mine' }],
    ['authors', 'both', mine, theirs, { op: 'none' }],
    ['authors', 'mine', null, theirs, { op: 'delete', quoteId: 'theirs' }],
    ['authors', 'theirs', null, theirs, { op: 'none' }],
  ] as const)('%s: keep %s (mine %o, theirs %o)', (mode, choice, m, t, step) => {
    expect(resolution(mode, choice, m, t)).toEqual(step);
  });

  it('names the buttons by what they do', () => {
    expect(choiceLabels(mine, theirs)).toEqual({ mine: 'Keep mine', theirs: 'Keep theirs', both: 'Keep both' });
    expect(choiceLabels(mine, null)).toEqual({ mine: 'Keep mine', theirs: 'Remove mine' });
    expect(choiceLabels(null, theirs)).toEqual({ theirs: 'Add theirs', mine: 'Leave it out' });
  });
});
