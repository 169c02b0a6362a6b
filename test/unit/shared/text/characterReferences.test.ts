import { describe, expect, it } from 'vitest';
import { decodeForReading } from '../../../../src/shared/text/characterReferences';

describe('decodeForReading', () => {
  it('reads named, decimal and hex references as their characters, and leaves unknown or invalid ones', () => {
    const text = '&ldquo;Yes,&rdquo; said Roe&#8217;s aide &#x2014; AT&amp;T &copy2 &bogus; &#0; &#xD800;.';
    expect(decodeForReading(text)!.text).toBe('“Yes,” said Roe’s aide — AT&T &copy2 &bogus; &#0; &#xD800;.');
  });

  it('maps every decoded offset back into the text as it is, ends included', () => {
    const text = 'She said &ldquo;no&rdquo; twice.';
    const decoded = decodeForReading(text)!;
    const word = decoded.text.indexOf('no');
    expect(text.slice(decoded.toOriginal(word), decoded.toOriginal(word + 2))).toBe('no');
    // The quote with its marks: from the opening reference to the end of the closing one.
    expect(text.slice(decoded.toOriginal(word - 1), decoded.toOriginal(word + 3))).toBe('&ldquo;no&rdquo;');
    expect(decoded.toDecoded(text.indexOf('twice'))).toBe(decoded.text.indexOf('twice'));
    expect(decoded.toOriginal(decoded.text.length)).toBe(text.length);
  });

  it('keeps a character outside the Basic Multilingual Plane whole', () => {
    const decoded = decodeForReading('a &#x1F600; b')!;
    expect(decoded.text).toBe('a 😀 b');
    expect(decoded.toOriginal(decoded.text.indexOf('b'))).toBe(12);
  });

  it("reads TeX's quotation marks as curly ones, mapping offsets back, once a text opens a quotation that way", () => {
    const text = "``We will not move,'' said Ada Roe's aide.";
    const decoded = decodeForReading(text)!;
    expect(decoded.text).toBe("“We will not move,” said Ada Roe's aide.");
    const quote = decoded.text.indexOf('We');
    expect(text.slice(decoded.toOriginal(quote - 1), decoded.toOriginal(quote + 'We will not move,”'.length))).toBe("``We will not move,''");
    // Without an opening ``, two apostrophes are left as they are.
    expect(decodeForReading("The ''quote'' marks")).toBeNull();
  });

  it('says there is nothing to decode in text without references', () => {
    expect(decodeForReading('Plain “text” & more')).toBeNull();
  });
});
