/**
 * A story tokenised as corpora ship it (spaces before stops, "'s" split off, quotation marks set
 * apart from their words) is read as the story it was (text/tokenisedText.ts): the same quotes and
 * speakers, anchored in the tokenised text. The article here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

const asWritten = [
  'Harbour levy doubles',
  'Councillor Wenna Caldry said the harbour\'s new levy was "a tax on every fisherman in the bay." She said the council had "not listened."',
  '"We were never asked," said Ottilie Marsk, who chairs the boat owners\' association. "Not once."',
  'Mr. Dove, the harbour master, said: "The dredging cannot wait. It is already late."',
  '"It is a fair price," he added. The council said the levy would pay for dredging the harbour mouth.',
].join('\n\n');
const tokenised = [
  'Harbour levy doubles',
  'Councillor Wenna Caldry said the harbour \'s new levy was " a tax on every fisherman in the bay . " She said the council had " not listened . "',
  '" We were never asked , " said Ottilie Marsk , who chairs the boat owners \' association . " Not once . "',
  'Mr. Dove , the harbour master , said : " The dredging cannot wait . It is already late . "',
  '" It is a fair price , " he added . The council said the levy would pay for dredging the harbour mouth .',
].join('\n\n');

const squeeze = (s: string) => s.replace(/\s+/g, '');
const read = (text: string) => suggestQuotes({ text }).quotes.map((q) => [q.kind, squeeze(text.slice(q.start, q.end)), q.speaker?.name ?? null]);

describe('tokenised text', () => {
  it('yields the quotes and speakers of the text as written, at the same words', () => {
    const written = read(asWritten);
    expect(written.length).toBeGreaterThan(2);
    expect(read(tokenised)).toEqual(written);
  });

  it("ends a quote at its last word or mark, not at the tokeniser's space after it", () => {
    for (const q of suggestQuotes({ text: tokenised }).quotes) {
      expect(tokenised[q.start]).toMatch(/\S/);
      expect(tokenised[q.end - 1]).toMatch(/\S/);
    }
  });
});
