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

  it('reads the name after "according to its producer," as the source, and a "he" after it as that name', () => {
    const text = 'A stage version is planned. Rehearsals start in March, according to its director, Tomas Vellacott. He said the cast would be local.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'Rehearsals start in March', 'Tomas Vellacott'],
      ['indirect', 'the cast would be local', 'Tomas Vellacott'],
    ]);
    expect(suggest('According to the coastguard, Harbour Watch North, the ferry sank in minutes.').map(brief)).toEqual([['indirect', 'the ferry sank in minutes', 'Harbour Watch North']]);
    // A document is followed by its report, not by a name for it.
    expect(suggest('According to the minutes, Ada Roe warned the board the fund was empty.').map(brief)).toEqual([['indirect', 'Ada Roe warned the board the fund was empty', 'the minutes']]);
  });

  it('names the described speaker of a wire lede by the name opening the next paragraph', () => {
    const text = 'Courts\n\nPilot tells inquiry the buoys were moved\n\nPORTLAND, Maine (AP) — The former harbour master of a Maine fishing town told an inquiry on Tuesday that the buoys had been moved twice.\n\nMara Quillon, who guided ships into the bay for 20 years, said she had reported it.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the buoys had been moved twice', 'Mara Quillon']);
    // Only the lede: later in the story the description stays unread.
    const later = 'Ada Roe opened the hearing with a long statement about the harbour and its history.\n\nA retired ferry captain told the inquiry that the buoys had been moved.\n\nMara Quillon, who guided ships into the bay, said she had reported it.';
    expect(suggest(later).map(brief)).not.toContainEqual(['indirect', 'the buoys had been moved', 'Mara Quillon']);
  });

  it('resolves "he" or "she" after a sentence about a thing to the person that sentence names', () => {
    const book = 'Tomas Vellacott said the archive would open in May. Former harbour master Ada Roe’s memoir is out next week. In it, she writes that the port nearly closed in 1998.';
    expect(suggest(book).map(brief)).toContainEqual(['indirect', 'the port nearly closed in 1998', 'Ada Roe']);
    const emails = 'Tomas Vellacott said the letters were routine. The files also show that the firm’s lobbyist, Ada Roe, drafted two of them. ‘Send it as it is,’ she wrote.';
    expect(suggest(emails).map(brief)).toContainEqual(['direct', 'Send it as it is,', 'Ada Roe']);
    // A person subject keeps the pronoun: "she" after "Ada Roe met X" is still Ada Roe.
    const person = 'Ada Roe met Tomas Vellacott on Monday. She said the talks had gone well.';
    expect(suggest(person).map(brief)).toEqual([['indirect', 'the talks had gone well', 'Ada Roe']]);
  });

  it('keeps a firm named by its partners, with a comma, whole in a subject', () => {
    const text = 'Maplewood said it had cut ties with Dunmore, Pask & Reeve in 2022. A lawyer for Dunmore, Pask & Reeve said the firm had not known about the payments.';
    expect(suggest(text).map(brief)).toContainEqual(['indirect', 'the firm had not known about the payments', 'a lawyer for Dunmore, Pask & Reeve']);
    // A list of people is no firm: the comma still parts them.
    expect(suggest('Ada Roe, the harbour master, said the tide tables were wrong.').map(brief)).toEqual([['indirect', 'the tide tables were wrong', 'Ada Roe']]);
  });

  it('reads "the authors" as a source, and a document’s authors as the document', () => {
    const own = 'A harbour board report released in 2019 estimated that the closure cost the port $11 million. The report’s authors noted that the figure left out delays.';
    expect(suggest(own).map(brief)).toContainEqual(['indirect', 'the figure left out delays', 'a harbour board report released in 2019']);
    const alone = 'A study found that pupils scored higher, though the authors cautioned that families might value schooling more.';
    expect(suggest(alone).map(brief)).toContainEqual(['indirect', 'families might value schooling more', 'the authors']);
  });

  it('gives a relative after the object the source it stands for, not the sentence’s subject', () => {
    expect(suggest('Her pledge to dredge the whole harbour by 2030 has drawn doubts from engineers, who say the work could take twice as long.').map(brief)).toEqual([['indirect', 'the work could take twice as long', 'engineers']]);
    expect(suggest('Councillors point to the harbour board’s audit, which found that fees had fallen.').map(brief)).toEqual([['stance', 'fees had fallen', 'the harbour board’s audit']]);
  });

  it('never takes a source noun after another noun’s preposition as who a phrase names', () => {
    const shares = 'Nordwind Turbines cut its forecast on Monday.\n\nShares in the company fell 17% in Oslo trading.\n\nThe company now expects a margin of 2%. Revenue will be about 5% lower than last year, it said in a filing.';
    expect(suggest(shares).map(brief)).toContainEqual(['indirect', 'Revenue will be about 5% lower than last year', 'the company']);
    const lease = 'The collapse of the harbour lease surprised investors. The draft lease says the firm would run the cranes.';
    expect(suggest(lease).map(brief)).toContainEqual(['indirect', 'the firm would run the cranes', 'the draft lease']);
    // A count before "of" still names the source after it.
    expect(suggest('Hundreds of protesters said the harbour must stay open.').map(brief)).toEqual([['indirect', 'the harbour must stay open', 'hundreds of protesters']]);
  });

  it('reads "the club" and "the publisher" as sources, like "the company"', () => {
    expect(suggest('FC Harlingen lost 3-0 on Sunday. In a statement, the club said the coach had its full confidence.').map(brief)).toContainEqual(['indirect', 'the coach had its full confidence', 'the club']);
    expect(suggest('The novel won the prize on Monday. According to the publisher, it had sold 35,000 copies.').map(brief)).toContainEqual(['indirect', 'it had sold 35,000 copies', 'the publisher']);
  });

  it('reads "two of them" like "one of them": the group last spoken of', () => {
    const text = 'Ada Roe’s aides said the memo reflected one clerk’s view. Two of them noted that the harbour board had voted for it.';
    expect(suggest(text).map(brief)).toEqual([
      ['indirect', 'the memo reflected one clerk’s view', 'Ada Roe’s aides'],
      ['indirect', 'the harbour board had voted for it', 'Ada Roe’s aides'],
    ]);
  });
});
