/**
 * About-actor precision rules (issue 14, after the third about round met two retired held-out
 * splits): "the company" is the firm named just before when there is one, a headline's words are
 * not a recurring name, and a quote is not about its unnamed speaker under another name. The
 * articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

/** The about-actors of the suggestion whose text starts with `start`. */
function aboutOf(text: string, start: string): string[] {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return q.about.map((a) => a.name);
}

describe('about-actors: "the company"', () => {
  it('is the firm named just before, even when another firm is named more', () => {
    const text = 'Marrowby Holdings won the lease in March. Marrowby Holdings shares rose and Marrowby Holdings hired 40 crane drivers.\n\nThe rival bidder, Quenton Partners, offered less money. Its chief executive, Ilse Varrow, said the company had warned the board about the lease in May.';
    const about = aboutOf(text, 'the company had warned');
    expect(about).toContain('Quenton Partners');
    expect(about).not.toContain('Marrowby Holdings');
  });

  it('is never the news outlet named just before', () => {
    const text = 'Marrowby Holdings won the lease in March. Marrowby Holdings shares rose and Marrowby Holdings hired 40 crane drivers.\n\nIlse Varrow, a harbour pilot, told the Corriden Herald that the company had cut training for new drivers.';
    expect(aboutOf(text, 'the company had cut')).toEqual(['Marrowby Holdings']);
  });
});

describe('about-actors: a headline is not a recurring name', () => {
  it('leaves out a longer name written out only in the headline', () => {
    const text = 'Business\n\nWhy a Tarnavel Mill Closed\n\nThe mill shut in May. Ilse Varrow, a weaver, said Tarnavel had lost its last buyer.\n\nTarnavel has not replied. Tarnavel and the weavers met twice.\n\nOne weaver, Alun Wrenfield, said Tarnavel would not reopen.';
    for (const start of ['Tarnavel had lost', 'Tarnavel would not']) expect(aboutOf(text, start)).not.toContain('Tarnavel Mill Closed');
  });
});

describe('about-actors: the unnamed speaker under another name', () => {
  it('leaves the court out of what "the justices" said it would do', () => {
    const text = 'The Velmoran Supreme Court struck down the school funding law on Friday.\n\nIn a unanimous opinion, the justices said the court would retain oversight of the dispute until the Legislature of Velmora rewrote the formula.';
    expect(aboutOf(text, 'the court would retain')).not.toContain('Velmoran Supreme Court');
  });

  it('leaves the dateline country out of what "the government" said, when it knows no state', () => {
    const text = 'PORT ELSWICK, Tarnavia (AFP) — Floods cut the coast road on Sunday.\n\nTarnavia has had three floods this year. Tarnavia is one of the poorest countries in the region.\n\nThe government said it would ask all the friends of Tarnavia to help with clean water.';
    expect(aboutOf(text, 'it would ask all the friends')).not.toContain('Tarnavia');
  });
});
