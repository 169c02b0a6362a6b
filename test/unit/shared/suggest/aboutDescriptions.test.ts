/**
 * Whom a quote is about when it names no one but describes them (issue 14): "the government" and
 * "ministers" in a domestic story are the country's own, unnamed government, in a story about a
 * state that state's; "both sides" are the states named together; "the report" is a document.
 * The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

function aboutOf(text: string, start: string) {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return { names: q.about.map((a) => a.name), actors: set.actors };
}

describe('about-actors: the government', () => {
  it('makes "ministers" in a domestic story an actor the quote is about', () => {
    const text = 'Teachers in Wexcombe will walk out on Friday.\n\nPaula Grent, who leads the Union of School Staff, said ministers had ignored every warning.';
    const { names, actors } = aboutOf(text, 'ministers had ignored');
    expect(names).toEqual(['ministers']);
    expect(actors.find((a) => a.name === 'ministers')).toMatchObject({ kind: 'organisation' });
  });

  it('gives "the government" and "ministers" of one article the same actor', () => {
    const text = 'Paula Grent said the government had broken its promise on pay.\n\nHer deputy, Tom Sallow, said ministers should resign.';
    expect(aboutOf(text, 'the government had broken').names).toEqual(['the government']);
    expect(aboutOf(text, 'ministers should resign').names).toEqual(['the government']);
  });

  it('reads "the government" in a story about a state as that state', () => {
    const text = 'Chile and Peru signed a water treaty on Monday. Chile will build two dams.\n\nEngineer Rosa Mell said the government had chosen the wrong valley.';
    expect(aboutOf(text, 'the government had chosen').names).toEqual(['Chile']);
  });

  it('reads "a government divided against itself" and "central government" as the article’s government', () => {
    const text = 'Paula Grent said the government had broken its promise on pay.\n\nTom Sallow, her deputy, said the row showed a government divided against itself.\n\nA council spokeswoman said the town had lost a third of its money from central government.';
    expect(aboutOf(text, 'the row showed').names).toEqual(['the government']);
    expect(aboutOf(text, 'the town had lost').names).toContain('the government');
  });

  it('does not take a ministry for local government for the government', () => {
    const text = 'The Ministry of Towns and Local Government sent inspectors to Wexcombe on Monday.\n\nPaula Grent, the council leader, said the government had starved the town of money for a decade.';
    expect(aboutOf(text, 'the government had starved').names).toEqual(['the government']);
  });

  it('does not take "EU ministers" or "foreign ministers" for the government', () => {
    const text = 'Paula Grent said EU ministers would meet in May and that foreign ministers had not been told.';
    expect(aboutOf(text, 'EU ministers would meet').names).not.toContain('ministers');
  });

  it('reads "accused ministers of “…”" as aimed at the government', () => {
    const text = 'Paula Grent said the pay offer was “an insult” and accused ministers of “sleepwalking into a crisis”.';
    expect(aboutOf(text, 'sleepwalking').names).toEqual(['ministers']);
  });

  it('leaves out "his government" in the words of an unnamed official', () => {
    const text = 'A senior official said his government had approved the loan.';
    expect(aboutOf(text, 'his government had approved').names).toEqual([]);
  });
});

describe('about-actors: states counted, documents described', () => {
  it('reads "both sides" as the states the article names together, not the mediator named most', () => {
    const text =
      'Chile and Peru have agreed on a water treaty, United States officials said.\n\nThe United States hosted the talks. The United States paid for the venue, and the United States will monitor the dams.\n\nA diplomat said both sides had given ground on the northern valley.';
    expect(aboutOf(text, 'both sides had given').names).toEqual(['Chile', 'Peru']);
  });

  it('makes a document the article calls "the report" an actor a quote can be about', () => {
    const text = 'The Harbour Oversight Committee published a report on the port on Monday.\n\nPort director Olga Brandt said the report was unfair to dock workers.';
    expect(aboutOf(text, 'the report was unfair').names).toEqual(['the report']);
  });
});

describe('about-actors: an assembly described', () => {
  it('resolves "the chamber" to the assembly the article named', () => {
    const text = 'The Valdor Assembly rejected the budget on Tuesday.\n\nIts speaker, Ana Lorne, said the chamber would vote again next week.';
    expect(aboutOf(text, 'the chamber would vote').names).toEqual(['Valdor Assembly']);
  });
});

describe('about-actors: the object of a cue', () => {
  it('aims only the quote of that cue at its object, not a clause of a later cue', () => {
    const text = 'The Union of School Staff urged Wexcombe Council to reopen talks, warning that classes would close in May.';
    expect(aboutOf(text, 'classes would close').names).toEqual([]);
  });
});

describe('about-actors: "the port"', () => {
  it('reads "the port" as the port authority the story names', () => {
    const text = 'The Port of Tarrow Vale signed a lease with a shipping firm on Monday.\n\nThe Port of Tarrow Vale had sought a partner for years.\n\nDara Venn, a dock worker, said the port had sold its future for a quick payment.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('the port had sold'))!;
    expect(q.about.map((a) => a.name)).toContain('Port of Tarrow Vale');
  });
});

describe('about-actors: "both sides" in a dispute between bodies', () => {
  it('reads "both sides" as the two bodies the story is about', () => {
    const text = [
      'Talks between the Tarrow Dockers Union and shipping companies broke off on Monday.',
      'The Vale Shipping Association, which bargains for the companies, met the Tarrow Dockers Union twice in May. The Vale Shipping Association offered a rise of 4%, which the Tarrow Dockers Union turned down.',
      'Dara Venn, a mediator, said both sides had agreed to meet again in March.',
    ].join('\n\n');
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('both sides'))!;
    expect(q.about.map((a) => a.name)).toEqual(expect.arrayContaining(['Tarrow Dockers Union', 'Vale Shipping Association']));
  });

  it('does not read "both sides" as the two chambers of one legislature', () => {
    const text = [
      'The Senate passed the levee bill on Monday. The Senate sends it to the House next week.',
      'The House has not set a date, and the House clerk said the vote could slip.',
      'Governor Dara Venn said both sides still had time to strike a deal.',
    ].join('\n\n');
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('both sides'))!;
    expect(q.about.map((a) => a.name)).not.toEqual(expect.arrayContaining(['Senate', 'House']));
  });
});

describe('about-actors: "the administration" a story names no further', () => {
  it('is an actor of its own, not the country', () => {
    const text = 'Officials in Washington have not said whether they will review the Tarrow lease.\n\nDara Venn, the mayor of Tarrow, said the administration had changed the rules halfway through the bidding.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('the administration had'))!;
    expect(q.about.map((a) => a.name)).toEqual(['the administration']);
  });
});

describe('about-actors: "the team" of a football club', () => {
  it('reads "the team" as the club the story names', () => {
    const text = 'FC Tarrow Vale lost 3-0 at home on Saturday.\n\nFC Tarrow Vale said late on Sunday its coach would stay.\n\nDara Venn, who coaches the visitors, said the team had stopped pressing after half-time.';
    const q = suggestQuotes({ text }).quotes.find((s) => s.text.startsWith('the team had'))!;
    expect(q.about.map((a) => a.name)).toContain('FC Tarrow Vale');
  });
});

describe('about-actors: the board of one body', () => {
  it('reads "the board" as the board the story first calls "Tarrowmill’s board"', () => {
    const text = 'Tarrowmill’s board met on Monday to weigh a sale of the mill.\n\nDara Venn, a union official, said the board had not once consulted the workers on the plan.';
    const set = suggestQuotes({ text });
    const q = set.quotes.find((s) => s.text.startsWith('the board had'))!;
    expect(q.about.map((a) => a.name)).toEqual(['Tarrowmill’s board']);
    expect(set.actors.map((a) => a.name)).not.toContain('the board');
  });
});
