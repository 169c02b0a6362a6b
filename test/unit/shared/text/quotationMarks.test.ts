import { describe, expect, it } from 'vitest';
import { defaultQuoteKind } from '../../../../src/shared/text/quotationMarks';

/** The kind a hand-marked quote gets when the analyst selects `words` in `text`. */
function kindOf(text: string, words: string): string {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return defaultQuoteKind(text, start, start + words.length);
}

describe('the kind a quote marked by hand starts as', () => {
  it('is direct for words inside curly, straight, low-9 and guillemet marks', () => {
    expect(kindOf('“We will not retreat,” the minister said.', 'We will not retreat')).toBe('direct');
    expect(kindOf('He said: "We will not retreat."', 'We will not retreat.')).toBe('direct');
    expect(kindOf('Babiš řekl: „Nebudeme ustupovat.“ Pak odešel.', 'Nebudeme ustupovat.')).toBe('direct');
    expect(kindOf('Le ministre a dit : « Nous ne reculerons pas », puis il est parti.', 'Nous ne reculerons pas')).toBe('direct');
    expect(kindOf('Er sagte: »Wir weichen nicht.« Dann ging er.', 'Wir weichen nicht.')).toBe('direct');
  });

  it('is reported speech for words outside quotation marks', () => {
    expect(kindOf('The minister said the government would not retreat. “Never,” she added.', 'the government would not retreat')).toBe('indirect');
    expect(kindOf('The minister denied the existence of a plan.', 'denied the existence of a plan')).toBe('indirect');
  });

  it('reads British single marks as quotation marks but not apostrophes', () => {
    expect(kindOf("The leader said: ‘We don’t accept the ruling.’ She left.", 'We don’t accept the ruling.')).toBe('direct');
    expect(kindOf("The leader said 'we won't give in' to the council.", "we won't give in")).toBe('direct');
    expect(kindOf("The Smiths' lawyer said the council's plan was unlawful.", "the council's plan was unlawful")).toBe('indirect');
  });

  it('goes by where most of the words stand when a selection takes in the attribution', () => {
    expect(kindOf('“We will not retreat, not now, not ever,” she said.', 'We will not retreat, not now, not ever,” she said')).toBe('direct');
    expect(kindOf('She said at length that the plan was dead and buried, “finished”.', 'the plan was dead and buried, “finished')).toBe('indirect');
  });

  it('closes an open quotation at a paragraph break', () => {
    const text = '“This is the first paragraph of a long quote.\nThe reporter then wrote about something else.';
    expect(kindOf(text, 'The reporter then wrote about something else.')).toBe('indirect');
  });
});
