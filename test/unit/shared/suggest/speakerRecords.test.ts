/**
 * Which speaker a sentence leaves for a pronoun in the next one, and other speaker links added in
 * the round on speaker accuracy. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];

describe('speaker records', () => {
  it('leaves the speaker of "X backs Y, its chair said" for a "she" after it, not X', () => {
    const text = 'A senior harbour official said the main problem was the tide tables.\n\nThe Pilots’ Guild backs the plan, its chair, Mary Oakden, said. “Our boats have waited two winters,” she said.';
    expect(suggest(text).map(brief)).toContainEqual(['direct', 'Our boats have waited two winters,', 'Mary Oakden']);
  });

  it('reads the name after "according to its director," as the source, and a "he" after it as that name', () => {
    const text = 'A stage version is planned. Rehearsals start in March, according to its director, Tomas Vellacott. He said the cast would be local.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'Rehearsals start in March', 'Tomas Vellacott'],
      ['indirect', 'the cast would be local', 'Tomas Vellacott'],
    ]);
    expect(suggest('According to the coastguard, Harbour Watch North, the ferry sank in minutes.').map(brief)).toEqual([['indirect', 'the ferry sank in minutes', 'Harbour Watch North']]);
    // A document is followed by its report, not by a name for it.
    expect(suggest('According to the filing, Ada Roe warned the board the fund was empty.').map(brief)).toEqual([['indirect', 'Ada Roe warned the board the fund was empty', 'the filing']]);
  });

  it('names the described speaker of a wire lede by the name opening the next paragraph', () => {
    const text = 'Courts\n\nPilot tells inquiry the buoys were moved\n\nPORTLAND, Maine (AP) — The former harbour master of a Maine fishing town told an inquiry on Tuesday that the buoys had been moved twice.\n\nMara Quillon, who guided ships into the bay for 20 years, said she had reported it.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the buoys had been moved twice', 'Mara Quillon']);
    // Only the lede: later in the story the description stays unread.
    const later = 'Ada Roe opened the hearing with a long statement about the harbour and its history.\n\nA retired ferry captain told the inquiry that the buoys had been moved.\n\nMara Quillon, who guided ships into the bay, said she had reported it.';
    expect(suggest(later).map(brief)).not.toContainEqual(['indirect', 'the buoys had been moved', 'Mara Quillon']);
  });

  it('resolves "he" or "she" after a sentence about a thing to the person that sentence names', () => {
    const diary = 'Tomas Vellacott said the archive would open in May. Former harbour master Ada Roe’s diary sold out within a week. In it, she recalls that the port nearly closed in 1998.';
    expect(suggest(diary).map(brief)).toContainEqual(['indirect', 'the port nearly closed in 1998', 'Ada Roe']);
    const files = 'Tomas Vellacott said the drafts were routine. The files show that the firm’s lobbyist, Ada Roe, wrote both drafts. ‘Send it as it is,’ she told him.';
    expect(suggest(files).map(brief)).toContainEqual(['direct', 'Send it as it is,', 'Ada Roe']);
    // A person subject keeps the pronoun: "she" after "Ada Roe met X" is still Ada Roe.
    const person = 'Ada Roe met Tomas Vellacott on Monday. She said the talks had gone well.';
    expect(suggest(person).map(brief)).toEqual([['indirect', 'the talks had gone well', 'Ada Roe']]);
  });

  it('keeps a firm named by its partners, with a comma, whole in a subject', () => {
    const text = 'The ferry line dropped Dunmore, Pask & Reeve as its auditor last spring. A lawyer for Dunmore, Pask & Reeve said the books had been in order.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the books had been in order', 'a lawyer for Dunmore, Pask & Reeve']);
    // An appositive still parts the subject at its comma.
    expect(suggest('Ada Roe, the harbour master, said the tide tables were wrong.').map(brief)).toEqual([['indirect', 'the tide tables were wrong', 'Ada Roe']]);
  });

  it('reads "the authors" as a source, and a document’s authors as the document', () => {
    const own = 'A harbour board audit published in March put the cost of the dredging at £4m. The audit’s authors warned that the sum ignored the storm damage.';
    expect(suggest(own).map(brief)).toContainEqual(['indirect', 'the sum ignored the storm damage', 'a harbour board audit']);
    const alone = 'A survey of skippers found wide support for the quota, but the authors stressed that only 60 skippers replied.';
    expect(suggest(alone).map(brief)).toContainEqual(['indirect', 'only 60 skippers replied', 'the authors']);
  });

  it('gives a relative after the object the source it stands for, not the sentence’s subject', () => {
    expect(suggest('The mayor’s promise to reopen the ferry by June has met resistance from pilots, who say the channel is still too shallow.').map(brief)).toEqual([['indirect', 'the channel is still too shallow', 'pilots']]);
    expect(suggest('Councillors rely on the harbour board’s audit, which found that mooring fees had doubled.').map(brief)).toEqual([['stance', 'mooring fees had doubled', 'the harbour board’s audit']]);
  });

  it('never takes a source noun after another noun’s preposition as who a phrase names', () => {
    const fees = 'Halden Ferries cut its timetable on Monday.\n\nFares at the company rose twice last year.\n\nThe company now plans fewer crossings. Winter sailings will stop in November, it said in a notice.';
    expect(suggest(fees).map(brief)).toContainEqual(['indirect', 'Winter sailings will stop in November', 'the company']);
    const charter = 'The fate of the harbour contract worried the pilots. The new contract says the port must keep two tugs.';
    expect(suggest(charter).map(brief)).toContainEqual(['indirect', 'the port must keep two tugs', 'the new contract']);
    // A count before "of" still names the source after it, and a person before it is the source.
    expect(suggest('Hundreds of skippers said the harbour must stay open.').map(brief)).toEqual([['indirect', 'the harbour must stay open', 'hundreds of skippers']]);
    expect(suggest('The chair of the harbour board said the fees would rise.').map(brief)).toEqual([['indirect', 'the fees would rise', 'the chair of the harbour board']]);
  });

  it('reads "the club" and "the publisher" as sources, like "the company"', () => {
    expect(suggest('Harlingen Rovers were knocked out on Sunday. On Sunday night, the club said the manager would stay until the summer.').map(brief)).toContainEqual(['indirect', 'the manager would stay until the summer', 'the club']);
    expect(suggest('The atlas went on sale in June. According to the publisher, a second printing is already planned.').map(brief)).toContainEqual(['indirect', 'a second printing is already planned', 'the publisher']);
  });

  it('reads "two of them" like "one of them": the group last spoken of', () => {
    const text = 'Ada Roe’s advisers said she had not seen the harbour figures. Two of them added that the port board had requested a delay.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'she had not seen the harbour figures', 'Ada Roe’s advisers'],
      ['indirect', 'the port board had requested a delay', 'Ada Roe’s advisers'],
    ]);
  });

  it('keeps a plural owner in a body’s name ("the Pilots’ Association")', () => {
    expect(suggest('The Harbour Pilots’ Association said the new buoys were badly placed.').map(brief)).toEqual([['indirect', 'the new buoys were badly placed', 'Harbour Pilots’ Association']]);
    expect(suggest("The Skippers' Union said the quota was too low.").map(brief)).toEqual([['indirect', 'the quota was too low', "Skippers' Union"]]);
    // A closing quotation mark after a plural is no owner.
    expect(suggest('Ada Roe called the plan ‘a gift to the Skippers’ and said it would fail.').map(brief)).toContainEqual(['indirect', 'it would fail', 'Ada Roe']);
  });

  it('gives a participle after a reported clause the speaker of the main verb, not of a verb inside the clause', () => {
    const text = 'The harbour court struck down the mooring rules on Friday. The port authority said late on Monday it would urge the court to wait a month, arguing that the ruling left no time to consult skippers.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the ruling left no time to consult skippers', 'the port authority']);
  });

  it('keeps what says which document it is: whom it was addressed to, who made it, the name after its maker’s noun', () => {
    expect(suggest('A memo to harbour staff, drafted by the consultants Marsh, Pell & Co., found that the depot was full.').map(brief)).toEqual([['stance', 'the depot was full', 'a memo to harbour staff']]);
    const contact = 'The quay is sinking. A survey it ordered from the engineering group Dalby Analytics said the piles were rotten. The survey also urged the port to close the north berth.';
    expect(suggest(contact).map(brief)).toContainEqual(['indirect', 'the port to close the north berth', 'a survey it ordered from the engineering group Dalby Analytics']);
    expect(suggest('A survey of harbour pilots by the website PilotNet found that most backed the plan.').map(brief)).toEqual([['stance', 'most backed the plan', 'a survey of harbour pilots by the website PilotNet']]);
  });
});
