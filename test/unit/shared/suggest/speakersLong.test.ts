/**
 * Speakers in long articles: names written again far from where they were introduced, titles,
 * tags and roles around names, people sharing a family name, roles in headlines. Sentences made
 * up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text });
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('a legislator’s party-and-state tag', () => {
  it('is no person: the name before it keeps the "said" and a later "he"', () => {
    const text = 'Work on the canal measure paused.\n\nSen. Rufus Ombrell, R-Tallis, the minority leader, said his caucus would wait for the auditor.\n\nRep. Jorvan Delamere, D-Ore., said the canal deal was dead, and he called the plan a mirage.';
    const set = suggest(text);
    expect(set.quotes.map(brief)).toEqual([
      ['indirect', 'his caucus would wait for the auditor', 'Rufus Ombrell'],
      ['indirect', 'the canal deal was dead', 'Jorvan Delamere'],
      ['indirect', 'the plan a mirage', 'Jorvan Delamere'],
    ]);
    expect(set.actors.map((a) => a.name)).not.toContain('R-Tallis');
  });
});

describe('local and state offices before a name', () => {
  it('are titles, not part of the name ("former state Treasurer", "County Clerk", "Gov.")', () => {
    const text = 'Counting ran late into the night.\n\nCounty Clerk Marabel Tillbury said every box was in. Sheriff Gorrick Hummock said no one was hurt.\n\nDemocratic Gov. Saffra Tregaron and her rival, former state Treasurer Jorvan Pellow, met on Friday. Pellow said the accounts were a muddle.';
    expect(suggest(text).quotes.map((q) => q.speaker?.name)).toEqual(['Marabel Tillbury', 'Gorrick Hummock', 'Jorvan Pellow']);
  });
});

describe('a reporting verb fronted before its speaker', () => {
  it('"Said Ada Roe, a retired judge: …" is Ada Roe, and so is the quote-only paragraph after', () => {
    const text = 'The hearing resumes next week.\n\nSaid Marabel Dunstane, a retired judge who lectures on evidence: "Informants always want a deal. What matters is whether the ledgers agree."\n\n"If they agree, the mayor has a problem."';
    expect(suggest(text).quotes.map((q) => q.speaker?.name)).toEqual(['Marabel Dunstane', 'Marabel Dunstane']);
  });
});

describe('an honorific written with a full stop', () => {
  it('"Mr." and "Ms." give the name after them its gender, so a later "he" finds the man', () => {
    const text = 'Pick for the ports agency questioned\n\nWendric Farrowby told the panel that he would enforce the dredging rules.\n\nDemocrats were wary. Senator Brisade Kellaway asked whether Mr. Farrowby had ever argued against those dredging rules.\n\nHe said he had tried.\n\nMs. Kellaway was unconvinced.';
    expect(suggest(text).quotes.map(brief)[2]).toEqual(['indirect', 'he had tried', 'Wendric Farrowby']);
  });
});

describe('two people sharing a family name', () => {
  it('"Mr Roe" is the man and "Ms Roe" the woman, and a bare name the one named last', () => {
    const text = 'The shadow treasurer, Corwen Brannoch, called the plan a con.\n\n‘The cuts are buried in an annex,’ Mr Brannoch said.\n\nZelphine Brannoch, who chairs the colleges committee, said the colleges had been forgotten.\n\nMs Brannoch said she planned to raise it with the treasurer. Brannoch added that the vote would be close.';
    expect(suggest(text).quotes.map((q) => q.speaker?.name)).toEqual(['Corwen Brannoch', 'Corwen Brannoch', 'Zelphine Brannoch', 'Zelphine Brannoch', 'Zelphine Brannoch']);
  });

  it('"Ada Roe of Tallis Radio and Lee Kim of The Harbour Post" are two people, each of somewhere', () => {
    // "Mr. Ewart" is not the panel host, a woman ("Ms. Ewart"): the other one.
    const text = 'The panel hosts, Zelphine Ewart of Tallis Radio and Corwen Quaile of The Harbour Post, grilled both rivals. Ms. Ewart asked whether the levy was costed.\n\nLater, Marabel Ewart, a councillor and a cousin of nobody on stage, said her rival had flopped.\n\n“He kept ducking the levy,” Mr. Ewart said.';
    const set = suggest(text);
    expect(set.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Zelphine Ewart', 'Corwen Quaile']));
    expect(set.quotes.map((q) => q.speaker?.name)).toEqual(['Zelphine Ewart', 'Marabel Ewart', 'Marabel Ewart']);
  });
});

describe('a party’s member named by the party', () => {
  it('"Democrat Ada Roe" is Ada Roe, and a later bare "Roe" is her', () => {
    const text = 'The seat changed hands on Tuesday.\n\nDemocrat Zelphine Tallowby beat Republican Corwen Vantreece by six points. Democrat Tallowby said the result was a warning to the governor.';
    const set = suggest(text);
    expect(set.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Zelphine Tallowby', 'Corwen Vantreece']));
    expect(set.quotes.map((q) => q.speaker?.name)).toEqual(['Zelphine Tallowby']);
  });
});

describe('the person a question was put to', () => {
  it('answers next: a "he" the asker cannot be is the one asked, not a man named earlier', () => {
    const text = 'The governor, Corwen Vantreece, stayed away from the forum.\n\nThrough an aide, Mr. Vantreece said he had followed it on the radio.\n\nMs. Tallowby made the governor a target. She said that Mr. Vantreece had left a muddle, and asked whether Mr. Quaile had ever opposed one of his decisions.\n\nHe had, he said: the sale of two ferries, which he said he had resisted.';
    const quotes = suggest(text).quotes.map(brief);
    expect(quotes[quotes.length - 1]).toEqual(['indirect', 'he had resisted', 'Quaile']);
  });
});

describe('a headline whose speaker is a role', () => {
  it('is the one person the story gives that role', () => {
    const titled = 'Superintendent says buses will run\n\nTALLIS — Staff walked out on Monday.\n\nSuperintendent Corwen Quaile said that every bus would run on Thursday.';
    expect(suggest(titled).quotes.map(brief)[0]).toEqual(['indirect', 'buses will run', 'Corwen Quaile']);
    const apposed = 'Harbour chair says toll vote must wait\n\nTALLIS — The chair of the harbour board, Zelphine Vantreece, said on Monday that the vote on tolls would wait until spring.';
    expect(suggest(apposed).quotes.map(brief)[0]).toEqual(['indirect', 'toll vote must wait', 'Zelphine Vantreece']);
  });

  it('is no one when the only holder has a rank the headline lacks', () => {
    const text = 'Transport secretary backs ferry overhaul\n\nZelphine Vantreece has backed a new timetable for ferries.\n\nShadow transport secretary Corwen Quaile called the timetable a gamble.';
    expect(suggest(text).quotes.map(brief)[0]?.[2]).not.toBe('Corwen Quaile');
  });
});

describe('a headline role after a semicolon', () => {
  it('"Staff walk out; superintendent says …" is the superintendent’s', () => {
    const text = 'Tallis staff walk out after pay offer fails; superintendent says buses will run\n\nTALLIS — Staff walked out on Monday.\n\nSuperintendent Corwen Quaile said that every bus would run on Thursday.';
    expect(suggest(text).quotes.map(brief)[0]).toEqual(['indirect', 'buses will run', 'Corwen Quaile']);
  });
});

describe('a name in a relative clause, then a quote with "she said"', () => {
  it('goes to the person that sentence named, even one no first-name list knows', () => {
    const text = 'Petronel Ombrell introduced the moorings bill in March.\n\nHer spokeswoman said the governor would sign it.\n\nBoat owners want the fee cap to cover small craft too. The current bill exempts craft under six metres, an exemption that Ombrell defended in committee.\n\n"Nobody is pricing the dinghies off the river," she said.';
    expect(suggest(text).quotes.map(brief).at(-1)).toEqual(['direct', 'Nobody is pricing the dinghies off the river,', 'Petronel Ombrell']);
  });
});

describe('a report that closes inside its quotation marks before ", while"', () => {
  it('ends there, and the person after "while Lt. Gov." speaks for himself', () => {
    const text = 'Edith Vantreece spent the forum tying her rival to a cabinet she said had “run out of road,” while Lt. Gov. Corwen Quaile said she offered “a ferry to nowhere.”';
    expect(suggest(text).quotes.map(brief)).toEqual([
      ['indirect', 'had “run out of road,”', 'Edith Vantreece'],
      ['indirect', 'she offered “a ferry to nowhere.”', 'Corwen Quaile'],
    ]);
  });
});

describe('an office written short before a name', () => {
  it('"Sen. Ada Roe" is the senator a later "the senator said" means', () => {
    const text = 'The canal measure stalled.\n\nSen. Edith Quaile of Ohio said the vote would wait. Rep. Corwen Vantreece said it would not.\n\nThe barge lobby disagreed. Several groups wrote to the leadership.\n\nThe senator said on Friday that she would block the measure.';
    const set = suggest(text);
    expect(set.quotes.map(brief).at(-1)).toEqual(['indirect', 'she would block the measure', 'Edith Quaile']);
    expect(set.actors.find((a) => a.name === 'Corwen Vantreece')).toMatchObject({ kind: 'person', role: 'representative' });
  });
});

describe('a definite role and a ranked post with the same title', () => {
  it('"the governor" is the governor, not the lieutenant governor', () => {
    const text = 'The canal budget passed.\n\nLt. Gov. Corwen Vantreece said the vote was close. The governor, Edith Quaile, was away.\n\nThe barge lobby disagreed. Several groups wrote to the leadership.\n\nThe governor said on Friday that she would sign the budget.';
    expect(suggest(text).quotes.map(brief).at(-1)).toEqual(['indirect', 'she would sign the budget', 'Edith Quaile']);
  });
});

describe('interview transcripts', () => {
  it('give a "GUEST:" answer to the person the introduction presents', () => {
    const text = 'Senator says barge relief is urgent\n\nSen. Edith Quaile has split with her party over the lock fees. She spoke with Tallis Radio on Friday.\n\nHOST: Senator, welcome.\n\nGUEST: Happy to be on.\n\nHOST: Why not wait for the review?\n\nGUEST: Because the barges sail in March, review or no review.\n\nHOST: Will you win the vote?\n\nGUEST: I think so.';
    expect(suggest(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Edith Quaile', 'Edith Quaile', 'Edith Quaile']);
  });

  it('never take a county for the interviewee', () => {
    const text = '‘Every sack is weighed twice’: Tallowby County assessor on the harvest\n\nZelphine Vantreece has weighed the harvest in Tallowby County for nine years. The assessor spoke to us in her barn.\n\nQ: Your scales are the fastest. How?\n\nA: Good staff, mostly.\n\nQ: What worries you most?\n\nA: The forklift.';
    expect(suggest(text).quotes.filter((q) => q.kind === 'direct' && q.text !== 'Every sack is weighed twice').map((q) => q.speaker?.name)).toEqual(['Zelphine Vantreece', 'Zelphine Vantreece']);
  });
});

describe('a quotation after a colon with no name before it', () => {
  it('"Her parting words:" is the woman the pronoun stands for; "Treasurer:" after a time stamp the one treasurer', () => {
    const text = 'Canal budget: live\n\nThe treasurer, Edith Quaile, has finished a long speech. Her parting words: "Every lock will open on time." Her party cheered.\n\n09.10 GMT\nTreasurer: "the books balance"\n\nThe opposition leader, Corwen Vantreece, said the plan was a con.';
    expect(suggest(text).quotes.map(brief).slice(0, 2)).toEqual([
      ['direct', 'Every lock will open on time.', 'Edith Quaile'],
      ['direct', 'the books balance', 'Edith Quaile'],
    ]);
  });
});

describe('a headline name before a colon that no list types', () => {
  it('is the speaker when the body quotes that person', () => {
    const text = 'Interview\n\nZelphine Vantreece: ‘I will not be hurried on the locks’\n\nZelphine Vantreece has been treasurer for a year. ‘The locks come first,’ Vantreece said on Sunday.';
    expect(suggest(text).quotes.map(brief)[0]).toEqual(['direct', 'I will not be hurried on the locks', 'Zelphine Vantreece']);
  });
});

describe('a lede that describes its speaker and names her next', () => {
  it('gives a participle’s report to the person the next paragraph names, after an honorific too', () => {
    const text = 'Ferry boss denies ignoring alarms\n\nThe former head of a ferry company in the Tallis valley has denied hiding safety alarms, telling an inquiry that the logs ‘never crossed my path’.\n\nDr Edith Vantreece, who ran the company until last spring, said she was assured the boats were sound.';
    expect(suggest(text).quotes.map(brief).slice(0, 2)).toEqual([
      ['indirect', 'the logs ‘never crossed my path’', 'Edith Vantreece'],
      ['indirect', 'she was assured the boats were sound', 'Edith Vantreece'],
    ]);
  });
});

describe('the person a question was put to, named by a name no list types', () => {
  it('answers a "She said" the asker cannot have said', () => {
    const text = 'The trial went on.\n\nZelphine Tallowby, who has admitted the fraud, told the jury that Corwen Vantreece ordered her to inflate the rolls.\n\nVantreece, 61, denies the charges.\n\nUnder cross-examination, his lawyer, Mr. Ombrell, asked whether Tallowby had ever written her doubts down. She said she had not.';
    expect(suggest(text).quotes.map(brief).at(-1)).toEqual(['indirect', 'she had not', 'Zelphine Tallowby']);
  });
});

describe('a definite role and a former holder of it', () => {
  it('"the ferries minister" is not the former ferries minister', () => {
    const text = 'The ferry queue grew again.\n\nThe former ferries minister Sir Jorvan Tillbury said the queue was a scandal.\n\nThe barge lobby disagreed. Several groups wrote to the leadership.\n\nThe ferries minister said on Friday that the queue would shrink.';
    expect(suggest(text).quotes.map(brief).at(-1)?.[2]).not.toBe('Jorvan Tillbury');
  });
});
