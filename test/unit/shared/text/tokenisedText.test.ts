import { describe, expect, it } from 'vitest';
import { decodeForReading } from '../../../../src/shared/text/characterReferences';
import { detokeniseForReading } from '../../../../src/shared/text/tokenisedText';

describe('detokeniseForReading', () => {
  it("reads a tokeniser's spaces as not there: before stops, \"'s\" and \"n't\", inside brackets and quotation marks", () => {
    const text = 'Ama Quist , a councillor ( and a farmer ) , said the levy \'s cost was " far too high . " She did n\'t say more .';
    expect(detokeniseForReading(text)!.text).toBe('Ama Quist, a councillor (and a farmer), said the levy\'s cost was "far too high." She didn\'t say more.');
  });

  it('tells opening straight marks from closing ones, a paragraph at a time', () => {
    const text = 'Tove Brant said : " We are ready . " Then she left .\n\n" It is over , " an aide said .';
    expect(detokeniseForReading(text)!.text).toBe('Tove Brant said: "We are ready." Then she left.\n\n"It is over," an aide said.');
  });

  it('maps starts and ends back into the text as it is, leaving the dropped spaces outside a quote', () => {
    const text = 'Tove Brant said , " We are ready . " Then she left .';
    const reading = detokeniseForReading(text)!;
    const start = reading.text.indexOf('We');
    const end = reading.text.indexOf('." Then') + 1;
    expect(text.slice(reading.toOriginal(start), reading.endToOriginal(end))).toBe('We are ready .');
    expect(reading.toDecoded(text.indexOf('Then'))).toBe(reading.text.indexOf('Then'));
    expect(reading.endToOriginal(reading.text.length)).toBe(text.length);
  });

  it("reads TeX's marks set apart by a tokeniser, after the marks themselves are read", () => {
    const text = "`` We will not move , '' said Ada Roe 's aide , `` not an inch . ''";
    expect(detokeniseForReading(decodeForReading(text)!.text)!.text).toBe('“We will not move,” said Ada Roe\'s aide, “not an inch.”');
  });

  it('leaves text as written alone, an odd spaced stop included', () => {
    expect(detokeniseForReading('Roe said the plan , which failed, was "too costly." It was.')).toBeNull();
    expect(detokeniseForReading('Plain text. With stops, commas; and more.')).toBeNull();
  });
});
