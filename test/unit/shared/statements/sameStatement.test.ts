import { describe, expect, it } from 'vitest';
import { isSameStatement, statementWords } from '../../../../src/shared/statements/sameStatement';

const same = (a: string, b: string) => isSameStatement(statementWords(a), statementWords(b));

const LINE = 'We will not allow China to provide lethal aid to Russia without consequences for the relationship';

describe('statementWords', () => {
  it('ignores quotation-mark style, case, apostrophes, accents, punctuation and spacing', () => {
    expect(statementWords('“We’re   ready,” — Éire’s MINISTER…')).toEqual(['were', 'ready', 'eires', 'minister']);
    expect(statementWords('"we\'re ready", eire\'s minister')).toEqual(['were', 'ready', 'eires', 'minister']);
    expect(statementWords('« Nous sommes prêts »')).toEqual(['nous', 'sommes', 'prets']);
  });
});

describe('isSameStatement', () => {
  it.each([
    ['the same line in other quotation marks and case', `“${LINE}.”`, `"${LINE.toUpperCase()}"`],
    ['one outlet cutting the start', LINE, `«${LINE.split(' ').slice(4).join(' ')}»`],
    ['one outlet cutting the end', LINE, `'${LINE.split(' ').slice(0, 9).join(' ')}'`],
    ['one outlet cutting the start and another the end', LINE.split(' ').slice(2).join(' '), LINE.split(' ').slice(0, -2).join(' ')],
    ['the line inside a longer quote', `${LINE}. We have said so to Beijing many times and we will say it again.`, LINE],
    ['a word changed in a long quote', LINE, LINE.replace('provide', 'supply')],
    ['an ellipsis for a few left-out words in a long quote', LINE, LINE.replace('to Russia without', 'to Russia … without')],
  ])('matches %s', (_what, a, b) => {
    expect(same(a, b)).toBe(true);
    expect(same(b, a)).toBe(true);
  });

  it.each([
    ['a different statement by the same speaker', LINE, 'We will continue to support Ukraine for as long as it takes, whatever the cost'],
    ['two statements sharing a stock phrase', 'We will support Ukraine for as long as it takes, and we will send tanks next month', 'Sanctions will stay in place for as long as it takes, the minister told reporters on Monday'],
    ['“no comment”', 'No comment.', '“No comment,”'],
    ['a line under six words', '“We are ready for this,”', '"We are ready for this"'],
    ['a short line inside a long quote only by its first words', 'We will not allow China', LINE],
    ['a long quote of which only six words match', LINE, 'without consequences for the relationship between us, he warned as talks in Brussels ended without agreement on the next steps'],
  ])('does not match %s', (_what, a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it('links a six-word line once it is all there', () => {
    expect(same('“Talks will resume next week, surely.”', 'He said talks will resume next week, surely, and left')).toBe(true);
  });
});
