import { describe, expect, it } from 'vitest';
import type { EditEntry, Quote } from '../../../../src/shared/model';
import { describeQuoteHistory } from '../../../../src/shared/sync/quoteHistory';

const names = {
  actor: (id: string) => ({ a1: 'Jens Stoltenberg', a2: 'NATO', a3: 'Vladimir Putin' })[id],
  tag: (id: string) => ({ t1: 'warning', t2: 'threat' })[id],
};
const quote = { id: 'q1', speakerId: 'a2', aboutIds: ['a3'], tagIds: ['t1', 't2'], comment: 'Check the date', kind: 'direct' } as unknown as Quote;
const entry = (field: string, value: unknown, who: string, at: string): EditEntry => ({ target: 'quote', id: 'q1', field, value, author: { id: who.toLowerCase(), name: who }, at });

describe('a quote’s history in words', () => {
  it('says who set what, newest first, with names instead of ids', () => {
    const lines = describeQuoteHistory(
      quote,
      [
        entry('aboutIds', { added: 'a3' }, 'Ann', '2026-12-01T10:00:00Z'),
        entry('tagIds', { added: 't2' }, 'Bob', '2026-12-01T11:00:00Z'),
        entry('tagIds', { removed: 'gone' }, 'Bob', '2026-12-01T11:01:00Z'),
        entry('comment', 'Check the date', 'Ann', '2026-12-01T12:00:00Z'),
      ],
      names,
    );
    expect(lines.map((l) => `${l.who} ${l.what}`)).toEqual([
      'Ann set the comment to “Check the date”',
      'Bob took off the tag a removed tag',
      'Bob added the tag threat',
      'Ann added Vladimir Putin to whom it is about',
    ]);
    expect(lines.every((l) => !l.notKept)).toBe(true);
  });

  it('marks the newest value of a field that is not the quote’s: it lost a conflict', () => {
    // Ann and Bob set the speaker apart; the merge kept Ann's (NATO), though Bob's is newer.
    const lines = describeQuoteHistory(quote, [entry('speakerId', 'a2', 'Ann', '2026-12-01T10:00:00Z'), entry('speakerId', 'a1', 'Bob', '2026-12-01T10:05:00Z')], names);
    expect(lines).toMatchObject([
      { who: 'Bob', what: 'set the speaker to Jens Stoltenberg', notKept: true },
      { who: 'Ann', what: 'set the speaker to NATO', notKept: false },
    ]);
  });

  it('names removed actors and empty values plainly', () => {
    const lines = describeQuoteHistory({ ...quote, speakerId: null } as Quote, [entry('speakerId', 'gone', 'Ann', '2026-12-01T10:00:00Z'), entry('speakerId', null, 'Ann', '2026-12-01T11:00:00Z')], names);
    expect(lines.map((l) => l.what)).toEqual(['set the speaker to nobody', 'set the speaker to a removed actor']);
  });
});
