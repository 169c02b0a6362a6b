/**
 * What the search index holds for each file of a notebook: one row per article paragraph (and
 * one for its title and source), per quote (its words and comment), per note, and per actor (name
 * and aliases). Rows are plain values, so they can be compared to update only what changed.
 */
import type { ArticleFile, NotebookFile, NoteFile } from '../../shared/model';
import type { SearchKind } from '../../shared/search/fields';
import { notePlainText } from '../../shared/editor/noteContent';
import type { DocRef } from '../../shared/sync/docNames';

export interface IndexRow {
  kind: SearchKind;
  id: string;
  /** The article holding the row ('' for notes and actors). */
  articleId: string;
  /** Where the row's text starts in the article (-1: the article's title row; 0 for notes and actors). */
  at: number;
  title: string;
  body: string;
  extra: string;
}

/** The index's name for a file: every row of the file is stored under it. */
export function ownerOf(ref: DocRef): string {
  return ref.kind === 'notebook' ? 'notebook' : `${ref.kind}:${ref.id}`;
}

/** The key that identifies a row within its file (to keep unchanged rows when the file changes). */
export const rowKey = (row: Pick<IndexRow, 'kind' | 'id' | 'at'>) => `${row.kind}\u0000${row.id}\u0000${row.at}`;

function paragraphs(file: ArticleFile): { start: number; text: string }[] {
  const { text, blocks } = file.article;
  if (blocks.length) return blocks.map((b) => ({ start: b.start, text: text.slice(b.start, b.end) }));
  const out: { start: number; text: string }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

export function articleRows(file: ArticleFile): IndexRow[] {
  const { article } = file;
  const base = { articleId: article.id, title: '', extra: '' };
  const rows: IndexRow[] = [
    {
      ...base,
      kind: 'article',
      id: article.id,
      at: -1,
      title: article.title,
      body: '',
      extra: [article.section, article.source.outlet, ...article.source.authors].filter(Boolean).join(' · '),
    },
  ];
  for (const p of paragraphs(file)) if (p.text.trim()) rows.push({ ...base, kind: 'article', id: article.id, at: p.start, body: p.text });
  for (const q of file.quotes) rows.push({ ...base, kind: 'quote', id: q.id, at: q.target.start, body: q.target.exact, extra: q.comment });
  return rows;
}

export function noteRows(file: NoteFile): IndexRow[] {
  const { note } = file;
  return [{ kind: 'note', id: note.id, articleId: '', at: 0, title: note.title, body: notePlainText(note.content), extra: '' }];
}

export function notebookRows(file: NotebookFile): IndexRow[] {
  return file.actors.map((a) => ({
    kind: 'actor' as const,
    id: a.id,
    articleId: '',
    at: 0,
    title: a.name,
    body: a.aliases.join(' · '),
    extra: [a.role, a.description].filter(Boolean).join(' · '),
  }));
}
