/**
 * Whom a quote is about when it calls a named person by their office (issue 14): "the minister",
 * "the president". The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('about-actors: an office for the person holding it', () => {
  it('reads "the minister" as the one minister of the article, named only after the quote', () => {
    const text = 'A court ruled on Tuesday that the environment minister acted unlawfully when she approved a quarry.\n\nJudge Petra Lunn said the minister had ignored the evidence on the river.\n\nEnvironment Minister Rhona Tesk said she would appeal.';
    expect(aboutOf(text, 'the minister had ignored')).toContain('Rhona Tesk');
  });

  it('passes over the speaker whose own role holds the word', () => {
    const text = 'President Tomas Wendl signed the water bill on Monday.\n\nJorund Varnholt, the president of the farmers’ union, said the president had ignored every farmer in the valley.';
    expect(aboutOf(text, 'the president had ignored')).toEqual(['Tomas Wendl']);
  });

  it('reads "the council president" as the council’s president, not the council', () => {
    const text = 'Ada Kestrel, the president of the Askby City Council, wants the tram extended to the harbour.\n\nMayor Ivo Lind said the council president was using the tram to run for mayor.';
    expect(aboutOf(text, 'the council president was using')).toEqual(['Ada Kestrel']);
  });

  it('reads "the congresswoman" as the one titled Rep. before her name', () => {
    const text = 'Rep. Ada Kestrel is running for the Senate seat against Tomas Wendl.\n\nWendl said the congresswoman had voted for every trade deal of the last decade.';
    expect(aboutOf(text, 'the congresswoman had voted')).toEqual(['Ada Kestrel']);
  });

  it('does not take a former minister for "the minister"', () => {
    const text = 'Housing Minister Rhona Tesk unveiled the plan on Monday.\n\nEdwin Caul, a former minister, called it timid.\n\nDara Venn, who speaks for the opposition, said the minister had no idea what a house costs.';
    expect(aboutOf(text, 'the minister had no idea')).toEqual(['Rhona Tesk']);
  });
});

describe('about-actors: a body by its kind', () => {
  it('reads "the service" as the armed service the article names', () => {
    const text = 'The Tarrow Navy paid Korvel Marine twice for the same engines, auditors found.\n\nA spokeswoman, Ilka Dorne, said the service was checking every invoice since 2019.';
    expect(aboutOf(text, 'the service was checking')).toContain('Tarrow Navy');
  });

  it('reads "the legislature" as a parliament named otherwise', () => {
    const text = 'The Tarrow Assembly will vote on the budget in May.\n\nFinance Minister Ola Brekk said the legislature would reject the plan as written.';
    expect(aboutOf(text, 'the legislature would reject')).toContain('Tarrow Assembly');
  });

  it('reads "the station" as the radio the article names', () => {
    const text = 'Radio Koru has broadcast lessons to the islands since 1998.\n\nIts director, Mele Tana, said the station needed two new transmitters before the storms.';
    expect(aboutOf(text, 'the station needed')).toContain('Radio Koru');
  });

  it('reads "the party" as the party the article names', () => {
    const text = 'The Moorland Party lost four of its seats on Sunday, and its leader, Tove Brann, resigned.\n\nA senior member, Kalle Ostrom, said the party needed a new direction.';
    expect(aboutOf(text, 'the party needed')).toContain('Moorland Party');
  });
});

describe('about-actors: a company by its short name', () => {
  it('reads "Quenby executives" as the company, not a place', () => {
    const text = 'Quenby Aerospace won a contract for radar parts in March.\n\nAuditor Ysolde Marrick said Quenby executives had met procurement staff four times before the award.';
    expect(aboutOf(text, 'Quenby executives had met')).toContain('Quenby Aerospace');
  });
});

describe('about-actors: offices and firms of the story', () => {
  it('reads "the administration" as the White House the article names', () => {
    const text = 'The White House kept its distance from the rail strike.\n\nUnion leader Orla Pemberly said the administration had promised to keep out of the dispute.';
    expect(aboutOf(text, 'the administration had promised')).toEqual(['White House']);
  });

  it('reads "the supplier" as the firm the article names', () => {
    const text = 'Hollin Systems Ltd built the benefits app for the ministry.\n\nAn official, Tobias Pellow, said the supplier had missed two deadlines.';
    expect(aboutOf(text, 'the supplier had missed')).toEqual(['Hollin Systems Ltd']);
  });

  it('never reads "the supplier" as the newspaper that reported the story', () => {
    const text = 'Dunmere News Ltd reported on Monday that a benefits app had failed its first test.\n\nDunmere News Ltd said officials knew of the faults in May.\n\nAn official, Tobias Pellow, said the supplier had missed two deadlines.';
    expect(aboutOf(text, 'the supplier had missed')).not.toContain('Dunmere News Ltd');
  });

  it('reads "the governor" as the person written with a short title ("Gov."), who has no role of their own', () => {
    const text = 'Tarrow Gov. Ada Roe vetoed the water bill on Friday.\n\nDara Venn, who leads the farmers’ union, said the governor had never visited a farm in the valley.';
    expect(aboutOf(text, 'the governor had never')).toContain('Ada Roe');
  });

  it('does not take the governor’s press secretary for "the governor"', () => {
    const text = 'Gov. Ada Roe signed the pardon in March.\n\n“It was routine,” said Edwin Caul, the governor’s press secretary.\n\nDara Venn, a state senator, said the governor had misled the board.';
    expect(aboutOf(text, 'the governor had misled')).not.toContain('Edwin Caul');
  });

  it('reads a role written bare in a headline ("warned governor") as its holder, named only in the story below', () => {
    const text = 'Regulator warned governor dam repairs would cost $2bn, emails show\n\nRegulators told Gov. Ada Roe in March that repairs to the Askby dam would cost far more than her office had said, according to emails seen by reporters.';
    expect(aboutOf(text, 'Regulator warned governor')).toContain('Ada Roe');
  });

  it('reads "firm" written bare in a headline as the firm the story keeps naming', () => {
    const text = 'Consultant says firm that won port deal broke rules\n\nBrimley Holdings won the Askby port contract in May. Brimley Holdings has denied wrongdoing.\n\nDara Venn, a consultant, said the company had broken procurement rules.';
    expect(aboutOf(text, 'firm that won')).toEqual(['Brimley Holdings']);
  });

  it('reads "ex-senator" in a headline as the person the story writes "former Sen." before', () => {
    const text = 'Aide says he drove ex-senator to secret meetings\n\nASKBY (AP) — A former aide testified Monday that he drove former state Sen. Ada Roe to meetings with builders. Roe denies it. Dara Venn, the aide, said he kept a diary. Venn said the meetings were held at night. Roe has pleaded not guilty.';
    expect(aboutOf(text, 'he drove ex-senator')).toEqual(['Ada Roe']);
  });

  it('reads a bare "MP" in a headline as the one person the story is about', () => {
    const text = 'MP took paid trips from ferry firm, records show\n\nEdwin Caul, the MP for Askby, took six trips paid for by a ferry operator, according to records. Mr Caul said the trips were declared. Mr Caul has held the seat since 2015. Mr Caul did not reply to later questions, and Mr Caul’s office said he would not comment. Dara Venn, a campaigner, said the rules were too weak.';
    expect(aboutOf(text, 'MP took paid trips')).toContain('Edwin Caul');
  });

  it('does not take a lieutenant governor written short ("Lt. Gov.") for "the governor"', () => {
    const text = 'Lt. Gov. Ada Roe broke the tie in the state senate on Friday.\n\nDara Venn, who leads the farmers’ union, said the governor had never visited a farm in the valley.';
    expect(aboutOf(text, 'the governor had never')).not.toContain('Ada Roe');
  });
});

describe('about-actors: an office no person of the story holds', () => {
  it('reads "the Prime Minister", capitalised as British copy writes it, as the same office', () => {
    const text = 'MPs returned to the harbour tax on Wednesday, and the Prime Minister was not in the chamber.\n\nOla Brekk, who leads the rebels, said the Prime Minister had never once asked to meet them.';
    expect(aboutOf(text, 'the Prime Minister had never')).toEqual(['the Prime Minister']);
  });

  it('reads "the president" as an actor of its own, not as a union’s president named before', () => {
    const text = 'Dockers walked out at Askby on Monday, and the president has so far kept out of the dispute.\n\nThe union’s president, Ola Brekk, said talks had stalled.\n\nA spokeswoman, Dara Venn, said the president would not order the dockers back to work.';
    expect(aboutOf(text, 'the president would not order')).toEqual(['the president']);
  });

  it('keeps "the president" for a president titled so before the name', () => {
    const text = 'President Tomas Wendl has kept out of the strike, and the president has said little.\n\nThe union’s president, Ola Brekk, said the president would have to choose a side.';
    expect(aboutOf(text, 'the president would have to')).toEqual(['Tomas Wendl']);
  });

  it('reads "the prime minister" as an actor of its own when the story keeps coming back to it', () => {
    const text = 'Askby’s harbour tax is set to pass after weeks of rows, and the prime minister has stayed out of it.\n\nOla Brekk, who leads the rebels, said the prime minister had never once asked to meet them.';
    expect(aboutOf(text, 'the prime minister had never')).toEqual(['the prime minister']);
  });

  it('leaves an office written once alone', () => {
    const text = 'Askby’s harbour tax is set to pass after weeks of rows.\n\nOla Brekk, who leads the rebels, said the prime minister had never once asked to meet them.';
    expect(aboutOf(text, 'the prime minister had never')).toEqual([]);
  });

  it('reads "the prime minister" as the person holding the office when the story names one', () => {
    const text = 'Prime Minister Edda Varn has stayed out of the harbour tax row, and the prime minister’s office says so.\n\nOla Brekk, who leads the rebels, said the prime minister had never once asked to meet them.';
    expect(aboutOf(text, 'the prime minister had never')).toEqual(['Edda Varn']);
  });
});
