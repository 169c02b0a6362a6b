import { describe, expect, it } from 'vitest';
import { innerQuoteMarks, pluralIs } from '../../../../src/renderer/src/ui/format';

describe('innerQuoteMarks', () => {
  it('turns a quote within a quote into single marks', () => {
    expect(innerQuoteMarks('the alliance is “increasingly concerned” that China may arm Russia')).toBe('the alliance is ‘increasingly concerned’ that China may arm Russia');
    expect(innerQuoteMarks('Beijing is on the side of "peace and dialogue."')).toBe('Beijing is on the side of ‘peace and dialogue.’');
    expect(innerQuoteMarks('„Frieden“ ist das Ziel')).toBe('‚Frieden‘ ist das Ziel');
  });

  it('leaves apostrophes, guillemets and quote-free text alone', () => {
    for (const words of ['Russia’s war, we’ve said, since the ’90s', 'il a dit « non »', 'Putin must not win.']) expect(innerQuoteMarks(words)).toBe(words);
  });
});

describe('pluralIs', () => {
  it('makes the verb agree with the count ("1 quote are counted" was wrong)', () => {
    expect(pluralIs(1, 'quote', 'counted')).toBe('1 quote is counted');
    expect(pluralIs(0, 'quote', 'counted')).toBe('0 quotes are counted');
    expect(pluralIs(12, 'quote', 'counted')).toBe('12 quotes are counted');
  });
});
