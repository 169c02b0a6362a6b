/**
 * Re-importing a JSON export into an empty notebook: every file is migrated to the current
 * schema and validated before anything is written, ids and timestamps are kept, so exporting the
 * new notebook gives the same JSON back.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ArticleFileSchema, NotebookFileSchema, NoteFileSchema, SCHEMA_VERSION, type ArticleFile, type NotebookFile, type NoteFile } from '../../shared/model';
import { JSON_EXPORT_VERSION, JsonExportEnvelopeSchema } from '../../shared/export/json';
import type { ImportJsonOutcome } from '../../shared/export/schemas';
import { UserError } from '../../shared/api/result';
import { migrate, MigrationError, StoreError, type FileFormat } from '../store';
import { checkArticleFile, checkNotebookFile, validateFile } from '../store/validate';
import type { NotebookSession } from '../services/session';

const MAX_BYTES = 500 * 1024 * 1024;

async function readExportFile(file: string): Promise<string> {
  if (!path.isAbsolute(file)) throw new UserError('invalid-input', `"${file}" is not a full path. Give the full path of the JSON export.`);
  const info = await fs.stat(file).catch(() => {
    throw new UserError('not-found', `Cannot read ${file}: there is no such file.`);
  });
  if (!info.isFile()) throw new UserError('invalid-input', `${file} is not a file.`);
  if (info.size > MAX_BYTES) throw new UserError('invalid-input', `${file} is larger than 500 MB, which is more than a Quotebook export holds.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(file));
  } catch {
    throw new UserError('invalid-input', `${file} is not UTF-8 text, so it is not a Quotebook JSON export.`);
  }
}

/** Migrates and validates one file of the export; `where` names it in messages. */
function loadFile<T>(kind: FileFormat, schema: Parameters<typeof validateFile<T>>[0], raw: unknown, where: string): T {
  try {
    const { data } = migrate(kind, raw);
    return validateFile(schema, data, SCHEMA_VERSION, where);
  } catch (error) {
    if (error instanceof MigrationError) {
      throw new UserError('invalid-input', `The export's ${where} cannot be read: ${error.message} It may come from a newer Quotebook; update Quotebook and try again.`);
    }
    if (error instanceof StoreError) throw new UserError('invalid-input', `The export's ${where} is not valid: ${error.message}`);
    throw error;
  }
}

/** Parses and checks a whole export; throws a UserError saying what is wrong, writes nothing. */
export function parseJsonExport(text: string): { notebook: NotebookFile; articles: ArticleFile[]; notes: NoteFile[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError('invalid-input', `This is not valid JSON (${(error as Error).message}), so it is not a Quotebook export.`);
  }
  const envelope = JsonExportEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new UserError('invalid-input', 'This JSON is not a Quotebook export (it lacks "format": "quotebook-export" with a notebook, articles and notes).');
  if (envelope.data.formatVersion > JSON_EXPORT_VERSION) {
    throw new UserError('invalid-input', `This export was made by a newer Quotebook (export format ${envelope.data.formatVersion}). Update Quotebook to import it.`);
  }
  const notebook = loadFile<NotebookFile>('quotebook-notebook', NotebookFileSchema, envelope.data.notebook, 'notebook');
  const articles = envelope.data.articles.map((raw, i) => loadFile<ArticleFile>('quotebook-article', ArticleFileSchema, raw, `article ${i + 1}`));
  const notes = envelope.data.notes.map((raw, i) => loadFile<NoteFile>('quotebook-note', NoteFileSchema, raw, `note ${i + 1}`));
  try {
    checkNotebookFile(notebook);
    articles.forEach(checkArticleFile);
  } catch (error) {
    if (error instanceof StoreError) throw new UserError('invalid-input', `The export is not consistent: ${error.message}`);
    throw error;
  }
  const duplicate = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);
  const dupArticle = duplicate(articles.map((a) => a.article.id));
  if (dupArticle) throw new UserError('invalid-input', `The export holds the article "${dupArticle}" twice; it may have been edited by hand.`);
  const dupQuote = duplicate(articles.flatMap((a) => a.quotes.map((q) => q.id)));
  if (dupQuote) throw new UserError('invalid-input', `The export holds the quote "${dupQuote}" twice; it may have been edited by hand.`);
  const dupNote = duplicate(notes.map((n) => n.note.id));
  if (dupNote) throw new UserError('invalid-input', `The export holds the note "${dupNote}" twice; it may have been edited by hand.`);
  return { notebook, articles, notes };
}

/** Imports a JSON export into the open notebook, which must be empty. */
export async function importJson(session: NotebookSession, input: { text?: string | undefined; file?: string | undefined }): Promise<ImportJsonOutcome> {
  const { store } = session;
  const current = store.notebook();
  const held = store.articles().length + store.notes().length + current.actors.length + current.tags.length;
  if (held > 0) {
    throw new UserError(
      'conflict',
      'A JSON export can only be imported into an empty notebook, and this one already holds articles, notes, actors or tags. Create a new notebook and import there.',
    );
  }
  const parsed = parseJsonExport(input.text ?? (await readExportFile(input.file!)));
  await store.updateNotebook((draft) => {
    // Take over the exported notebook whole (id, name, codebook, settings, unknown fields), so a
    // second export of this notebook is identical to the first.
    for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key];
    Object.assign(draft, structuredClone(parsed.notebook));
  });
  let done = 0;
  try {
    for (const file of parsed.articles) {
      await store.putArticle(file);
      session.reindexArticle(file);
      done++;
    }
    for (const file of parsed.notes) await store.putNote(file);
  } catch (error) {
    throw new UserError(
      'internal',
      `The import stopped after ${done} of ${parsed.articles.length} articles (${(error as Error).message}). The notebook now holds part of the export: delete it, create a new one and import again.`,
    );
  }
  return {
    counts: {
      articles: parsed.articles.length,
      quotes: parsed.articles.reduce((n, a) => n + a.quotes.length, 0),
      actors: parsed.notebook.actors.length,
      tags: parsed.notebook.tags.length,
      notes: parsed.notes.length,
    },
  };
}
