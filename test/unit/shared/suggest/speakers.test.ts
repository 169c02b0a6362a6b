/**
 * Whom the suggester names as the speaker in constructions that used to give a wrong one.
 * Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('speakers', () => {
  it('reads past an abbreviated rank to the name', () => {
    expect(suggest('Port spokesperson Lt. Cmdr. Olga Brandt said the harbour would reopen.').map(brief)).toEqual([['indirect', 'the harbour would reopen', 'Olga Brandt']]);
  });

  it('reads a long appositive with a relative clause as an aside of the subject', () => {
    const text = 'Olga Brandt, a former skipper who fished the northern grounds for two decades before entering politics in 2019, urged ministers to cut the fees.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'ministers to cut the fees', 'Olga Brandt']]);
  });

  it('reads an abbreviated title after an inverted verb as part of the name', () => {
    const text = '“The harbour stays shut,” said Sen. Olga Brandt, D-Maine, the committee chair. “We will not be rushed.”';
    expect(suggest(text).map(brief)).toEqual([['direct', 'The harbour stays shut, … We will not be rushed.', 'Olga Brandt']]);
    expect(suggest('“Nobody asked us,” said Mr. Brandt of Portland.').map(brief)).toEqual([['direct', 'Nobody asked us,', 'Brandt']]);
  });

  it('leaves the state or body after "of" out of a titled name', () => {
    expect(suggest('Sen. Ada Kirwin of North Dakota, the panel’s senior Republican, asked whether the grain audit was complete.').map(brief)).toEqual([['indirect', 'whether the grain audit was complete', 'Ada Kirwin']]);
    expect(suggest('Mayor Tomas Leland of the Harbour Trust said the ferry would run again.').map(brief)).toEqual([['indirect', 'the ferry would run again', 'Tomas Leland']]);
    expect(suggest('Secretary of State Ada Kirwin said the talks had stalled.').map(brief)).toEqual([['indirect', 'the talks had stalled', 'Ada Kirwin']]);
  });

  it('lets documents and data report what they show', () => {
    expect(suggest('Shipping logs show the tanker had switched off its transponder.').map(brief)).toEqual([['indirect', 'the tanker had switched off its transponder', 'shipping logs']]);
    expect(suggest('The harbour fees would double by spring, internal papers show.').map(brief)).toEqual([['indirect', 'The harbour fees would double by spring', 'internal papers']]);
    // A show that is no document reports nothing.
    expect(suggest('The video shows a crowd gathering at the gates.').map(brief)).toEqual([]);
  });

  it('reads a subject with two participles joined by "and" as one description', () => {
    const text = 'A memo drafted by port staff and seen by the Clarion says the ferry contract was never tendered.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the ferry contract was never tendered', 'a memo drafted by port staff']]);
  });

  it('keeps a document by its fullest description when the article refers back to it briefly', () => {
    const text = 'A memo sent to harbour pilots and seen by the Gazette shows that the night ferry would be cut. The memo says two berths would close by spring.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the night ferry would be cut', 'a memo sent to harbour pilots'],
      ['indirect', 'two berths would close by spring', 'a memo sent to harbour pilots'],
    ]);
  });

  it('names a described ministry or department by the proper name the article gives it', () => {
    const text = 'Norway’s fisheries ministry said the quota talks would resume in March. The Ministry of Fisheries runs the coastal patrols.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the quota talks would resume in March', 'Ministry of Fisheries']]);
    // A minister's title says what the ministry is called.
    const titled = 'Deputy Minister of Fisheries Ola Brekke flew to Reykjavik. Norway’s fisheries ministry said the quota talks would resume in March.';
    expect(suggest(titled).map(brief)).toEqual([['indirect', 'the quota talks would resume in March', 'Ministry of Fisheries']]);
    const department = 'The state’s transport department said the bridge would reopen on Friday. Engineers at the Department of Transport built it in 1990.';
    expect(suggest(department).map(brief)).toEqual([['indirect', 'the bridge would reopen on Friday', 'Department of Transport']]);
    // With no proper name in the article, the description stays as written.
    expect(suggest('Norway’s fisheries ministry said the quota talks would resume in March.').map(brief)).toEqual([['indirect', 'the quota talks would resume in March', 'Norway’s fisheries ministry']]);
  });

  it('keeps "general" in "the inspector general"', () => {
    expect(suggest('The navy’s inspector general found that the dock repairs were billed twice.').map(brief)).toEqual([['stance', 'the dock repairs were billed twice', 'the navy’s inspector general']]);
  });

  it('skips a fronted adverbial before the subject', () => {
    expect(suggest('In a letter to staff, the health board said the ward would close in May.').map(brief)).toEqual([['indirect', 'the ward would close in May', 'the health board']]);
  });

  it('names an unnamed source by what they do', () => {
    const text = 'A trader at the fish market, who gave only her first name because she feared losing her stall, said prices were falling.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'prices were falling', 'a trader at the fish market']]);
  });

  it('finds the subject after a fronted phrase with its own relative clause', () => {
    const text = 'On the terraces above Ravello, where lemons ripen under straw mats, Carla Neri checks her trees.\n\n“The frost took half of them,” she says.';
    expect(suggest(text).map(brief)).toEqual([['direct', 'The frost took half of them,', 'Carla Neri']]);
  });

  it('reads a relative "that" after a noun as standing for that noun', () => {
    const text = 'The council delayed the levy after lobbying from retailers that said they could not pass on the cost.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'they could not pass on the cost', 'retailers']]);
  });

  it('keeps two nationalities joined by "and" in one subject', () => {
    expect(suggest('Dutch and Belgian ferry operators have warned that they may cut winter sailings.').map(brief)).toEqual([['indirect', 'they may cut winter sailings', 'Dutch and Belgian ferry operators']]);
  });

  it('reads a surname ending in "-ing" as a name, not a participle', () => {
    expect(suggest('Mara Fleming chairs the board. “We will not sell,” Fleming said.').map(brief)).toEqual([['direct', 'We will not sell,', 'Mara Fleming']]);
  });

  it('finds the subject after a long fronted phrase', () => {
    const text = 'Outside a packed meeting hall in the old textile district of the city on Tuesday night, Ada Roe spoke briefly. “We are not done,” she told the crowd.';
    expect(suggest(text).map(brief)).toEqual([['direct', 'We are not done,', 'Ada Roe']]);
  });

  it('reads "that" after "in a note to clients" as the clause of the verb', () => {
    expect(suggest('Strategists at Norrland Bank wrote in a post to subscribers that the krona would weaken.').map(brief)).toEqual([['indirect', 'the krona would weaken', 'strategists at Norrland Bank']]);
  });

  it('starts the subject after "but" when the first clause has a speaker of its own', () => {
    const text = 'A port spokesperson would not comment, but two dock managers, speaking anonymously because they feared dismissal, said the cranes were idle.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the cranes were idle', 'two dock managers']]);
  });

  it('reads a finding or a document after the clause it reports', () => {
    expect(suggest('The ferry subsidy would cost £40m a year, the audit found.').map(brief)).toEqual([['stance', 'The ferry subsidy would cost £40m a year', 'the audit']]);
    expect(suggest('The councillor lobbied officials for a firm that employed his son, emails reveal.').map(brief)).toEqual([['indirect', 'The councillor lobbied officials for a firm that employed his son', 'emails']]);
    // The verb inside the clause reports nothing of its own once the document closes it.
    expect(suggest('Port officials warned the mayor the levy would fail, minutes show.').map(brief)).toEqual([['indirect', 'Port officials warned the mayor the levy would fail', 'minutes']]);
  });

  it('prefers the name in apposition to a description over an organisation inside it', () => {
    const text = 'A former Harbour Board engineer, Tomas Vidal, who worked on the pier for a decade, said the piles were rotten.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the piles were rotten', 'Tomas Vidal']]);
  });

  it('leaves a time out of an unnamed source', () => {
    expect(suggest('A harbour tribunal on Friday said the levy was unlawful.').map(brief)).toEqual([['indirect', 'the levy was unlawful', 'a harbour tribunal']]);
  });

  it('does not read the last noun of a list after a clause as a reporting verb', () => {
    const text = 'Ada Roe said the delay would hold up several studies, including the annual ferry report.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'the delay would hold up several studies, including the annual ferry report', 'Ada Roe']]);
  });

  it('reads "Among the crowd was NAME" as about that person, for the pronoun after it', () => {
    const text = 'Ada Roe, the organiser, spoke first.\n\nAmong the crowd was Tomas Vidal, 61, a retired docker. “I worked here forty years,” he said.';
    expect(suggest(text).map(brief)).toEqual([['direct', 'I worked here forty years,', 'Tomas Vidal']]);
  });

  it('reads "told the radio station NAME that" with the station\'s name as the object', () => {
    expect(suggest('Ada Roe told the radio station Harbour FM that the ferry would return.').map(brief)).toEqual([['indirect', 'the ferry would return', 'Ada Roe']]);
  });

  it('does not take "the union" for a person whose role names the union', () => {
    const text = '“We will not go back,” said Ada Roe, the union’s branch secretary.\n\nThe ferry ran empty on Monday, the dockers’ union said.';
    expect(suggest(text).map(brief)).toEqual([
      ['direct', 'We will not go back,', 'Ada Roe'],
      ['indirect', 'The ferry ran empty on Monday', 'the dockers’ union'],
    ]);
  });

  it('finds the source in a later segment of a clause-first subject, and groups named by their office', () => {
    const text = 'Unemployment fell by a third last year, the lowest level since 1990, the country’s statistics office said on Monday.';
    expect(suggest(text).map(brief)).toEqual([['indirect', 'Unemployment fell by a third last year', 'the country’s statistics office']]);
    expect(suggest('The city’s delegation in Brussels said 300 had signed.').map(brief)).toEqual([['indirect', '300 had signed', 'the city’s delegation in Brussels']]);
    expect(suggest('Three of the justices argued that the levy was lawful.').map(brief)).toEqual([['indirect', 'the levy was lawful', 'three of the justices']]);
  });

  it('reads a newspaper named by its title in quotation marks as the speaker', () => {
    expect(suggest('The weekly »Bergpost« reported on Friday that the pass had been closed since May.').map(brief)).toEqual([['indirect', 'the pass had been closed since May', 'Bergpost']]);
  });

  it('gives a message\'s words to its sender', () => {
    expect(suggest('A statement from the Harbour Board said the pier "poses a danger" to walkers.').map(brief)).toEqual([['indirect', 'the pier "poses a danger" to walkers', 'Harbour Board']]);
    expect(suggest('An email from a port engineer said the crane was past repair.').map(brief)).toEqual([['indirect', 'the crane was past repair', 'a port engineer']]);
  });

  it('reads an embedded post after "X posted:" as X\'s, and no markup attribute as a quote', () => {
    const text = 'Ada Roe, the mayor, spoke on Sunday.\n\nRoe wrote on her account that evening:\n\n<tweet id="123456">\n"The ferry runs again on Monday. Thank you all!"\n</tweet>\n';
    expect(suggest(text).map(brief)).toEqual([['direct', 'The ferry runs again on Monday. Thank you all!', 'Ada Roe']]);
  });

  it('reads "Name: “…”" as that person\'s words', () => {
    const text = 'Ada Roe opened the new pier on Friday.\n\n<tweet id="99">\nRoe: "The pier is open. Come and walk it." #harbour\n</tweet>\n';
    expect(suggest(text).map(brief)).toEqual([['direct', 'The pier is open. Come and walk it.', 'Ada Roe']]);
  });

  it('keeps a legislator\'s party and state in one sentence, and ends a description at its verb', () => {
    expect(suggest('Rep. Ada Roe, D-N.Y., said the ferry vote was delayed again.').map(brief)).toEqual([['indirect', 'the ferry vote was delayed again', 'Ada Roe']]);
    const text = 'Port officials want the operator to repay the fees. “Our charges are fair,” the operator said in a statement.';
    expect(suggest(text).map(brief)).toEqual([
      ['stance', 'the operator to repay the fees', 'port officials'],
      ['direct', 'Our charges are fair,', 'the operator'],
    ]);
  });

  it('resolves "the prime minister" only to a person whose role has all its words', () => {
    const text = 'Prime Minister Ada Roe spoke first. The former housing minister Tomas Vidal said the plan was late. “We will build,” the prime minister told MPs.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the plan was late', 'Tomas Vidal'],
      ['direct', 'We will build,', 'Ada Roe'],
    ]);
  });

  it('gives a participle without a comma the speaker of the nearest verb before it', () => {
    const text = 'Harbour owners back the plan, and a group of skippers wrote to the mayor last week urging her to "sign it now."';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'her to "sign it now."', 'a group of skippers']);
  });

  it('finds a quotation that opens right after a markup tag', () => {
    const text = 'Ada Roe spoke at the conference.\n\nShortly after, Ms Roe posted a clip online.\n\n<post platform="Y" id="42">“The worst is behind us.” 🌹</post>\n';
    expect(suggest(text).map(brief)).toEqual([['direct', 'The worst is behind us.', 'Ada Roe']]);
  });

  it('never resolves "she" to a survey or memo', () => {
    const text = 'Ada Roe launched her bid on Monday. A survey of harbour pilots by the union found that most backed her rival. “We are not done,” she said.';
    expect(suggest(text).map(brief)).toContainEqual(['direct', 'We are not done,', 'Ada Roe']);
  });

  it('reads ", his spokeswoman, Jada Roe, said" as closing the clause before it', () => {
    expect(suggest('The mayor believes the ferry will survive, his spokeswoman, Jada Roe, said.').map(brief)).toEqual([['indirect', 'The mayor believes the ferry will survive', 'Jada Roe']]);
  });

  it('names the opposition as the speaker of its accusation', () => {
    expect(suggest('The conservative opposition accused the mayor of ‘selling the harbour’.').map(brief)).toEqual([['direct', 'selling the harbour', 'the conservative opposition']]);
  });
});

describe('a body named after a plural owner', () => {
  it.each([
    ['a curly apostrophe', 'The Hollin Residents’ Network, which speaks for 300 households, said the repairs were late.', 'Hollin Residents’ Network'],
    ['a straight apostrophe after a plural', "The Ferry Pilots' Association said the crossings would stop.", "Ferry Pilots' Association"],
  ])('keeps the whole name with %s', (_, text, speaker) => {
    const quotes = suggestQuotes({ text }).quotes;
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual([speaker]);
  });

  it('does not join a closing mark to the next word', () => {
    const quotes = suggestQuotes({ text: 'Ada Moss praised ‘the Pilots’ Association members for their work.' }).quotes;
    expect(quotes.every((q) => q.speaker?.name !== 'Pilots’ Association')).toBe(true);
  });
});

describe('a body referred to again by its kind', () => {
  it.each([
    ['forum', 'The Hollin Parents Forum met on Monday. The forum said that the fees would rise.', 'Hollin Parents Forum'],
    ['college', 'The College of Harbour Pilots met on Monday. The college believes that the fees will rise.', 'College of Harbour Pilots'],
    ['club', 'Tallow Rovers lost again on Monday. The club said that the coach would stay.', 'the club'],
  ])('reads "the %s" as the source', (_, text, speaker) => {
    expect(suggestQuotes({ text }).quotes.map((q) => q.speaker?.name ?? null)).toEqual([speaker]);
  });
});

describe('advocates as an unnamed source', () => {
  it.each([
    ['Harbour advocates expect the council to appeal.', 'stance', 'the council to appeal', 'harbour advocates'],
    ['Advocates say the plan will fail.', 'indirect', 'the plan will fail', 'advocates'],
  ])('%s', (text, kind, clause, speaker) => {
    expect(suggestQuotes({ text }).quotes.map((q) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null])).toEqual([[kind, clause, speaker]]);
  });
});

describe('more nouns that head a described source', () => {
  it.each([
    ['a summary', 'The harbour bill passed on Monday. The summary says the toll would fall on ferries.', 'indirect', 'the toll would fall on ferries', 'the summary'],
    ['a family', 'Ada Fenn died in May. Her family says the pier was never inspected.', 'indirect', 'the pier was never inspected', 'her family'],
    ['a supervisor', 'A clerk raised the alarm in May. The supervisor replied that the panel had never checked.', 'indirect', 'the panel had never checked', 'the supervisor'],
    ['authors', 'A study of the harbour was published in May. The authors cautioned that the sample was small.', 'indirect', 'the sample was small', 'the authors'],
  ])('%s', (_, text, kind, clause, speaker) => {
    expect(suggestQuotes({ text }).quotes.map((q) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null])).toEqual([[kind, clause, speaker]]);
  });
});

describe('an organisation referred to by the noun its name ends in', () => {
  it.each([
    ['its last word', 'The Eastmoor Tenants Forum, a charity that helps renters, welcomed the ruling. The forum fears that landlords will raise rents again.', 'Eastmoor Tenants Forum'],
    ['its first word before "of"', 'The College of Harbour Pilots, which represents 900 pilots, backed the plan. The college believes that the port needs new tugs.', 'College of Harbour Pilots'],
  ])('names the organisation by %s', (_name, text, speaker) => {
    expect(suggest(text).at(-1)?.speaker?.name).toBe(speaker);
  });

  it('keeps the description when two organisations end in the noun', () => {
    const text = 'The Eastmoor Tenants Forum met on Monday. The Westmoor Landlords Forum met on Tuesday. The forum fears that rents will rise again.';
    expect(suggest(text).at(-1)?.speaker?.name).toBe('the forum');
  });

  it('keeps the description when the organisation is named only later', () => {
    const text = 'The forum fears that rents will rise again. The Eastmoor Tenants Forum met on Monday.';
    expect(suggest(text)[0]?.speaker?.name).toBe('the forum');
  });
});

describe('"his office said" after the clause it reports', () => {
  it.each([
    ['an office', 'Marta Ives chaired the board on Monday. Wendell Crane will appeal the ruling next week, his office said.', 'Wendell Crane’s office'],
    ['a spokesperson', 'The mayor, Jonah Pell, is due to meet the strikers on Friday, his spokesperson said.', 'Jonah Pell’s spokesperson'],
    ['a title before the name', 'The harbour commissioner, Vera Holt, has opened an inquiry, her office confirmed.', 'Vera Holt’s office'],
  ])('gives %s to the person the clause names first', (_name, text, speaker) => {
    expect(suggest(text).at(-1)?.speaker?.name).toBe(speaker);
  });

  it('does not give "her office" to a man named in the clause', () => {
    const text = 'Ms. Vera Holt chaired the board on Monday. Mr. Wendell Crane will appeal the ruling next week, her office said.';
    expect(suggest(text).at(-1)?.speaker?.name).not.toBe('Wendell Crane’s office');
  });
});

describe('the length cap on a source’s qualifier', () => {
  it.each([
    ['the last word', 'People familiar with the port board vetting process said the minutes had been read.', 'people familiar with the port board vetting process'],
    ['the last two words of a name', 'The port will stay shut, a spokesperson for the Department of Fisheries and Oceans said.', 'a spokesperson for the Department of Fisheries and Oceans'],
  ])('does not strand %s before the verb', (_name, text, speaker) => {
    expect(suggest(`Port row deepens\n\n${text}`).at(-1)?.speaker?.name).toBe(speaker);
  });

  it('still leaves out a time after the qualifier', () => {
    expect(suggest('Port row deepens\n\nOfficials familiar with the talks in Oslo last week said the deal was close.').at(-1)?.speaker?.name).toBe('officials familiar with the talks in Oslo');
  });
});

describe('a definite description with a classifier the earlier one lacks', () => {
  const text = 'Fishing row deepens\n\nNorway’s Ministry of Fisheries said the boats had broken the quota. The ministry said on Monday that the crews would be fined.\n\nVice Foreign Minister Ola Brekke summoned the Danish envoy, the foreign ministry said in a statement.';
  it('is another body ("the foreign ministry" after "the ministry")', () => {
    expect(suggest(text).at(-1)?.speaker?.name).toBe('the foreign ministry');
  });

  it('is the same body when the words only describe it ("the largest union")', () => {
    const same = 'Strike looms\n\nThe teachers union said pay talks had failed. Later, the city’s largest union said that a strike was likely.';
    expect(suggest(same).at(-1)?.speaker?.name).toBe('the teachers union');
  });
});

describe('a bare plural source written again', () => {
  it('keeps the description of its first mention ("prosecutors" after "federal prosecutors")', () => {
    const text = 'A former harbour master was charged on Monday with taking bribes, federal prosecutors said.\n\nProsecutors said the payments ran for six years.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the payments ran for six years', 'federal prosecutors']);
  });

  it('leaves it as written when two groups were described with that noun', () => {
    const text = 'The ferry will run again in May, county engineers said. State engineers said the quay needed repairs first.\n\nEngineers said the work would take a month.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the work would take a month', 'engineers']);
  });
});
