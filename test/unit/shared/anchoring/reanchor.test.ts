import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorTarget, anchorTargets } from '../../../../src/shared/anchoring/reanchor';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { samplePath } from '../../../helpers/cliRunner';

const article = readFileSync(samplePath, 'utf8');
const quote = 'Putin must not win.';
const start = article.indexOf(quote);
const target = describeRange(article, start, start + quote.length);
const placed = (text: string, t = target) => {
  const result = anchorTarget(text, t);
  return { status: result.status, text: text.slice(result.start, result.end) };
};

describe('anchorTarget', () => {
  it.each([
    ['the text is unchanged', article, 'exact', quote],
    ['a paragraph was added before the quote', `An editor’s note was added.\n\n${article}`, 'exact', quote],
    ['a word was inserted right before the quote (its left edge)', article.replace('“Putin must', '“Indeed, Putin must'), 'exact', quote],
    ['a word was inserted right after the quote (its right edge)', article.replace('win. That', 'win. Really. That'), 'exact', quote],
    ['curly quotes became straight ones around it', article.replaceAll('“', '"').replaceAll('”', '"'), 'exact', quote],
    ['its last character changed', article.replace('Putin must not win.', 'Putin must not win!'), 'fuzzy', 'Putin must not win!'],
    ['its first letter was deleted (an edit at the mark’s left edge)', article.replace('“Putin must', '“utin must'), 'fuzzy', 'utin must not win.'],
    ['a word inside it changed', article.replace('Putin must not win.', 'Putin must never win.'), 'fuzzy', 'Putin must never win.'],
  ])('places the quote when %s', (_case, text, status, words) => {
    expect(placed(text)).toEqual({ status, text: words });
  });

  it('orphans the quote when its sentence is gone', () => {
    expect(placed(article.replace('Putin must not win. ', '')).status).toBe('orphaned');
  });

  it('orphans the quote when it was rewritten beyond recognition', () => {
    expect(placed(article.replace('Putin must not win.', 'Moscow cannot be allowed to prevail.')).status).toBe('orphaned');
  });

  it('prefers the occurrence whose context matches when the words occur twice', () => {
    const words = 'Ukraine';
    const second = article.indexOf(words, article.indexOf(words) + 1);
    const t = describeRange(article, second, second + words.length);
    const moved = `Ukraine, Ukraine.\n\n${article}`;
    const result = anchorTarget(moved, t);
    expect(result.start).toBe(second + 'Ukraine, Ukraine.\n\n'.length);
    expect(result.status).toBe('exact');
  });

  it('finds a long quote whose middle was lightly edited anywhere in the text', () => {
    const long = 'But privately, as I said, we’ve seen already over these past months the provision of non-lethal assistance';
    const at = article.indexOf(long);
    const t = describeRange(article, at, at + long.length);
    const edited = 'x'.repeat(5000) + article.replace('over these past months', 'over the past few months');
    expect(placed(edited, t)).toEqual({ status: 'fuzzy', text: long.replace('over these past months', 'over the past few months') });
  });
});

describe('anchorTargets', () => {
  it('places many quotes, shifting later expectations by earlier moves', () => {
    const words = ['Putin must not win.', 'China is trying to have it both ways', 'The U.S. is in no position to tell China what to do.'];
    const targets = words.map((w) => describeRange(article, article.indexOf(w), article.indexOf(w) + w.length));
    const text = `Update: new paragraph.\n\n${article.replace('both ways', 'both ways,')}`;
    const results = anchorTargets(text, targets);
    expect(results.map((r) => [r.status, text.slice(r.start, r.end)])).toEqual(words.map((w) => ['exact', w]));
  });
});
