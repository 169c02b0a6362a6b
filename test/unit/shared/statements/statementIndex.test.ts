import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT_QUOTES, StatementIndex, type StatementQuoteInput } from '../../../../src/shared/statements/statementIndex';

const LINE = 'We will not allow China to provide lethal aid to Russia without consequences for the relationship';

let next = 0;
const quote = (articleId: string, exact: string, speakerId: string | null = 'act_blinken', status: 'confirmed' | 'suggested' = 'confirmed'): StatementQuoteInput => ({
  id: `q${++next}`,
  articleId,
  speakerId,
  status,
  target: { exact },
});
const file = (id: string, ...quotes: StatementQuoteInput[]) => ({ article: { id }, quotes });
const ids = (quotes: { id: string }[]) => quotes.map((q) => q.id);

describe('StatementIndex', () => {
  it('links the same line carried by three outlets into one statement, whichever quote one starts from', () => {
    const reuters = quote('art_reuters', `“${LINE},” Blinken said.`.slice(1, -15));
    const bbc = quote('art_bbc', `"${LINE.split(' ').slice(3).join(' ')}"`);
    const ap = quote('art_ap', `‘${LINE.toLowerCase()}’`, null);
    const index = new StatementIndex();
    index.sync([file('art_reuters', reuters), file('art_bbc', bbc), file('art_ap', ap)]);
    for (const start of [reuters, bbc, ap]) {
      const statement = index.statementOf(start.id);
      expect(statement[0]!.id).toBe(start.id);
      expect(new Set(ids(statement))).toEqual(new Set([reuters.id, bbc.id, ap.id]));
    }
    expect(ids(index.matchesOf(reuters.id))).toEqual([bbc.id, ap.id].sort());
  });

  it('keeps a different statement by the same speaker, another speaker’s line and a line in the same article apart', () => {
    const line = quote('art_a', LINE);
    const other = quote('art_b', 'We will continue to support Ukraine for as long as it takes, whatever the cost');
    const otherSpeaker = quote('art_c', LINE, 'act_wang');
    const sameArticle = quote('art_a', LINE);
    const index = new StatementIndex();
    index.sync([file('art_a', line, sameArticle), file('art_b', other), file('art_c', otherSpeaker)]);
    expect(ids(index.statementOf(line.id))).toEqual([line.id]);
    expect(ids(index.statementOf(otherSpeaker.id))).toEqual([otherSpeaker.id]);
  });

  it('does not let a quote without a speaker join two speakers’ lines into one statement', () => {
    const blinken = quote('art_a', LINE, 'act_blinken');
    const nobody = quote('art_b', LINE, null);
    const wang = quote('art_c', LINE, 'act_wang');
    const index = new StatementIndex();
    index.sync([file('art_a', blinken), file('art_b', nobody), file('art_c', wang)]);
    expect(ids(index.statementOf(blinken.id))).toEqual([blinken.id, nobody.id]);
    expect(ids(index.statementOf(wang.id))).toEqual([wang.id, nobody.id]);
  });

  it('leaves out short generic lines and suggestions', () => {
    const index = new StatementIndex();
    const a = quote('art_a', '“No comment,” a spokesman said.'.slice(1, 12));
    const b = quote('art_b', 'No comment');
    const suggested = quote('art_c', LINE, 'act_blinken', 'suggested');
    const confirmed = quote('art_d', LINE);
    index.sync([file('art_a', a), file('art_b', b), file('art_c', suggested), file('art_d', confirmed)]);
    expect(index.statementOf(a.id)).toEqual([]);
    expect(ids(index.statementOf(confirmed.id))).toEqual([confirmed.id]);
    expect(index.size).toBe(1);
  });

  it('finds accepted quotes in other articles that say a suggestion’s words', () => {
    const accepted = quote('art_a', LINE);
    const index = new StatementIndex();
    index.sync([file('art_a', accepted)]);
    expect(ids(index.matchText(`“${LINE.slice(12)}”`, 'art_b', null))).toEqual([accepted.id]);
    expect(index.matchText(LINE, 'art_a', null)).toEqual([]);
    expect(index.matchText(LINE, 'art_b', 'act_wang')).toEqual([]);
  });

  it('follows changes: a changed article is indexed again, a removed one is dropped, an unchanged one is kept as it is', () => {
    const a = quote('art_a', LINE);
    const b = quote('art_b', LINE);
    const fileA = file('art_a', a);
    const index = new StatementIndex();
    index.sync([fileA, file('art_b', b)]);
    expect(ids(index.statementOf(a.id))).toEqual([a.id, b.id]);

    index.sync([fileA, file('art_b', { ...b, speakerId: 'act_wang' })]);
    expect(ids(index.statementOf(a.id))).toEqual([a.id]);

    index.sync([fileA, file('art_b', b)]);
    expect(ids(index.statementOf(a.id))).toEqual([a.id, b.id]);

    index.sync([fileA]);
    expect(ids(index.statementOf(a.id))).toEqual([a.id]);
    expect(index.get(b.id)).toBeUndefined();
  });

  it('treats a line in more quotes than a statement may gather as boilerplate, linking none of them', () => {
    const slogan = 'Make our country great and strong again for all of us';
    const files = Array.from({ length: MAX_STATEMENT_QUOTES + 1 }, (_, n) => file(`art_${n}`, quote(`art_${n}`, slogan)));
    const index = new StatementIndex();
    index.sync(files);
    expect(ids(index.statementOf(files[0]!.quotes[0]!.id))).toEqual([files[0]!.quotes[0]!.id]);
    index.sync(files.slice(0, 3));
    expect(index.statementOf(files[0]!.quotes[0]!.id)).toHaveLength(3);
  });
});
