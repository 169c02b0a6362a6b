import { describe, expect, it } from 'vitest';
import { markAttributes, pickQuote, quotesToRestyle, type MarkLook } from '../../../../src/renderer/src/editor/markDecoration';

const look = (tint: string, status: MarkLook['status'], length: number, speakerName: string | null = 'Ann'): MarkLook => ({ tint, status, length, speakerName });
const looks = new Map<string, MarkLook>([
  ['long', look('blue', 'confirmed', 100)],
  ['short', look('amber', 'confirmed', 10, 'Bo')],
  ['sugg', look('rose', 'suggested', 40, null)],
]);

describe('markAttributes', () => {
  it('fills with the innermost confirmed quote and underlines suggestions', () => {
    const attributes = markAttributes(['long', 'short', 'sugg'], looks, null);
    expect(attributes['data-fill']).toBe('amber');
    expect(attributes['data-line']).toBe('rose');
    expect(attributes['data-selected']).toBeNull();
    expect(attributes['data-quote-ids']).toBe('long short sugg');
    expect(attributes).not.toHaveProperty('title');
  });

  it('marks the selection and tolerates unknown ids', () => {
    const attributes = markAttributes(['gone', 'sugg'], looks, 'sugg');
    expect(attributes['data-fill']).toBeNull();
    expect(attributes['data-selected']).toBe('true');
  });
});

describe('pickQuote', () => {
  it('prefers the shortest quote, then cycles on repeated clicks', () => {
    const ids = ['long', 'short', 'sugg'];
    expect(pickQuote(ids, looks, null)).toBe('short');
    expect(pickQuote(ids, looks, 'short')).toBe('sugg');
    expect(pickQuote(ids, looks, 'sugg')).toBe('long');
    expect(pickQuote(ids, looks, 'long')).toBe('short');
    expect(pickQuote(['gone'], looks, null)).toBeNull();
  });
});

describe('quotesToRestyle', () => {
  it('names only the quotes whose marks look different, and the old and new selection', () => {
    const after = new Map(looks);
    after.set('short', look('green', 'confirmed', 10, 'Bo')); // a new speaker tint
    after.set('sugg', look('rose', 'suggested', 40, 'Cy')); // a new name only: the mark looks the same
    after.delete('long');
    after.set('new', look('blue', 'confirmed', 5));
    const ids = quotesToRestyle({ looks, selectedQuoteId: null }, { looks: after, selectedQuoteId: 'new' });
    expect([...ids].sort()).toEqual(['long', 'new', 'short']);
  });

  it('names just the two selections when only the selection moves (J in a long article)', () => {
    expect([...quotesToRestyle({ looks, selectedQuoteId: 'long' }, { looks, selectedQuoteId: 'short' })]).toEqual(['long', 'short']);
    expect([...quotesToRestyle({ looks, selectedQuoteId: null }, { looks: new Map(looks), selectedQuoteId: null })]).toEqual([]);
  });
});
