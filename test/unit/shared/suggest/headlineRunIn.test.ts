/**
 * A headline run into the story's first sentence is read apart from it (headlineRunIn.ts). The
 * articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';
import { headlineApart } from '../../../../src/shared/suggest/headlineRunIn';
import { plainTextBlocks } from '../../../../src/shared/text/plainTextBlocks';

const STORY = [
  'Dockers voted on Monday to accept a 6% pay rise, ending a strike that had closed the port for nine days, the union said.',
  '"This is a fair deal and our members have earned it," said Inês Valadar, the union\'s regional secretary.',
  'The port authority said ships would begin docking again on Tuesday morning.',
];
const blocksOf = (text: string) => headlineApart(text, plainTextBlocks(text)).map((b) => text.slice(b.start, b.end));
const read = (text: string) => suggestQuotes({ text }).quotes.map((q) => [q.kind, text.slice(q.start, q.end).replace(/\s+/g, ' '), q.speaker?.name ?? null]);

describe('a headline run into the first sentence', () => {
  it('is set apart at a wire dateline, after a kicker too', () => {
    const text = `Business\n\nPort strike ends after union backs 'fair deal' LISBON (Wire) — ${STORY[0]}\n\n${STORY.slice(1).join('\n\n')}`;
    expect(blocksOf(text).slice(0, 3)).toEqual(['Business', "Port strike ends after union backs 'fair deal'", `LISBON (Wire) — ${STORY[0]}`]);
    const dated = 'Port strike ends PORTO, Portugal, May 3 (Reuters) - Dockers voted to return.\n\nMore.';
    expect(blocksOf(dated)[0]).toBe('Port strike ends');
  });

  it('is set apart before a sentence opening with an article after a word in lower case', () => {
    const text = `Dockers end port strike after nine days The dockers' union said on Monday that its members had voted to return to work.\n\n${STORY.slice(1).join('\n\n')}`;
    expect(blocksOf(text)[0]).toBe('Dockers end port strike after nine days');
  });

  it('leaves a headline on its own line, a title after "told" or "in", and a story with no headline as they are', () => {
    const written = `Port strike ends\n\n${STORY.join('\n\n')}`;
    expect(headlineApart(written, plainTextBlocks(written))).toEqual(plainTextBlocks(written));
    const told = `Ines Valadar told The Harbour Times on Monday that the strike was over because members had voted to accept.\n\n${STORY.slice(1).join('\n\n')}`;
    expect(headlineApart(told, plainTextBlocks(told))).toEqual(plainTextBlocks(told));
    const sentence = `The strike ended on Monday. The dockers went back to work.\n\n${STORY.slice(1).join('\n\n')}`;
    expect(headlineApart(sentence, plainTextBlocks(sentence))).toEqual(plainTextBlocks(sentence));
  });

  it("yields the quotes and speakers of the story with its headline on a line of its own", () => {
    const headline = "Port strike ends as union hails 'a fair deal'";
    const written = `Business\n\n${headline}\n\nLISBON (Wire) — ${STORY.join('\n\n')}`;
    const runIn = `Business\n\n${headline} LISBON (Wire) — ${STORY.join('\n\n')}`;
    expect(read(runIn)).toEqual(read(written));
  });
});
