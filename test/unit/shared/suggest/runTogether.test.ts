/**
 * A story whose paragraphs run together on one line (a spreadsheet cell, a PDF's text) reads as
 * the paragraphs it was written in (runTogether.ts). The article here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';
import { paragraphsRunTogether, RUN_TOGETHER_LENGTH } from '../../../../src/shared/suggest/runTogether';

const PARAGRAPHS = [
  'The shadow transport secretary, Wenna Caldry, called the deal ‘a gift to the operators’ and urged ministers to publish the contract in full.',
  '‘If this is value for money, I would hate to see a bad deal,’ she said.',
  'The department said in a statement that the contract had been ‘properly tendered’.',
  'Ferry passengers were less sure. “We were promised a new boat by the spring,” said Ottilie Marsk, who commutes to the mainland. “It is nearly summer.”',
  'Harlan Dove, the operator’s chief executive, said the first of the new boats would sail in August. “We know people have waited too long,” he said.',
  'Opposition councillors said the delay had cost the islands a second tourist season. “Every week matters here,” said councillor Brisa Tavenor.',
  'The department said a review of the timetable would report before the end of the year, and that fares would be frozen until then.',
  'Islanders have complained for two years about cancelled sailings, and a petition calling for the contract to be scrapped has gathered more than 4,000 signatures.',
  '“The boat is the only road we have,” said Kit Arrowby, who organised the petition.',
  'Caldry said that was not enough. ‘Passengers have heard promises before,’ she said. ‘They want a boat.’',
];
const headline = 'Ferry deal ‘a gift to operators’, says Caldry';
const asWritten = `${headline}\n\n${PARAGRAPHS.join('\n\n')}`;
const runTogether = `${headline}\n\n${PARAGRAPHS.join(' ')}`;

const suggested = (text: string) => suggestQuotes({ text }).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);

describe('paragraphs run together on one line', () => {
  it('is a block long enough to be read as run together', () => {
    expect(runTogether.length - headline.length).toBeGreaterThan(RUN_TOGETHER_LENGTH);
  });

  it('suggests the same quotes with the same speakers as the story in paragraphs', () => {
    const written = suggested(asWritten);
    expect(written.filter(([kind]) => kind === 'direct').length).toBeGreaterThanOrEqual(7);
    expect(suggested(runTogether)).toEqual(written);
  });

  it('cuts the block only between sentences outside quotations, never inside one', () => {
    const body = { kind: 'paragraph' as const, start: headline.length + 2, end: runTogether.length };
    const pieces = paragraphsRunTogether(runTogether, [body]).map((b) => runTogether.slice(b.start, b.end));
    expect(pieces.length).toBeGreaterThan(PARAGRAPHS.length);
    expect(pieces.join(' ')).toBe(runTogether.slice(body.start));
    // A quotation in pieces around its attribution stays in one block with it.
    expect(pieces).toContain('Ferry passengers were less sure.');
    expect(pieces).toContain('“We were promised a new boat by the spring,” said Ottilie Marsk, who commutes to the mainland. “It is nearly summer.”');
    for (const piece of pieces) expect((piece.match(/[“”]/g) ?? []).length % 2, piece).toBe(0);
  });

  it('cuts a run-together interview before each turn, keeping every answer whole', () => {
    const turns = [
      'Q: You closed the north quay last spring. Do you regret it?',
      'A: No. The quay was unsafe, and we had the engineers’ report to prove it. I would close it again tomorrow.',
      'Q: The ferry operators say you never consulted them.',
      'A: We met them four times. They did not like what we told them, which is a different thing.',
    ];
    const intro = 'Mirela Oskan has run the harbour board for six years. She spoke to us about the quay, the ferries and the new berth.';
    const more = (quay: string) => turns.map((t) => t.replace('north quay', quay));
    const text = [intro, ...turns, ...more('south quay'), ...more('west pier')].join(' ');
    expect(text.length).toBeGreaterThan(RUN_TOGETHER_LENGTH);
    const pieces = paragraphsRunTogether(text, [{ kind: 'paragraph', start: 0, end: text.length }]).map((b) => text.slice(b.start, b.end));
    expect(pieces.slice(0, 4)).toEqual(['Mirela Oskan has run the harbour board for six years.', 'She spoke to us about the quay, the ferries and the new berth.', turns[0], turns[1]]);
    expect(pieces).toHaveLength(14);
  });

  it('leaves a paragraph of ordinary length as it is', () => {
    const blocks = [{ kind: 'paragraph' as const, start: 0, end: PARAGRAPHS[3]!.length }];
    expect(paragraphsRunTogether(PARAGRAPHS[3]!, blocks)).toBe(blocks);
  });
});

describe("an interview's turns run onto one line", () => {
  const intro = 'Wenna Caldry has run the island ferry service for six years. She spoke to us on Friday.';
  const turns = ['Q: Will the new boat arrive by spring?', 'A: It will. We have paid for it and the yard has promised it.', 'Q: And the fares?', 'A: Frozen until the end of the year.'];
  it('is cut before each turn, however short the paragraph', () => {
    const text = `${intro}\n\n${turns.join(' ')}`;
    const cut = paragraphsRunTogether(text, [{ kind: 'paragraph', start: 0, end: intro.length }, { kind: 'paragraph', start: intro.length + 2, end: text.length }]);
    expect(cut.map((b) => text.slice(b.start, b.end))).toEqual([intro, ...turns]);
  });

  it('reads the answers as the interviewee speaking, as on lines of their own', () => {
    const read = (text: string) => suggested(text).filter((q) => q[0] === 'direct');
    expect(read(`${intro}\n\n${turns.join(' ')}`)).toEqual(read(`${intro}\n\n${turns.join('\n\n')}`));
  });

  it('leaves a paragraph of labels all alike (a list of notes) whole', () => {
    const text = 'NOTE: The figures are provisional. NOTE: They exclude the islands.';
    expect(paragraphsRunTogether(text, [{ kind: 'paragraph', start: 0, end: text.length }])).toHaveLength(1);
  });
});
