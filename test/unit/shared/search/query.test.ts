/**
 * Reading what an analyst types: the syntax that is there is understood, and whatever is not
 * syntax (stray quotes, parentheses, operators with nothing beside them, FTS5's own syntax) is
 * read as words — the FTS5 expression never carries anything we did not put there.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQueryTree } from '../../../../src/shared/search/query';
import { planQuery } from '../../../../src/shared/search/plan';
import { toFts5 } from '../../../../src/shared/search/fts5';

/** The query as one search (what a query without fields inside an OR or NOT is). */
const parseQuery = (q: string) => {
  const { branches } = planQuery(q);
  expect(branches.length).toBeLessThanOrEqual(1);
  return branches[0] ?? { text: null, fields: [] };
};
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
    expect(parsed.fields).toHaveLength(9);
    expect(parsed.fields).toEqual(expect.arrayContaining([
      { field: 'speaker', value: 'Jens Stoltenberg', negated: false },
      { field: 'tag', value: 'economy', negated: true },
      { field: 'tag', value: 'threats/warning', negated: false },
      { field: 'kind', value: 'direct', negated: false },
      { field: 'in', value: 'quotes', negated: false },
      { field: 'after', value: '2024-03', negated: false },
      { field: 'before', value: '2025', negated: false },
      { field: 'outlet', value: 'reuters', negated: false },
      { field: 'about', value: 'china', negated: false },
    ]));
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

describe('fields inside OR and NOT', () => {
  /** Each branch as its FTS5 words and its fields, e.g. ['"aid"', '-tag:x speaker:y']. */
  const branches = (q: string) =>
    planQuery(q).branches.map((b) => {
      const { match: m, exclude } = toFts5(b.text);
      return [m ?? (exclude ? `NOT ${exclude}` : null), b.fields.map((f) => `${f.negated ? '-' : ''}${f.field}:${f.value}`).join(' ')];
    });

  it.each([
    ['speaker:putin OR speaker:erdogan', [[null, 'speaker:putin'], [null, 'speaker:erdogan']]],
    ['tag:threat OR baltic', [[null, 'tag:threat'], ['"baltic"', '']]],
    ['(speaker:putin OR about:nato) sanctions', [['"sanctions"', 'speaker:putin'], ['"sanctions"', 'about:nato']]],
    ['aid (tag:a OR (b c))', [['"aid"', 'tag:a'], ['("aid" AND ("b" AND "c"))', '']]],
    ['in:notes OR kind:direct', [[null, 'in:notes'], [null, 'kind:direct']]],
    // NOT goes through the group: not (a or b) is neither; not (a and b) is either one missing.
    ['aid NOT (speaker:a OR speaker:b)', [['"aid"', '-speaker:a -speaker:b']]],
    ['-(tag:threat kind:direct)', [[null, '-tag:threat'], [null, '-kind:direct']]],
    ['-(tag:threat baltic)', [[null, '-tag:threat'], ['NOT "baltic"', '']]],
    // Words in their own group stay one FTS5 expression beside the fields.
    ['(aid OR arms) tag:x -tag:y', [['("aid" OR "arms")', 'tag:x -tag:y']]],
    ['speaker:putin OR', [[null, 'speaker:putin']]],
    ['OR tag:x OR', [[null, 'tag:x']]],
  ])('%s', (query, expected) => {
    expect(branches(query)).toEqual(expected);
  });

  it('fields at the top level stay one search, as before', () => {
    expect(branches('baltic speaker:putin -tag:x')).toEqual([['"baltic"', 'speaker:putin -tag:x']]);
  });

  it('past 16 combinations the fields narrow the whole search, and a notice says so', () => {
    const plan = planQuery('(tag:a OR tag:b) (tag:c OR tag:d) (tag:e OR tag:f) (tag:g OR tag:h) (tag:i OR tag:j) aid');
    expect(plan.branches).toHaveLength(1);
    expect(plan.branches[0]!.fields).toHaveLength(10);
    expect(toFts5(plan.branches[0]!.text).match).toBe('"aid"');
    expect(plan.notices.join(' ')).toContain('more than 16 ways');
    expect(planQuery('(tag:a OR tag:b) (tag:c OR tag:d) (tag:e OR tag:f) (tag:g OR tag:h)').branches).toHaveLength(16);
  });

  it('the tree keeps a field where it was typed', () => {
    expect(parseQueryTree('tag:x OR aid')).toEqual({
      type: 'or',
      any: [{ type: 'field', field: 'tag', value: 'x' }, { type: 'term', text: 'aid', phrase: false, prefix: false }],
    });
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
    expect(() => planQuery('(tag:a OR tag:b) '.repeat(500))).not.toThrow();
  });

  it('any string parses, and every string in the FTS5 output is a quoted term', () => {
    const alphabet = fc.constantFrom(...'ab "()*-:^+{},/NEARORNOTAND 5ğ'.split(''), 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'tag:', 'in:', 'speaker:x', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (query) => {
        const { branches } = planQuery(query);
        expect(branches.length).toBeLessThanOrEqual(16);
        for (const expr of branches.flatMap((b) => Object.values(toFts5(b.text)))) {
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
