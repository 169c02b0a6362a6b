/**
 * Whom a quote is about when it names a group of people by a plural ("the Greens", "Tories"):
 * a group named once is no actor of the article, and speaker attribution never sees it, but a
 * quote can still be about it (issue 14). The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

function quoteOf(text: string, start: string) {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return { set, q, about: q.about.map((a) => a.name) };
}

describe('about-actors: a group named by a plural', () => {
  it('names a party group mentioned once, and lists it as an actor of kind other', () => {
    const text = 'Dara Venn, the housing minister, said on Monday that the Greens had blocked every plan for new homes in Tarrow.';
    const { set, q, about } = quoteOf(text, 'the Greens had blocked');
    expect(about).toContain('Greens');
    const actor = set.actors[q.about.find((a) => a.name === 'Greens')!.actorIndex!]!;
    expect(actor).toMatchObject({ name: 'Greens', kind: 'other' });
    expect(q.speaker?.name).toBe('Dara Venn');
  });

  it('leaves out a people named by a demonym', () => {
    const text = 'Ola Brekk, who leads the Tarrow delegation, said the treaty must let displaced Vorlund Armenians go home.';
    expect(quoteOf(text, 'the treaty must').about).not.toContain('Vorlund Armenians');
  });

  it('reads "the party" as the party of the group named last, not an earlier party', () => {
    const text = 'Dara Venn, a Liberal Democrats spokeswoman, asked whether the minister had met the firm.\n\nSenior Greens were angry in private. A junior minister said the party would lose its seats in the valley if the vote slipped.';
    expect(quoteOf(text, 'the party would lose').about).not.toContain('Liberal Democrats');
  });
});

describe('about-actors: a document by description', () => {
  it('reads "the study" and "the papers" as documents of the story', () => {
    const text = 'A study by the Tarrow Institute found that river otters had returned to the valley.\n\nDara Venn, a farmer, said the study ignored the damage to fish stocks.\n\nOla Brekk said the papers had been shown to the minister in March.';
    expect(quoteOf(text, 'the study ignored').about).toContain('the study');
    expect(quoteOf(text, 'the papers had been').about).toContain('the papers');
  });
});

describe('about-actors: a committee named in lower case', () => {
  it('reads "the committee" as the one committee the article names without capitals', () => {
    const text = 'In a report published on Monday, the Commons fisheries committee found that quotas had been set too high.\n\nDara Venn, a trawler owner, said the committee had never visited the harbour at Tarrow.';
    const { set, q, about } = quoteOf(text, 'the committee had never');
    expect(about).toEqual(['Commons fisheries committee']);
    expect(set.actors[q.about[0]!.actorIndex!]!.kind).toBe('organisation');
  });

  it('takes no stretch of a sentence for a name', () => {
    const text = 'Ola Brekk, a minister, said the rules were fair.\n\nDara Venn said that peers could still change the rules at committee level next year.';
    expect(quoteOf(text, 'peers could still').about.join(' ')).not.toMatch(/committee/);
  });
});

describe('about-actors: a party read alone where its entity is its members', () => {
  it('reads "the TNP" as the party, not its MPs', () => {
    const text = 'TNP MPs walked out of the chamber on Tuesday.\n\nThe housing secretary, Ola Brekk, urged the TNP to return to the table before the recess.';
    const { set, q, about } = quoteOf(text, 'the TNP to return');
    expect(about).toEqual(['TNP']);
    expect(set.actors[q.about[0]!.actorIndex!]!.kind).toBe('organisation');
  });

  it('leaves a party word used only as an adjective alone', () => {
    const text = 'Kessock MPs walked out of the chamber on Tuesday.\n\nOla Brekk said the Kessock leadership race would be decided by members in the autumn.';
    expect(quoteOf(text, 'the Kessock leadership').about).not.toContain('Kessock');
  });

  it('never takes a party for "the company"', () => {
    const text = 'Brimley Holdings has paid Dara Venn for advice since 2021.\n\nLabour MPs were furious on Monday. The seat is one Labour would take in May.\n\nOla Brekk said the ministry must release every letter it sent the company.';
    expect(quoteOf(text, 'the ministry must').about).toEqual(['Brimley Holdings']);
  });
});

describe('about-actors: a body the story calls only by its kind', () => {
  it('offers "the union" as an actor when no name of the article is a union', () => {
    const text = 'Dockers at Askby walked out on Monday over pay.\n\nOla Brekk, the port director, said the union had refused every offer since March.';
    const { set, q, about } = quoteOf(text, 'the union had refused');
    expect(about).toEqual(['the union']);
    expect(set.actors[q.about[0]!.actorIndex!]!.kind).toBe('organisation');
  });

  it('offers "the board" of a company whose name lacks the word', () => {
    const text = 'Shares in Dunmere Holdings fell 9% on Monday.\n\nOla Brekk, the chief executive, said the board would meet on Friday to weigh a sale of the ferry arm.';
    expect(quoteOf(text, 'the board would meet').about).toContain('the board');
  });

  it('takes the named union, not the description, when the article names one', () => {
    const text = 'Dockers of the Askby Dock Workers Union walked out on Monday.\n\nOla Brekk, the port director, said the union had refused every offer since March.';
    expect(quoteOf(text, 'the union had refused').about).toEqual(['Askby Dock Workers Union']);
  });

  it('never takes a region that spoke, and so became an organisation, for "the company"', () => {
    const text = 'Brimley Holdings overcharged concert-goers, Tarrow Attorney General Dara Venn said on Monday.\n\nTarrow said in the complaint that it had received 4,000 complaints. Tarrow filed the case in Askby District Court.\n\nVenn said the company had built its profits on hidden charges.';
    expect(quoteOf(text, 'the company had built').about).toEqual(['Brimley Holdings']);
  });

  it('never takes a described body for "the company"', () => {
    const text = 'Dunmere Holdings will cut 300 jobs, the union said on Monday.\n\nOla Brekk, the union’s leader, said the company had broken its word to the town.';
    expect(quoteOf(text, 'the company had broken').about).toEqual(['Dunmere Holdings']);
  });

  it('is not about the union when the union says it', () => {
    const text = 'Dockers at Askby walked out on Monday over pay.\n\nThe union said the union would call off the strike if the port reopened talks.';
    expect(quoteOf(text, 'the union would call').about).not.toContain('the union');
  });
});

describe('about-actors: a faction named in lower case after its body', () => {
  it('reads "the rebels" later in the story as "Assembly rebels"', () => {
    const text = 'A group of Assembly rebels voted down the harbour budget on Tuesday.\n\nDara Venn, the harbour minister, said the rebels had cost the port a year of work.';
    expect(quoteOf(text, 'the rebels had cost').about).toContain('Assembly rebels');
  });

  it('leaves "the rebels" alone when the story names two factions', () => {
    const text = 'Assembly rebels and Senate moderates voted down the harbour budget on Tuesday.\n\nDara Venn, the harbour minister, said the rebels had cost the port a year of work.';
    expect(quoteOf(text, 'the rebels had cost').about).not.toContain('Assembly rebels');
  });
});

describe('about-actors: the American parties referred to without their names', () => {
  it('reads "a Republican tax bill" as the Republicans, an actor of its own when the article names them only as an adjective', () => {
    const text = 'Sen. Dara Venn, D-Ore., said on Monday she would back a Republican tax bill on diesel.';
    expect(quoteOf(text, 'she would back').about).toContain('Republicans');
  });

  it('reads "both parties" as the Democrats and the Republicans', () => {
    const text = 'Democrats and Republicans in the Tarrow legislature have fought over the dam for a decade.\n\nOla Brekk, a former aide to two governors, said both parties were to blame for the delay.';
    expect(quoteOf(text, 'both parties were').about).toEqual(expect.arrayContaining(['Democrats', 'Republicans']));
  });

  it('names the party "Republicans", not the headline’s "GOP", when the story writes both', () => {
    const text = 'GOP splits over dam repairs\n\nDemocrats and Republicans in the Tarrow legislature have fought over the dam for a decade. Republicans want a vote in May, and the GOP leadership agrees.\n\nOla Brekk, a former aide to two governors, said both parties were to blame for the delay.';
    const about = quoteOf(text, 'both parties were').about;
    expect(about).toContain('Republicans');
    expect(about).not.toContain('GOP');
  });

  it('leaves the adjective alone inside another party’s name ("the Social Democratic party")', () => {
    const text = 'Dara Venn, a Democrat from Ohio, met Tarrow’s chancellor on Monday.\n\nOla Brekk, a Tarrow lawmaker, said the Social Democratic party would block the treaty.';
    expect(quoteOf(text, 'the Social Democratic party').about).not.toContain('Democrats');
  });

  it('leaves a party word that names one person alone', () => {
    const text = 'Sen. Dara Venn, D-Ore., said a Republican senator had promised her a vote on the dam.';
    expect(quoteOf(text, 'a Republican senator').about).not.toContain('Republicans');
  });
});
