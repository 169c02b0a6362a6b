/**
 * "Lawmakers" and "state legislators" in a story that names one legislature are that body (the
 * labelling conventions count a legislature's members as the legislature); a party's lawmakers
 * are left alone. The article here is invented.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

const STORY = [
  'The Vandor Legislature passed a clinics budget on Tuesday after a long night session.',
  'Dara Venn, a nurse in Pellock, said lawmakers had ignored rural clinics for a decade.',
  'Ola Brekk, a farmer, said Greenway lawmakers had blocked the bill twice.',
  'The Vandor Legislature will meet again in March, when the Vandor Legislature is due to vote on roads.',
].join('\n\n');

function aboutOf(start: string): string[] {
  const q = suggestQuotes({ text: STORY }).quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}"`);
  return q.about.map((a) => a.name);
}

describe('about-actors: lawmakers of the one legislature', () => {
  it('reads "lawmakers" as the legislature', () => {
    expect(aboutOf('lawmakers had ignored')).toContain('Vandor Legislature');
  });

  it('leaves a party\'s lawmakers alone', () => {
    expect(aboutOf('Greenway lawmakers')).not.toContain('Vandor Legislature');
  });
});

describe('about-actors: a legislature the entity rules could not class', () => {
  it('reads "lawmakers" as "the Legislature" the story names without a state', () => {
    const text = 'A judge in Askby ordered the Legislature on Tuesday to redraw the district lines by March. The Legislature last drew them in 2021.\n\nDara Venn, who brought the case, said lawmakers had split her neighbourhood in three.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('lawmakers had split'))!;
    expect(q.about.map((a) => a.name)).toEqual(['Legislature']);
  });
});
