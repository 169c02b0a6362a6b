/**
 * Attributions in headlines, which drop the verb of what they report ("X Says Y Not Yet Ready")
 * and end at "as" where a second story starts. Headlines and bodies made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';

const headed = (headline: string, body: string) => suggestQuotes({ text: `Business\n\n${headline}\n\n${body}` }).quotes;
const brief = (q: SuggestedQuote) => [q.stance ? 'stance' : q.kind, q.text, q.speaker?.name ?? null];
const BODY = 'The port authority met on Monday. Its director, Ada Roe, spoke to reporters afterwards about the harbour and the ferries.';

describe('headline attributions', () => {
  it('names a headline\'s bare plural source as the body first describes it, a singular as written', () => {
    const body = 'The harbour will shut its north gate next month, engineers at the port authority said on Monday.';
    expect(headed('Harbour gate will close for repairs, engineers say', body).map(brief)).toContainEqual(['indirect', 'Harbour gate will close for repairs', 'engineers at the port authority']);
    const union = 'The harbour will shut its north gate next month, the dock workers’ union said on Monday.';
    expect(headed('Harbour gate will close for repairs, union says', union).map(brief)).toContainEqual(['indirect', 'Harbour gate will close for repairs', 'union']);
  });

  it('keeps a headline\'s bare plural source as written when the body only writes it longer in front ("federal prosecutors")', () => {
    const body = 'The harbour will shut its north gate next month, federal engineers said on Monday.';
    expect(headed('Harbour gate will close for repairs, engineers say', body).map(brief)).toContainEqual(['indirect', 'Harbour gate will close for repairs', 'engineers']);
  });

  it('keeps a quotation in a headline with an inverted cue a direct quote', () => {
    expect(headed('Ferry plan is ‘a slap in the face for islanders’, say councillors', BODY).map(brief)).toContainEqual(['direct', 'a slap in the face for islanders', 'councillors']);
  });

  it('keeps a body word at a sentence-case headline\'s start its own body, not a title cut from a longer name', () => {
    const text = 'Politics\n\nSenate bargainers near a harbour deal, aides say\n\nSenate bargainers are near a deal, aides to the two leads said. Senate Majority Leader Ada Roe said the Senate would vote soon.';
    const [first] = suggestQuotes({ text }).quotes;
    expect(first!.about.map((a) => a.name)).toEqual(['Senate']);
  });

  it('splits a headline\'s two verbs joined by a comma into two attributions of its subject', () => {
    const quotes = headed('Port urges unions to return to talks, warns of ‘long delays’', BODY).map(brief);
    expect(quotes).toContainEqual(['indirect', 'unions to return to talks', 'Port']);
    expect(quotes).toContainEqual(['indirect', 'of ‘long delays’', 'Port']);
  });

  it('reads what a Title Case "Says" reports without its verb', () => {
    const quotes = headed('Port Chief Ada Roe Says Ferry Cuts Not Yet Needed', BODY);
    expect(quotes.map(brief)).toContainEqual(['indirect', 'Ferry Cuts Not Yet Needed', 'Ada Roe']);
  });

  it('takes quoted words that the headline carries on from as part of the report', () => {
    const quotes = headed('Port says \'door to talks\' open but warns unions over strikes', BODY);
    expect(quotes.map(brief)).toContainEqual(['indirect', '\'door to talks\' open', 'Port']);
  });

  it('keeps a quotation that ends the headline after "tells X" a direct quote', () => {
    const quotes = headed('Ada Roe tells harbour board \'the worst is behind us\'', `${BODY} “The worst is behind us,” Roe said.`);
    expect(quotes.map(brief)).toContainEqual(['direct', 'the worst is behind us', 'Ada Roe']);
  });

  it('ends a sentence-case headline attribution at "as"', () => {
    const quotes = headed('Ada Roe accuses unions of \'wrecking\' ferry plan as strike looms', BODY);
    expect(quotes.map(brief)).toContainEqual(['indirect', 'unions of \'wrecking\' ferry plan', 'Ada Roe']);
  });

  it('reads "Court rules …" and "the court ruled …" without "that"', () => {
    const quotes = headed('Court rules harbour levy cannot be charged without a vote', 'The court ruled the levy was unlawful.');
    expect(quotes.map(brief)).toEqual([
      ['indirect', 'harbour levy cannot be charged without a vote', 'court'],
      ['indirect', 'the levy was unlawful', 'court'],
    ]);
  });

  it('reads the complements of headline verbs: support, promises, names for things, warnings over something', () => {
    expect(headed('Dockers union backs Ada Roe in harbour board race', BODY).map(brief)).toEqual([['stance', 'Ada Roe', 'dockers union']]);
    expect(headed('Ada Roe promises closer ties with ferry firms as board race opens', BODY).map(brief)).toContainEqual(['indirect', 'closer ties with ferry firms', 'Ada Roe']);
    expect(headed('Harbour pilots call pay deal \'a disgrace\' and vote to walk out', BODY).map(brief)).toContainEqual(['indirect', "pay deal 'a disgrace'", 'harbour pilots']);
    expect(headed('Port warns Roe over ferry cuts but says talks are open', BODY).map(brief)).toEqual([
      ['indirect', 'Roe over ferry cuts', 'Port'],
      ['indirect', 'talks are open', 'Port'],
    ]);
  });

  it('reads a headline ending ", <source> say(s)" as a report whatever verb the report has', () => {
    expect(headed('Harbour board shuts gate for repairs, engineers say', BODY).map(brief)).toContainEqual(['indirect', 'Harbour board shuts gate for repairs', 'engineers']);
    expect(headed('Ferry fares up, documents show', BODY).map(brief)).toContainEqual(['indirect', 'Ferry fares up', 'documents']);
    // A first "-ing" word is an adjective of the headline's subject, not a participle aside.
    expect(headed('Dredging plan is two votes short, council aides say', BODY).map(brief)).toContainEqual(['indirect', 'Dredging plan is two votes short', 'council aides']);
    // A list of sources before the verb is no report.
    expect(headed('Unions, employers say', BODY).map(brief)).toEqual([]);
  });

  it('reads a headline\'s "<body> backs <object>" with the object\'s article dropped, up to "despite"', () => {
    expect(headed('Harbour council backs £12 mooring fee despite yacht club protest', BODY).map(brief)).toContainEqual(['stance', '£12 mooring fee', 'harbour council']);
    expect(headed('Pilots union backs ferry timetable', BODY).map(brief)).toContainEqual(['stance', 'ferry timetable', 'pilots union']);
    // Not support: "hits back at", and a vote against a bill.
    expect(headed('Dockers hit back at critics over strike', BODY).map(brief)).toEqual([]);
    expect(headed('Harbour board rejects ferry deal', BODY).map(brief)).toEqual([]);
  });
});
