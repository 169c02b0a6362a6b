/**
 * Whom a suggested quote is about (issue 14): actors named in the quote or its clause, referred to
 * by a title or a pronoun, or the object of a cue aimed at them; never the speaker. The articles
 * here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

/** The about-actors of the suggestion whose text starts with `start`. */
function aboutOf(text: string, start: string, knownActors = []) {
  const set = suggestQuotes({ text, knownActors });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return { names: q.about.map((a) => a.name), quote: q, actors: set.actors };
}

describe('about-actors of suggestions', () => {
  it('names the actors a reported clause names, not its speaker', () => {
    const text = 'Trade Minister Anna Berg said on Monday that Norway had broken the fishing deal.\n\nIvo Lind, an opposition MP, said Anna Berg had misled parliament and that he would ask for a vote.';
    expect(aboutOf(text, 'Norway had broken').names).toEqual(['Norway']);
    // "he" in a reported clause is the speaker himself: not what the clause is about.
    expect(aboutOf(text, 'Anna Berg had misled').names).toEqual(['Anna Berg']);
  });

  it('resolves "the committee" to the committee the article named', () => {
    const text = 'The Harbour Oversight Committee published its review of the port on Monday.\n\nPort director Olga Brandt said the committee had ignored the evidence.';
    expect(aboutOf(text, 'the committee had ignored').names).toEqual(['Harbour Oversight Committee']);
  });

  it('gives each about-actor the index of the article actor it is, as a speaker has', () => {
    const text = 'Trade Minister Anna Berg said on Monday that Norway had broken the fishing deal.';
    const { quote, actors } = aboutOf(text, 'Norway had broken');
    expect(actors[quote.about[0]!.actorIndex!]).toMatchObject({ name: 'Norway', kind: 'state' });
  });

  it('resolves "she" in direct speech to the woman named before, passing over the speaker', () => {
    const text = 'Trade Minister Anna Berg presented the fishing plan on Monday.\n\n“She has not read her own plan,” said Ivo Lind, an opposition MP.';
    expect(aboutOf(text, 'She has not read').names).toEqual(['Anna Berg']);
  });

  it('resolves a title ("the minister") to the person who holds it', () => {
    const text = 'Trade Minister Anna Berg presented the fishing plan on Monday.\n\n“The minister has not done the sums,” said Ivo Lind, an opposition MP.';
    expect(aboutOf(text, 'The minister has not').names).toEqual(['Anna Berg']);
  });

  it('counts the object of a cue aimed at someone: "accused Norway of “…”"', () => {
    const text = 'Trade Minister Anna Berg told reporters that the deal was “ready”, but accused Norway of “breaking its word” at the last minute.';
    expect(aboutOf(text, 'breaking its word').names).toEqual(['Norway']);
  });

  it('finds no one in a quote that names and refers to no actor', () => {
    const text = 'Trade Minister Anna Berg presented the fishing plan on Monday.\n\n“It is too early to say,” Berg said.';
    expect(aboutOf(text, 'It is too early').names).toEqual([]);
  });

  it('links an about-actor to the notebook actor of the same name', () => {
    const text = 'Trade Minister Anna Berg said on Monday that Norway had broken the fishing deal.';
    const known = [{ id: 'act_no', name: 'Norway', kind: 'state' as const, aliases: ['Oslo'], role: '', affiliationId: null }];
    expect(aboutOf(text, 'Norway had broken', known as never).quote.about[0]).toMatchObject({ name: 'Norway', actorId: 'act_no' });
  });
});

describe('about-actors: "he" in direct speech far from the last name', () => {
  it('is the person the story is about, when it plainly has one', () => {
    const text = [
      'Tobin Marsh, the mayor of Pellock, spent city money on his own boat, an audit found.',
      'Mr Marsh said he would repay it. Mr Marsh has been mayor since 2019, and Mr Marsh had been expected to run again.',
      'Auditors said Tobin Marsh signed every invoice himself.',
      'The city council will meet on Monday.',
      'The meeting is open to the public.',
      '“He knew what he was doing,” said Dara Venn, a council member.',
    ].join('\n\n');
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('He knew'))!;
    expect(q.about.map((a) => a.name)).toContain('Tobin Marsh');
  });
});

describe('about-actors: a body\'s seat written as the place', () => {
  it('leaves out "in Brussels" that only says where talks were held', () => {
    const text = 'The European Union has pressed both sides to sign. The EU says it will fund the border monitors.\n\nDara Venn, a Tarrow negotiator, said the deal struck in Brussels last month would hold.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('the deal struck'))!;
    expect(q.about.map((a) => a.name)).not.toContain('European Union');
  });
});

describe('about-actors: the capital for the government', () => {
  it('reads "Washington" as the federal government the story sues', () => {
    const text = 'Tarrow County took the federal government to court this week over river water.\n\nDara Venn, a county commissioner, said Washington had ignored the farmers of the valley for years.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('Washington had'))!;
    expect(q.about.map((a) => a.name)).toEqual(['the federal government']);
  });
});

describe('about-actors: a title cut into a body', () => {
  it('leaves out "Assembly Majority" read from "Assembly Majority Leader Ada Tarn"', () => {
    const text = 'Dara Venn said she had told Assembly Majority Leader Ada Tarn of her plans before the vote on the dairy bill.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('she had told'))!;
    expect(q.about.map((a) => a.name)).not.toContain('Assembly Majority');
  });
});

