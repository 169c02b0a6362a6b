/**
 * Importing: files (any supported format), pasted content and the sample article become articles;
 * the analyst can then correct their metadata. The same text imported twice is recognised by its
 * content hash and not stored again. Imports run one at a time per notebook, so two copies of a
 * file in one batch cannot both slip past the duplicate check.
 */
import { readFile } from 'node:fs/promises';
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { ArticleDraft } from '../../shared/import/metadata';
import { cleanLine, normaliseDate, safeHttpUrl } from '../../shared/import/metadata';
import type { FailedFile, ImportedFile, ImportReport } from '../../shared/import/operations';
import { guessTextMetadata } from '../../shared/import/textMetadata';
import { SCHEMA_VERSION, type ArticleFile, type ArticleSummary, type Block } from '../../shared/model';
import { normaliseText } from '../../shared/text/normalise';
import { draftFromPlainText, finishDraft } from '../import';
import { parseInWorker } from '../untrusted';
import { findSampleArticle, SAMPLE_FILE_NAME } from '../import/sample';
import { StoreError } from '../store/errors';
import { summarise } from './articlesService';
import { newId, sha256 } from './ids';
import type { NotebookSession } from './session';

const queues = new WeakMap<NotebookSession, Promise<unknown>>();

/** Runs `work` after every import already queued for this notebook. */
function serial<T>(session: NotebookSession, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(session) ?? Promise.resolve()).then(work);
  queues.set(session, run.catch(() => undefined));
  return run;
}

function assertWritable(session: NotebookSession): void {
  if (session.store.readOnly) {
    throw new UserError('read-only', `Nothing was imported: ${session.store.readOnlyReason ?? 'this notebook is open read-only.'}`);
  }
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Saves a draft as a new article, unless an article with the same text exists. */
async function saveDraft(session: NotebookSession, draft: ArticleDraft, origin: { name: string; sha256: string }): Promise<{ article: ArticleSummary; duplicateOf: string | null }> {
  const contentHash = sha256(draft.text);
  const existing = session.articleWithHash(contentHash);
  if (existing) return { article: summarise(session.articleFile(existing)), duplicateOf: existing };
  const file: ArticleFile = {
    format: 'quotebook-article',
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: newId('art'),
      title: draft.title,
      section: draft.section,
      source: { ...draft.source },
      language: draft.language,
      importedAt: new Date().toISOString(),
      origin: { name: cleanLine(baseName(origin.name)), sha256: origin.sha256 },
      text: draft.text,
      blocks: draft.blocks,
      contentHash,
    },
    quotes: [],
  };
  await session.store.putArticle(file);
  session.reindexArticle(file);
  return { article: summarise(file), duplicateOf: null };
}

const reported = (file: string, saved: { article: ArticleSummary; duplicateOf: string | null }): ImportedFile => ({
  file,
  id: saved.article.id,
  title: saved.article.title,
  duplicateOf: saved.duplicateOf,
  article: saved.article,
});

/**
 * Plain text handed over by a caller (`articles:createFromText`): read like a text file, with the
 * caller's title, section and source taking precedence over what the first lines suggest.
 */
export function createFromText(session: NotebookSession, input: ParsedInputOf<'articles:createFromText'>): Promise<{ article: ArticleSummary; duplicateOf: string | null }> {
  assertWritable(session);
  const draft = draftFromPlainText(input.text);
  if (draft.text.trim() === '') {
    throw new UserError('invalid-input', `${input.fileName ? `"${input.fileName}"` : 'The text'} is empty: there is nothing to import.`);
  }
  if (input.title?.trim()) draft.title = cleanLine(input.title);
  if (input.section !== undefined) draft.section = cleanLine(input.section);
  draft.source = { ...draft.source, ...input.source };
  const finished = finishDraft(draft, input.fileName ?? '', false);
  return serial(session, () => saveDraft(session, finished, { name: input.fileName ?? '', sha256: sha256(input.text) }));
}

/** Imports each file on its own: one failure is reported and the others still import. */
export function importFiles(session: NotebookSession, input: ParsedInputOf<'articles:import'>): Promise<ImportReport> {
  assertWritable(session);
  return serial(session, async () => {
    const imported: ImportedFile[] = [];
    const failed: FailedFile[] = [];
    for (const file of input.files) {
      try {
        const bytes = file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : Buffer.from(file.text ?? '', 'utf8');
        const draft = await parseInWorker(file.name, bytes);
        if (file.title?.trim()) draft.title = cleanLine(file.title);
        imported.push(reported(file.name, await saveDraft(session, draft, { name: file.name, sha256: sha256(bytes) })));
      } catch (error) {
        if (error instanceof UserError || error instanceof StoreError) failed.push({ file: file.name, error: error.message });
        else failed.push({ file: file.name, error: `"${file.name}" could not be imported because of an error inside Quotebook (${error instanceof Error ? error.message : String(error)}).` });
      }
    }
    return { imported, failed };
  });
}

