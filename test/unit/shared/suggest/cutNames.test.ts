/**
 * A name cut before a word that can also be a title ("Court of" before "Justice") takes back the
 * rest of its name once speakers are settled, so the actor and the quotes about it read as the
 * article names it. The article here is invented.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

describe('names cut after "of"', () => {
  it('completes "Northern Court of" with "Justice" in a quote about it', () => {
    const text = 'Dara Venn, the fisheries minister of Tarrow, said on Monday that the Northern Court of Justice would rule on the quota dispute before the spring.';
    const set = suggestQuotes({ text });
    const q = set.quotes.find((s) => s.text.startsWith('the Northern Court'))!;
    expect(q.about.map((a) => a.name)).toContain('Northern Court of Justice');
    expect(set.actors.map((a) => a.name)).not.toContain('Northern Court of');
    expect(q.speaker?.name).toBe('Dara Venn');
  });
});

describe('a title’s modifier before a body', () => {
  it('keeps "Press" of "Press Secretary" out of the body named before it', () => {
    const text = 'The Askby Harbour Board has paid for a new dredger.\n\nASB Press Secretary Ada Roe said the board would publish the contract. A critic said the ASB had paid too much.';
    const set = suggestQuotes({ text });
    expect(set.actors.map((a) => a.name)).not.toContain('ASB Press');
  });
});
