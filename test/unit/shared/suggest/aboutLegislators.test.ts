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

describe('about-actors: "the Legislature" named once, and its leaders', () => {
  it('reads "the Legislature", named only once, as an actor of the quote', () => {
    const text = 'Dara Venn, who leads the anglers’ club, said the river rules were a mess.\n\nOla Brekk, a county judge, said she wanted the Legislature to settle the question of access.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.includes('the Legislature to settle'));
    expect(q?.about.map((a) => a.name)).toContain('Legislature');
  });

  it('reads "legislative leaders" as the legislature the story names', () => {
    const text = 'The Vandor Legislature sent the budget to the governor on Friday. The Vandor Legislature has not met since.\n\nGov. Ada Kestrel urged legislative leaders to return on Monday and finish the job.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('legislative leaders'));
    expect(q?.about.map((a) => a.name)).toEqual(['Vandor Legislature']);
  });
});

describe('about-actors: "senators" as the senate', () => {
  const text = 'The Senate will vote on the pipeline bill next week, and the Senate is split.\n\nThe Brenna Steel Council urged senators to “keep the mills open.”\n\nSen. Ada Kestrel said Republican senators had not read the bill.';

  it('reads bare "senators" as the senate the story names', () => {
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('senators to'));
    expect(q?.about.map((a) => a.name)).toEqual(['Senate']);
  });

  it('leaves senators in direct speech alone, an audience more than the body', () => {
    const direct = 'The Senate will vote on the pipeline bill next week, and the Senate is split.\n\n“The question for senators is whether the mills stay open,” said Ola Brekk, who runs one.';
    const q = suggestQuotes({ text: direct }).quotes.find((s) => s.text.startsWith('The question for senators'));
    expect(q?.about.map((a) => a.name)).not.toContain('Senate');
  });

  it('leaves a party’s senators alone', () => {
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('Republican senators'));
    expect(q?.about.map((a) => a.name)).not.toContain('Senate');
  });
});
