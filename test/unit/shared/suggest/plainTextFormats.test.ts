/**
 * The same story saved three ways reads the same: with blank lines between paragraphs, with one
 * paragraph per line (text copied from a web page), and hard-wrapped at 70 columns. Before, the
 * second came out as one paragraph (headline and story run together) and the third lost names
 * broken over a line ("Ada\nRoe").
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

const paragraphs = [
  'Harbour chair says toll vote must wait',
  'The harbour committee postponed Tuesday’s vote on higher tolls after fishing crews filled the chamber, the third delay since the plan was published.',
  '“We need another month to look at the figures,” said the committee chair, Ada Roe, who has backed the plan since the spring.',
  'Crews said the tolls would force smaller boats out of the harbour. Ben Okafor, who runs a crab boat, said the committee had not asked them before drawing up the plan.',
  '“Nobody came down to the harbour to ask us,” Okafor said. “We read about it in the paper.',
  '“Then they wonder why the crews are angry.”',
];

/** The paragraphs hard-wrapped: a line break replaces the last space before each 70th column. */
function wrap(paragraph: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > 70) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const found = (text: string) => suggestQuotes({ text }).quotes.map((q) => ({ text: q.text.replace(/\s+/g, ' '), speaker: q.speaker?.name ?? null }));

describe('plain-text layouts', () => {
  const blankLines = paragraphs.join('\n\n');
  const expected = found(blankLines);

  it('finds the quotes and speakers of the blank-line version', () => {
    expect(expected).toEqual([
      // The headline is read as one: "says" there is a headline's cue.
      { text: 'toll vote must wait', speaker: null },
      { text: 'We need another month to look at the figures,', speaker: 'Ada Roe' },
      { text: 'the tolls would force smaller boats out of the harbour', speaker: 'Crews' },
      { text: 'the committee had not asked them before drawing up the plan', speaker: 'Ben Okafor' },
      { text: 'Nobody came down to the harbour to ask us,', speaker: 'Ben Okafor' },
      // A paragraph left open by its quote mark goes on in the next one (the news convention).
      { text: 'We read about it in the paper. “Then they wonder why the crews are angry.', speaker: 'Ben Okafor' },
    ]);
  });

  it('reads one paragraph per line the same way', () => {
    expect(found(paragraphs.join('\n'))).toEqual(expected);
  });

  it('reads hard-wrapped paragraphs the same way, names broken over a line included', () => {
    const wrapped = paragraphs.map(wrap).join('\n\n');
    expect(wrapped).toContain('Ben\nOkafor');
    expect(found(wrapped)).toEqual(expected);
  });

  it('reads Windows line ends the same way', () => {
    expect(found(paragraphs.join('\r\n\r\n'))).toEqual(expected);
  });
});

describe('HTML character references left in plain text', () => {
  it('reads "&ldquo;" as a quotation mark, and gives offsets into the text as it is', () => {
    const text = 'Harbour committee delays toll vote\n\n&ldquo;We need another month to look at the figures,&rdquo; said the committee chair, Ada Roe, who has backed the plan since the spring.';
    const [quote] = suggestQuotes({ text }).quotes;
    expect(quote).toMatchObject({ text: 'We need another month to look at the figures,', speaker: { name: 'Ada Roe' } });
    expect(text.slice(quote!.start, quote!.end)).toBe('We need another month to look at the figures,');
  });

  it('decodes once: "&amp;ldquo;" is the words "&ldquo;", not a quotation mark', () => {
    const text = 'Harbour committee delays toll vote\n\nThe page showed &amp;ldquo;We need another month,&amp;rdquo; in place of quotation marks, the committee chair, Ada Roe, said.';
    expect(suggestQuotes({ text }).quotes.every((q) => q.kind !== 'direct')).toBe(true);
  });
});
