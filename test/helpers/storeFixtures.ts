/** Small valid notebook files for store tests (also bundled into the kill-test child). */
import { SCHEMA_VERSION, type ArticleFile, type NoteFile, type Quote } from '../../src/shared/model';

const TEXT =
  'The minister said on Tuesday that "we will not send lethal aid", according to officials. ' +
  'Critics replied that the decision "changes nothing on the ground".';

export function makeArticleFile(id: string, opts: { title?: string; text?: string; quotes?: Quote[] } = {}): ArticleFile {
  const text = opts.text ?? TEXT;
  return {
    format: 'quotebook-article',
    schemaVersion: SCHEMA_VERSION,
    article: {
      id,
      title: opts.title ?? `Article ${id}`,
      section: '',
      source: { outlet: 'Test Times', url: `https://example.org/${id}`, authors: ['A. Writer'], publishedAt: '2024-05-01' },
      language: 'en',
      importedAt: '2024-05-02T10:00:00.000Z',
      origin: { name: `${id}.html`, sha256: 'f'.repeat(64) },
      text,
      blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
      contentHash: 'sha256:' + 'a'.repeat(64),
    },
    quotes: opts.quotes ?? [],
  };
}

/** A quote over `[start, end)` of `text`, with selectors computed like the real anchoring does. */
export function makeQuote(articleId: string, id: string, text: string = TEXT, start = 37, end = 61): Quote {
  return {
    id,
    articleId,
    target: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      start,
      end,
    },
    kind: 'direct',
    speakerId: null,
    aboutIds: [],
    tagIds: [],
    comment: '',
    status: 'confirmed',
    cue: 'said',
    createdAt: '2024-05-02T10:05:00.000Z',
    updatedAt: '2024-05-02T10:05:00.000Z',
  };
}

/** A copy of `file` with one more quote: what "save a quote" does. */
export function withQuote(file: ArticleFile, quoteId: string): ArticleFile {
  const next = structuredClone(file);
  next.quotes.push(makeQuote(file.article.id, quoteId, file.article.text));
  return next;
}

export function makeNoteFile(id: string, title = `Note ${id}`): NoteFile {
  return {
    format: 'quotebook-note',
    schemaVersion: SCHEMA_VERSION,
    note: {
      id,
      title,
      content: { root: { children: [], type: 'root', version: 1 } },
      createdAt: '2024-05-02T11:00:00.000Z',
      updatedAt: '2024-05-02T11:00:00.000Z',
    },
  };
}