/** True when `blocks` are ordered, non-overlapping, non-empty ranges inside `text`. */
function validBlocks(text: string, blocks: readonly Block[]): boolean {
  let end = 0;
  return blocks.every((block) => {
    const ok = block.start >= end && block.end > block.start && block.end <= text.length;
    end = block.end;
    return ok;
  });
}

/** Pasted content: HTML already reduced to text + blocks by the page (inertly), or plain text. */
export function importPasted(session: NotebookSession, input: ParsedInputOf<'articles:importPasted'>): Promise<ImportedFile> {
  assertWritable(session);
  const name = input.name?.trim() || 'Pasted from the clipboard';
  let draft: ArticleDraft;
  if (input.blocks && input.blocks.length > 0) {
    if (normaliseText(input.text) !== input.text || !validBlocks(input.text, input.blocks)) {
      throw new UserError('invalid-input', 'The pasted content could not be read. Paste it again, or paste it as plain text.');
    }
    const guessed = guessTextMetadata(input.text, input.blocks);
    draft = { text: guessed.text, blocks: guessed.blocks, title: guessed.title, section: guessed.section, source: { outlet: '', url: '', authors: guessed.authors, publishedAt: guessed.publishedAt }, language: '' };
  } else {
    draft = draftFromPlainText(input.text);
  }
  if (draft.text.trim() === '') throw new UserError('invalid-input', 'The clipboard holds no text to make an article from. Copy the article in your browser or editor first.');
  const finished = finishDraft(draft, 'Pasted article', false);
  return serial(session, async () => reported(name, await saveDraft(session, finished, { name, sha256: sha256(input.text) })));
}

/** The sample article shipped with Quotebook (opens the existing copy if it was imported before). */
export async function importSample(session: NotebookSession): Promise<ImportedFile> {
  assertWritable(session);
  const path = findSampleArticle();
  if (!path) throw new UserError('not-found', 'The sample article is missing from this installation of Quotebook. Import one of your own articles instead.');
  const report = await importFiles(session, { files: [{ name: SAMPLE_FILE_NAME, base64: (await readFile(path)).toString('base64') }] });
  if (report.failed[0]) throw new UserError('internal', report.failed[0].error);
  return report.imported[0]!;
}

/** Names exactly as the analyst typed them (not re-split like a byline), without blanks or repeats. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => cleanLine(name)).filter((name) => name !== '' && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

/** Changes an article's metadata; its text, blocks and quotes are untouched. */
export async function updateMetadata(session: NotebookSession, input: ParsedInputOf<'articles:updateMetadata'>): Promise<ArticleSummary> {
  assertWritable(session);
  const { patch } = input;
  if (patch.url !== undefined && patch.url !== '' && !safeHttpUrl(patch.url)) {
    throw new UserError('invalid-input', `"${patch.url.slice(0, 100)}" is not a web address. Enter an address starting with http:// or https://, or leave it empty.`);
  }
  if (patch.publishedAt !== undefined && patch.publishedAt !== '' && !normaliseDate(patch.publishedAt)) {
    throw new UserError('invalid-input', `"${patch.publishedAt}" is not a date Quotebook understands. Use the form 2023-02-21.`);
  }
  // In the import queue (a title change must not race a duplicate check) and in the article's
  // write queue (a quote saved meanwhile is kept).
  return serial(session, async () => {
    const saved = await session.changeArticle(input.id, (previous) => {
      const { article } = previous;
      return {
        ...previous,
        article: {
          ...article,
          ...(patch.title !== undefined ? { title: cleanLine(patch.title) } : {}),
          ...(patch.section !== undefined ? { section: cleanLine(patch.section) } : {}),
          ...(patch.language !== undefined ? { language: patch.language } : {}),
          source: {
            ...article.source,
            ...(patch.outlet !== undefined ? { outlet: cleanLine(patch.outlet) } : {}),
            ...(patch.url !== undefined ? { url: patch.url } : {}),
            ...(patch.authors !== undefined ? { authors: uniqueNames(patch.authors) } : {}),
            ...(patch.publishedAt !== undefined ? { publishedAt: normaliseDate(patch.publishedAt) } : {}),
          },
        },
      };
    });
    return summarise(saved);
  });
}
