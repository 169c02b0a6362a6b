/**
 * Issue 14's constructions of political and wire news, each on a sentence made up for this test
 * (none is taken from the labelled articles): whom the suggester offers, with which span, kind
 * and speaker.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('a quote split by its attribution', () => {
  it('is one quote in two pieces with one speaker', () => {
    const text = 'Gina Holt arrived late. “The budget is settled,” said Gina Holt, who chairs the finance panel. “The rest is noise.”';
    const quotes = suggest(text);
    expect(quotes.map(brief)).toEqual([['direct', 'The budget is settled, … The rest is noise.', 'Gina Holt']]);
    const first = { start: text.indexOf('The budget'), end: text.indexOf('settled,') + 'settled,'.length };
    const second = { start: text.indexOf('The rest'), end: text.indexOf('noise.') + 'noise.'.length };
    expect(quotes[0]!.pieces).toEqual([first, second]);
    expect(quotes[0]).toMatchObject({ start: first.start, end: second.end });
  });

  it.each([
    ['a trailing cue with a pronoun', 'Pia Lund ran the depot. “The vans are old,” she said. “Two broke down today.”', 'The vans are old, … Two broke down today.', 'Pia Lund'],
    ['an inverted cue', '“The vans are old,” said Pia Lund. “Two broke down today.”', 'The vans are old, … Two broke down today.', 'Pia Lund'],
    ['a sentence split mid-way', '“The vans are old,” Pia Lund said, “and two broke down today.”', 'The vans are old, … and two broke down today.', 'Pia Lund'],
  ])('joins the pieces across %s', (_, text, words, speaker) => {
    const quotes = suggest(text);
    expect(quotes.map(brief)).toEqual([['direct', words, speaker]]);
    expect(quotes[0]!.pieces).toHaveLength(2);
  });

  it('keeps a second piece in another paragraph apart', () => {
    const quotes = suggest('“The vans are old,” Pia Lund said.\n\n“Two broke down today.”');
    expect(quotes).toHaveLength(2);
    expect(quotes.every((q) => q.pieces === undefined)).toBe(true);
  });

  it('keeps a mid-sentence quote after another speaker’s cue apart', () => {
    const quotes = suggest('“The vans are old,” Pia Lund said. Her deputy, Karl Ott, replied, “They run fine.”');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Pia Lund', 'Karl Ott']);
    expect(quotes.every((q) => q.pieces === undefined)).toBe(true);
  });

  it('keeps a second quote with its own cue apart', () => {
    const quotes = suggest('“We tried,” Omar Vance said. “We failed,” he added.');
    expect(quotes.map(brief)).toEqual([
      ['direct', 'We tried,', 'Omar Vance'],
      ['direct', 'We failed,', 'Omar Vance'],
    ]);
    expect(quotes.every((q) => q.pieces === undefined)).toBe(true);
  });
});

describe('cues with other complements', () => {
  it.each([
    ['urged with an object and an infinitive', 'The nurses’ union urged the minister to reopen the wards.', [['indirect', 'the minister to reopen the wards', 'the nurses’ union']]],
    ['asked whether', 'Councillor Dana Pike asked whether the bridge would be finished by spring.', [['indirect', 'whether the bridge would be finished by spring', 'Dana Pike']]],
    ['denied a noun phrase', 'Harbour chief Leo Brandt denied any knowledge of the missing containers.', [['indirect', 'any knowledge of the missing containers', 'Leo Brandt']]],
    ['promised a noun phrase', 'Mayor Ines Calder promised a full audit of the parking fund.', [['indirect', 'a full audit of the parking fund', 'Ines Calder']]],
    ['pledged an infinitive', 'Governor Ruth Amsel pledged to plant a million trees by 2030.', [['indirect', 'to plant a million trees by 2030', 'Ruth Amsel']]],
    ['called X Y', 'Senator Tomas Reyes called the tariff plan a slow-motion disaster.', [['indirect', 'the tariff plan a slow-motion disaster', 'Tomas Reyes']]],
    ['accused X of', 'Ella Morrow accused the council of hiding the survey results.', [['indirect', 'the council of hiding the survey results', 'Ella Morrow']]],
    ['warned of', 'Economist Priya Nair warned of a long winter for retailers.', [['indirect', 'of a long winter for retailers', 'Priya Nair']]],
    ['cautioned against', 'Finance chief Ada Roe cautioned against expecting quick savings.', [['indirect', 'against expecting quick savings', 'Ada Roe']]],
    ['called on', 'Union leader Ken Doyle called on the board to freeze executive pay.', [['indirect', 'the board to freeze executive pay', 'Ken Doyle']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });

  it('reads "dismissed" as rejecting what others said, not a ruling or a sacking', () => {
    expect(suggest('Coastal Greens, who lost every seat in 2019, dismissed the pledge.').map(brief)).toEqual([['indirect', 'the pledge', 'Coastal Greens']]);
    expect(suggest('Some critics dismissed the new album as a tired copy.').map(brief)).toEqual([['indirect', 'the new album as a tired copy', 'some critics']]);
    expect(suggest('Judge Orla Venn dismissed the lawsuit on Friday.').map(brief)).toEqual([]);
    expect(suggest('The club dismissed its head coach after the derby.').map(brief)).toEqual([]);
  });

  it('reads nothing into "asked not to be named" or "asked for more time"', () => {
    expect(suggest('A harbour official, who asked not to be named, confirmed the delay.').map(brief)).toEqual([]);
    expect(suggest('Kim Lauder asked for more time to study the bids.').map(brief)).toEqual([]);
  });
});

describe('attributions that are not speech', () => {
  it.each([
    ['a belief', 'Finance chief Marta Olsen believes the levy will raise too little.', [['stance', 'the levy will raise too little', 'Marta Olsen']]],
    ['a finding', 'The audit office found that the ferry contract ran £40m over budget.', [['stance', 'the ferry contract ran £40m over budget', 'the audit office']]],
    ['a wish', 'Parents want a crossing outside the school.', [['stance', 'a crossing outside the school', 'parents']]],
    ['an endorsement with its office', 'Ada Roe, by most accounts a popular figure, endorsed Tom Hale for governor on Wednesday.', [['stance', 'Tom Hale for governor', 'Ada Roe']]],
    ['support', 'Mayor Ada Quist backed the stadium plan on Monday.', [['stance', 'the stadium plan', 'Ada Quist']]],
  ] as const)('%s is a stance', (_name, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });

  it('offers a stance below the usual "accept all" threshold', () => {
    const [q] = suggest('Finance chief Marta Olsen believes the levy will raise too little.');
    expect(q!.stance).toBe(true);
    expect(q!.confidence).toBeLessThan(0.8);
  });
});

describe('nouns that look like cues', () => {
  it.each([
    ['states that', 'Farm aid goes to the nine states that grow most of the wheat.'],
    ['a pledge to', 'Lina Ford’s pledge to cut fares was popular with commuters.'],
    ['a manifesto pledge', 'The party’s manifesto pledge to build a bypass has been dropped.'],
    ['won back', 'The Greens won back the seat in May.'],
    ['a caution given', 'Police cautioned two men over the fight.'],
  ])('%s is not a cue', (_name, text) => {
    expect(suggest(text).map(brief)).toEqual([]);
  });
});

describe('a relative clause of the subject holding commas', () => {
  it('is an aside of the subject, not a clause before the verb', () => {
    const text = 'The Bakers Guild, which speaks for about 600 bakers, grocers and butchers and is the oldest guild in the county, endorsed Ada Roe for mayor.';
    expect(suggest(text).map(brief)).toEqual([['stance', 'Ada Roe for mayor', 'Bakers Guild']]);
  });

  it('leaves a clause after the relative to a cue at the end', () => {
    const text = 'The pier deal, which split the council, was signed on Monday, officials said.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'The pier deal, which split the council, was signed on Monday', 'officials']]);
  });
});

describe('speakers that are groups or documents', () => {
  it.each([
    ['a named person’s allies', 'Dara Quinn lost the vote. Ms Quinn’s allies say the count was flawed.', [['indirect', 'the count was flawed', 'Ms Quinn’s allies']]],
    ['a title’s aides', 'The governor’s aides noted that the deadline had passed.', [['indirect', 'the deadline had passed', 'the governor’s aides']]],
    ['a party, then a participle', 'The levy passed, and Democrats were furious, saying it would hurt renters.', [['indirect', 'it would hurt renters', 'Democrats']]],
    ['records', 'Records show that the depot was inspected twice.', [['indirect', 'the depot was inspected twice', 'records']]],
    ['documents obtained by a paper', 'Documents obtained by the Clarion show that the tender was rigged.', [['indirect', 'the tender was rigged', 'documents obtained by the Clarion']]],
    ['according to accounts', 'Its profit doubled last year, according to its annual accounts.', [['indirect', 'Its profit doubled last year', 'its annual accounts']]],
    ['some of a group named before', 'The mayor’s aides said the audit was unfair. Two of them noted that the auditor had never visited the depot.', [['indirect', 'the audit was unfair', 'the mayor’s aides'], ['indirect', 'the auditor had never visited the depot', 'the mayor’s aides']]],
    ['according to a description, then a name', 'According to the harbour board, Portvale Marine, the pier will reopen in May.', [['indirect', 'the pier will reopen in May', 'Portvale Marine']]],
    ['according to a role, then a name at the end', 'The ferry will stop at Elmsby, according to its operator, Tomas Brekke.', [['indirect', 'The ferry will stop at Elmsby', 'Tomas Brekke']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });
});

describe('names', () => {
  const actors = (text: string) => suggestQuotes({ text }).actors.map((a) => [a.name, a.kind, a.role]);

  it('reads a title at a sentence start as the role, not part of the name', () => {
    const { quotes, actors: found } = suggestQuotes({ text: 'Secretary of State Mara Lindqvist said the embassy would reopen.' });
    expect(quotes.map(brief)).toEqual([['indirect', 'the embassy would reopen', 'Mara Lindqvist']]);
    expect(found.find((a) => a.name === 'Mara Lindqvist')).toMatchObject({ kind: 'person', role: 'Secretary of State' });
  });

  it('offers a plural party name that speaks as a group, not a person', () => {
    expect(actors('Budget talks stalled. The Greens said the cuts were reckless. Greens said so again.').filter(([, kind]) => kind === 'person')).toEqual([]);
  });

  it('takes no names from the capitals of a Title Case headline the body does not capitalise', () => {
    const text = 'Harbour Board Backs Plan As Ferry Workers Threaten Strike\n\nThe harbour board backed the plan on Monday.';
    expect(actors(text).map(([name]) => name)).not.toContain('Harbour Board Backs Plan As Ferry Workers Threaten Strike');
    expect(actors(text).some(([name]) => /Backs|Threaten/.test(name as string))).toBe(false);
  });
});

describe('speakers in wire copy', () => {
  it.each([
    ['a role, then the name after a comma', '“Fees are too high,” said its director, Hannah Price.', [['direct', 'Fees are too high,', 'Hannah Price']]],
    ['a dateline with a hyphen is not a speaker', 'LISBON, June 3 (Reuters) - Dock workers said the strike would go on.', [['indirect', 'the strike would go on', 'dock workers']]],
    [
      'a partitive refers back to the described source',
      'Officials familiar with the bids said a winner was close. The port would be sold by May, two of the officials said.',
      [['indirect', 'a winner was close', 'officials familiar with the bids'], ['indirect', 'The port would be sold by May', 'officials familiar with the bids']],
    ],
    ['a noun phrase ends at its comma', 'The Farmers Union backs the levy, and its chair will speak on Monday.', [['stance', 'the levy', 'Farmers Union']]],
    ['"backs" after the subject’s relative aside', 'The Farmers Union, which speaks for 900 growers, backs the levy.', [['stance', 'the levy', 'Farmers Union']]],
    ['"broadly backs" after the subject’s relative aside', 'The Farmers Union, which met on Monday, broadly backs the levy.', [['stance', 'the levy', 'Farmers Union']]],
    ['a stance inside a reported clause is part of it', 'The Farmers Union backs the levy, its chair, Ola Berg, said.', [['indirect', 'The Farmers Union backs the levy', 'Ola Berg']]],
    ['a participle ends the clause before it', 'Mayor Ines Calder said the audit was done, promising a report by June.', [['indirect', 'the audit was done', 'Ines Calder'], ['indirect', 'a report by June', 'Ines Calder']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });
});

describe('precision', () => {
  it.each([
    ['a short scare quote in someone’s sentence', 'Port officials drew a “hard limit” at the pier.', []],
    ['a fronted adverbial', 'Before a crowd of 8,000 people in Leeds, Marsh continued her attack on the regulator.', []],
    ['markup in the text', '<post platform="X" id="4410021">Vote on Thursday</post>', []],
  ] as const)('offers nothing for %s', (_name, text, expected) => {
    expect(suggest(text).map(brief)).toEqual(expected);
  });

  it('pairs mismatched quotation marks', () => {
    expect(suggest('“We will not back down," said Mayor Ana Ruiz.').map(brief)).toEqual([['direct', 'We will not back down,', 'Ana Ruiz']]);
  });

  it('reads no cue into a relative clause between a long subject and its verb', () => {
    const text = 'Anne Roe, who led the agency under two presidents and wrote its rules, said the cuts were reckless.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the cuts were reckless', 'Anne Roe']]);
  });
});

describe('a quote split by a long attribution', () => {
  it('joins the pieces across an attribution holding an acronym', () => {
    const quotes = suggest('“The border is quiet,” said Nils Eide, the U.N. envoy who has led the talks since May. “It will not stay quiet.”');
    expect(quotes.map(brief)).toEqual([['direct', 'The border is quiet, … It will not stay quiet.', 'Nils Eide']]);
    expect(quotes[0]!.pieces).toHaveLength(2);
  });
});

describe('where a reported clause ends', () => {
  it('ends before "and point out that"', () => {
    const text = 'Mr Holm’s allies say he is being blamed unfairly, and point out that the budget was approved by the board.';
    expect(suggest(text).map(brief)[0]).toEqual(['indirect', 'he is being blamed unfairly', 'Mr Holm’s allies']);
  });

  it('ends a Title Case headline attribution at "As"', () => {
    const text = 'Unions Back Rail Deal As Ministers Warn Of Higher Fares\n\nUnions backed the rail deal on Monday.';
    expect(suggest(text).map(brief)[0]).toEqual(['stance', 'Rail Deal', 'unions']);
  });
});

describe('described sources', () => {
  it.each([
    ['a plural source noun after a capitalised word', 'Union leaders were more critical, saying the rise was too small.', [['indirect', 'the rise was too small', 'union leaders']]],
    ['a pronoun inside the description', 'Treasury chief Ola Dahl stayed silent. Dahl believes the fund is too small, according to two people close to him.', [['indirect', 'Dahl believes the fund is too small', 'two people close to Ola Dahl']]],
    ['a description ends before its verb', 'The appeals panel found that the agency had broken the law.', [['stance', 'the agency had broken the law', 'the appeals panel']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(suggest(text).map(brief).filter(([, , speaker]) => speaker !== 'Ola Dahl')).toEqual(expected);
  });
});
