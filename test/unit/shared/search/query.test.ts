/**
 * Reading what an analyst types: the syntax that is there is understood, and whatever is not
 * syntax (stray quotes, parentheses, operators with nothing beside them, FTS5's own syntax) is
 * read as words — the FTS5 expression never carries anything we did not put there.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuery } from '../../../../src/shared/search/query';
import { toFts5 } from '../../../../src/shared/search/fts5';

const fts = (q: string) => toFts5(parseQuery(q).text);
const match = (q: string) => fts(q).match;

describe('words, phrases and operators', () => {
  it.each([
    ['baltic states', '("baltic" AND "states")'],
    ['"baltic states"', '"baltic states"'],
    ['erdo*', '"erdo" *'],
    ['"prime min"*', '"prime min" *'],
    ['aid OR weapons', '("aid" OR "weapons")'],
    ['aid AND weapons', '("aid" AND "weapons")'],
    ['aid NOT weapons', '("aid" NOT "weapons")'],
    ['aid -weapons', '("aid" NOT "weapons")'],
    ['china (aid OR weapons)', '("china" AND ("aid" OR "weapons"))'],
    ['NEAR(china aid, 5)', 'NEAR("china" "aid", 5)'],
    ['NEAR(china "lethal aid")', 'NEAR("china" "lethal aid", 10)'],
    ['china NEAR aid', 'NEAR("china" "aid", 10)'],
    ['china NEAR/3 aid', 'NEAR("china" "aid", 3)'],
    ['Erdoğan', '"Erdoğan"'],
  ])('%s → %s', (query, expected) => {
    expect(match(query)).toBe(expected);
  });

  it('lowercase and/or/not are words, not operators', () => {
    expect(match('war and peace')).toBe('("war" AND "and" AND "peace")');
  });

  it('a search of exclusions only comes back as what to subtract', () => {
    expect(fts('-china')).toEqual({ match: null, exclude: '"china"' });
    expect(fts('NOT china NOT aid')).toEqual({ match: null, exclude: '("china" OR "aid")' });
  });
});

describe('fields', () => {
  it('takes fields out of the words, with quoted values and negation', () => {
    const parsed = parseQuery('aid speaker:"Jens Stoltenberg" -tag:economy TAG:threats/warning kind:direct in:quotes after:2024-03 before:2025 outlet:reuters about:china');
    expect(match('aid')).toBe('"aid"');
    expect(toFts5(parsed.text).match).toBe('"aid"');
    expect(parsed.fields).toEqual([
      { field: 'speaker', value: 'Jens Stoltenberg', negated: false },
      { field: 'tag', value: 'economy', negated: true },
      { field: 'tag', value: 'threats/warning', negated: false },
      { field: 'kind', value: 'direct', negated: false },
      { field: 'in', value: 'quotes', negated: false },
      { field: 'after', value: '2024-03', negated: false },
      { field: 'before', value: '2025', negated: false },
      { field: 'outlet', value: 'reuters', negated: false },
      { field: 'about', value: 'china', negated: false },
    ]);
  });

  it('an unknown field or an empty value is read as words', () => {
    expect(parseQuery('title:aid').fields).toEqual([]);
    expect(match('title:aid')).toBe('"title:aid"');
    expect(parseQuery('speaker:').fields).toEqual([]);
    expect(match('speaker:')).toBe('"speaker:"');
  });

  it('a query of fields only has no words part', () => {
    expect(parseQuery('tag:economy').text).toBeNull();
  });
});

describe('hostile queries are read literally, never as syntax', () => {
  it.each([
    ['"unterminated', '"unterminated"'],
    ['aid)', '"aid"'],
    ['(aid', '"aid"'],
    ['((((', null],
    ['AND', null],
    ['OR OR aid', '"aid"'],
    ['aid NOT', '"aid"'],
    ['NEAR', '"near"'],
    ['NEAR(', '"near"'],
    ['*', null],
    ['***aid', '"***aid"'],
    ['body:aid', '"body:aid"'],
    ['^aid', '"^aid"'],
    ['aid + weapons', '("aid" AND "weapons")'],
    ['a"b', '("a" AND "b")'],
    ['"say ""no"""', '("say " AND "no")'],
    ['\u0000', null],
    ['{title body}: aid', '("{title" AND "body}:" AND "aid")'],
    ['-', null],
    ['--aid', '"--aid"'],
  ])('%j', (query, expected) => {
    expect(match(query)).toBe(expected);
  });

  it('a quote inside a word is doubled in the FTS5 string', () => {
    expect(match('NEAR(a"b c)')).not.toContain('a"b');
  });

  it('deep nesting and very long input are cut, not refused', () => {
    expect(() => parseQuery('('.repeat(10_000) + 'aid' + ')'.repeat(10_000))).not.toThrow();
    expect(() => parseQuery('aid '.repeat(5_000))).not.toThrow();
  });

  it('any string parses, and every string in the FTS5 output is a quoted term', () => {
    const alphabet = fc.constantFrom(...'ab "()*-:^+{},/NEARORNOTAND 5ğ'.split(''), 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'tag:', 'in:', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (query) => {
        const { match: m, exclude } = fts(query);
        for (const expr of [m, exclude]) {
          if (!expr) continue;
          // Take out the quoted strings: what is left must be only our operators and punctuation.
          const bare = expr.replace(/"(?:[^"]|"")*"/g, '');
          expect(bare).toMatch(/^(?:[()\s*,]|AND|OR|NOT|NEAR|\d+)*$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
