/**
 * CSV (RFC 4180) for spreadsheets: one row per quote and actor role; every cell reads back
 * exactly with a strict RFC 4180 reader; cells a spreadsheet would run as formulas are defused.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile } from '../../../../src/shared/export';
import { CSV_COLUMNS, csvField, defuseFormula } from '../../../../src/shared/export/csv';
import { actorId, gold, sampleBundle } from '../../../helpers/exportFixtures';

/** A strict RFC 4180 reader: fails on anything the RFC does not allow. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unterminated quoted field');
          if (text[i] === '"' && text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else cell += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
          cell += text[i++];
        }
      }
      row.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      if (i >= text.length) break;
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
    rows.push(row);
  }
  return rows;
}

const bundle = sampleBundle();
const index = indexBundle(bundle);
const csv = exportSingleFile(index, 'csv', { kind: 'notebook' }).text;

describe('quotes as CSV', () => {
  it('starts with a byte order mark and a header, and every line ends in CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per quote and actor role', () => {
    const rows = parseCsv(csv.slice(1)).slice(1);
    const expected = bundle.articles[0]!.quotes.reduce((n, q) => n + (q.speakerId ? 1 : 0) + q.aboutIds.length, 0);
    expect(rows).toHaveLength(expected);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    // A quote said by Stoltenberg about China: a speaker row and an about row.
    const q2 = rows.filter((r) => r[col('quote_id')] === 'q_2');
    expect(q2.map((r) => [r[col('role')], r[col('actor')], r[col('actor_id')]])).toEqual([
      ['speaker', 'Jens Stoltenberg', actorId('Jens Stoltenberg')],
      ['about', 'China', actorId('China')],
    ]);
    expect(q2[0]![col('quote')]).toBe(gold.quotes[1]!.text);
    expect(q2[0]![col('tags')]).toBe('warning; lethal aid');
    expect(q2[0]![col('comment')]).toBe('Hedged: “concerned”, not “convinced”.');
    expect([q2[0]![col('start')], q2[0]![col('end')]]).toEqual([String(gold.quotes[1]!.start), String(gold.quotes[1]!.end)]);
  });

  it('keeps a quote with no actors as one row', () => {
    const lonely = structuredClone(bundle);
    lonely.articles[0]!.quotes = [{ ...lonely.articles[0]!.quotes[0]!, speakerId: null, aboutIds: [] }];
    const rows = parseCsv(exportSingleFile(indexBundle(lonely), 'csv', { kind: 'notebook' }).text.slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]![CSV_COLUMNS.indexOf('role')]).toBe('');
  });

  it('limits an actor export to quotes by or about the actor', () => {
    const rows = parseCsv(exportSingleFile(index, 'csv', { kind: 'actor', id: actorId('China') }).text.slice(1)).slice(1);
    const ids = new Set(rows.map((r) => r[CSV_COLUMNS.indexOf('quote_id')]));
    const expected = bundle.articles[0]!.quotes.filter((q) => q.speakerId === actorId('China') || q.aboutIds.includes(actorId('China'))).map((q) => q.id);
    expect([...ids]).toEqual(expected);
  });
});

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['\tTAB', "'\tTAB"],
    ['a=b', 'a=b'],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it('numbers are written as they are', () => expect(csvField(-3)).toBe('-3'));

  it('every string reads back as itself (defused cells with the leading apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '=', '+', '-', '@', 'é', '\t') }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = `${cells.map(csvField).join(',')}\r\n`;
        const expected = cells.map((c) => defuseFormula(c.replace(/\r\n?/g, '\n')));
        expect(parseCsv(line)).toEqual([expected]);
      }),
    );
  });
});