describe('about-actors: two names joined by "and" read as one', () => {
  it('reads "Venn and Brekk" as the two persons whose surnames they are', () => {
    const text = 'Sen. Dara Venn and Sen. Ola Brekk have led the talks for months.\n\nCommerce Secretary Ada Roe urged Venn and Brekk to close the deal by June.';
    expect(aboutOf(text, 'Venn and Brekk to close').names).toEqual(['Dara Venn', 'Ola Brekk']);
  });

  it('reads a surname joined to an organisation’s first word as the person and the organisation', () => {
    const text = 'Former Sen. Dara Venn is on trial in Askby. Prosecutors say Brimley Care Group paid him through a lobbyist.\n\nBrimley Care Group has denied wrongdoing.\n\nOla Brekk, a former aide, said she saw Venn and Brimley staff at a hotel bar twice that spring.';
    expect(aboutOf(text, 'she saw Venn').names).toEqual(expect.arrayContaining(['Dara Venn', 'Brimley Care Group']));
  });
});

describe('about-actors: two persons counted together', () => {
  it('reads "both candidates" as the two persons a two-way race story follows', () => {
    const text = 'Dara Venn and Ola Brekk are tied in the race for the Askby seat.\n\nVenn has raised more money. Brekk has more volunteers. Venn leads among older voters, and Brekk among renters.\n\nEdwin Caul, a pollster, said both candidates were ignoring the ferry fares that matter most on the islands.';
    expect(aboutOf(text, 'both candidates were').names).toEqual(['Dara Venn', 'Ola Brekk']);
  });

  it('leaves "both candidates" alone when the story follows more than two persons', () => {
    const text = 'Dara Venn, Ola Brekk and Ada Roe are all running for the Askby seat.\n\nVenn has raised more money. Brekk has more volunteers. Roe has the backing of the mayor.\n\nEdwin Caul, a pollster, said both candidates were ignoring the ferry fares.';
    expect(aboutOf(text, 'both candidates were').names).toEqual([]);
  });
});

describe('about-actors: "it" from a body’s own records or people close to it', () => {
  it('reads "it" after "according to its annual filings" as the organisation the sentences before open on', () => {
    const text = 'Harbour Lantern Trust was founded in 2009 by two retired ferry pilots. It takes no public money. According to its annual filings, it spends about £80,000 a year on lifeboat training.';
    expect(aboutOf(text, 'it spends about').names).toEqual(['Harbour Lantern Trust']);
  });

  it('reads "it" after "those close to the firm" as that firm', () => {
    const text = 'Askby Cranes Ltd, the firm that built the new quay, declined to comment. Those close to the firm say it finished every stage on time.';
    expect(aboutOf(text, 'it finished every').names).toEqual(['Askby Cranes Ltd']);
  });

  it('leaves "it" alone when the sentences before open on a person', () => {
    const text = 'Harbour Lantern Trust trains lifeboat crews. Olga Brandt, a pilot, has flown for it for years. According to its annual filings, it spends about £80,000 a year on training.';
    expect(aboutOf(text, 'it spends about').names).toEqual([]);
  });
});

describe('about-actors: "you" said to the person the story is about', () => {
  const text = 'Dara Venn retired from the Askby rowing club on Sunday after 14 years as its stroke.\n\nVenn won three national titles. Venn said she would coach juniors next season.\n\n“Thank you, Dara,” said Ola Brekk, who rowed behind her for a decade.\n\n“In 2019 you rowed every race with a broken wrist,” said Edwin Caul, the club’s coach.';

  it('reads thanks or a deed said to "you" as about the person named most before', () => {
    expect(aboutOf(text, 'Thank you, Dara').names).toEqual(['Dara Venn']);
    expect(aboutOf(text, 'In 2019 you rowed').names).toEqual(['Dara Venn']);
  });

  it('leaves a "you" that means anyone alone', () => {
    const general = text.replace('In 2019 you rowed every race with a broken wrist,', 'You cannot row well without a good cox,');
    expect(aboutOf(general, 'You cannot row well').names).toEqual([]);
  });
});

describe('about-actors: a chamber a bill is sent to', () => {
  it('leaves out the chamber a bill or nomination is sent to', () => {
    const text = 'The Senate confirmed two judges on Monday.\n\nMajority Leader Dara Venn said the committee would send the ferry bill to the Senate by Friday.';
    expect(aboutOf(text, 'the committee would send').names).not.toContain('Senate');
  });

  it('still reads a chamber the clause is about', () => {
    const text = 'The Senate confirmed two judges on Monday.\n\nMajority Leader Dara Venn said the Senate would vote on the ferry bill by Friday.';
    expect(aboutOf(text, 'the Senate would vote').names).toContain('Senate');
  });
});

describe('about-actors: a common word glued to a name at a sentence start', () => {
  it('reads "Junior Harbour Office staff" as the Harbour Office', () => {
    const text = 'The Harbour Office runs the ferry timetable. Its staff are paid from port dues, and junior clerks work nights.\n\nThe Harbour Office declined to comment.\n\nJunior Harbour Office staff were told to keep the delays quiet, the emails show.';
    expect(aboutOf(text, 'Junior Harbour Office staff').names).toContain('Harbour Office');
  });
});

describe('about-actors: acronyms of common nouns', () => {
  it('does not read "IT" or "AI" standing alone as a body a quote is about', () => {
    const text = 'Dara Venn, the Tarrow council leader, said the new IT system had failed twice in May.\n\nTom Sallow said AI tools would not replace the clerks.';
    expect(aboutOf(text, 'the new IT system').names).not.toContain('IT');
    expect(aboutOf(text, 'AI tools').names).not.toContain('AI');
    expect(aboutOf(text, 'AI tools').actors.map((a) => a.name)).not.toContain('AI');
  });
});
