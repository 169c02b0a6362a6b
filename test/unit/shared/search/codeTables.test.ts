/** Code tables: tag × tag by quote, overlap and article; × speaker, outlet, month; cells keep their quotes; CSV. */
import { describe, expect, it } from 'vitest';
import { codeTable, codeTableCsv, type CodeTable } from '../../../../src/shared/search/codeTables';
import type { Actor, ArticleFile, Quote, Tag } from '../../../../src/shared/model';
import { makeArticleFile, makeQuote } from '../../../helpers/storeFixtures';

const tags: Tag[] = [
  { id: 't_threat', name: 'threat', parentId: null, colour: '', description: '' },
  { id: 't_aid', name: 'aid', parentId: null, colour: '', description: '' },
  { id: 't_econ', name: 'economy', parentId: null, colour: '', description: '' },
];
const actors: Actor[] = [{ id: 'a_s', name: 'Stoltenberg', kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour: '' }];

function quote(articleId: string, id: string, start: number, end: number, tagIds: string[], extra: Partial<Quote> = {}): Quote {
  return { ...makeQuote(articleId, id, undefined, start, end), tagIds, ...extra };
}
function article(id: string, outlet: string, date: string, quotes: Quote[]): ArticleFile {
  const file = makeArticleFile(id, { quotes });
  return { ...file, article: { ...file.article, source: { ...file.article.source, outlet, publishedAt: date } } };
}

const files = [
  article('a1', 'Reuters', '2024-03-05', [
    quote('a1', 'q1', 0, 20, ['t_threat', 't_aid'], { speakerId: 'a_s' }),
    quote('a1', 'q2', 10, 30, ['t_econ']),
    quote('a1', 'q3', 50, 60, ['t_aid'], { status: 'suggested' }),
  ]),
  article('a2', 'AP', '2024-04-01', [quote('a2', 'q4', 0, 10, ['t_threat']), quote('a2', 'q5', 40, 50, ['t_econ'], { speakerId: 'a_s' })]),
];

const cell = (table: CodeTable, row: string, column: string) => table.cells.find((c) => c.row === row && c.column === column);

describe('code tables', () => {
  it('tag × tag in the same quote (suggested quotes left out)', () => {
    const t = codeTable(files, tags, actors, { columns: 'tag', together: 'quote' });
    expect(cell(t, 't_threat', 't_aid')).toMatchObject({ count: 1, quoteIds: ['q1'] });
    expect(cell(t, 't_aid', 't_aid')).toMatchObject({ count: 1, quoteIds: ['q1'] });
    expect(cell(t, 't_threat', 't_econ')).toBeUndefined();
  });

  it('tag × tag in overlapping quotes and in the same article', () => {
    const overlap = codeTable(files, tags, actors, { columns: 'tag', together: 'overlap' });
    expect(cell(overlap, 't_threat', 't_econ')).toMatchObject({ count: 1, quoteIds: ['q1', 'q2'] });
    expect(cell(overlap, 't_econ', 't_aid')).toMatchObject({ count: 1 });
    const article = codeTable(files, tags, actors, { columns: 'tag', together: 'article' });
    expect(cell(article, 't_threat', 't_econ')).toMatchObject({ count: 2 });
    expect(cell(article, 't_threat', 't_econ')!.quoteIds.sort()).toEqual(['q1', 'q2', 'q4', 'q5']);
  });

  it('tag × speaker, × outlet and × month', () => {
    const bySpeaker = codeTable(files, tags, actors, { columns: 'speaker', together: 'quote' });
    expect(bySpeaker.columns.map((c) => c.label)).toEqual(['(no speaker)', 'Stoltenberg']);
    expect(cell(bySpeaker, 't_econ', 'a_s')).toMatchObject({ count: 1, quoteIds: ['q5'] });
    const byOutlet = codeTable(files, tags, actors, { columns: 'outlet', together: 'quote' });
    expect(cell(byOutlet, 't_threat', 'Reuters')?.count).toBe(1);
    expect(cell(byOutlet, 't_threat', 'AP')?.count).toBe(1);
    const byMonth = codeTable(files, tags, actors, { columns: 'month', together: 'quote' });
    expect(byMonth.columns.map((c) => c.id)).toEqual(['2024-03', '2024-04']);
  });

  it('exports as CSV with zeros for empty cells and formulas defused', () => {
    const t = codeTable(files, [...tags, { id: 't_eq', name: '=SUM(A1)', parentId: null, colour: '', description: '' }], actors, { columns: 'outlet', together: 'quote' });
    const csv = codeTableCsv(t);
    expect(csv.split('\r\n')[0]).toBe(',AP,Reuters');
    expect(csv).toContain('threat,1,1');
    expect(csv).toContain("'=SUM(A1),0,0");
  });
});
