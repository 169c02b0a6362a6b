/**
 * Agreement between two coders of the same articles: gathers both sides (the open notebook and
 * another notebook opened read-only, a JSON export, or two authors of the open notebook), runs the
 * pure comparison, and "keep theirs" (adopting the other coder's version of a quote).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { AgreementResult, AgreementSource, CoderSummary } from '../../shared/agreement/api';
import { codedArticles } from '../../shared/agreement/coded';
import { compareCoders } from '../../shared/agreement/compare';
import type { ArticleFile, NotebookFile, Quote } from '../../shared/model';
import { parseJsonExport } from '../export/importJson';
import { NotebookStore } from '../store';
import { StoreError } from '../store/errors';
import type { NotebookSession } from '../services/session';

interface Side {
  name: string;
  notebook: Pick<NotebookFile, 'actors' | 'tags'>;
  articles: readonly ArticleFile[];
}

/** The other coder's notebook or export, read without changing it. */
async function otherSide(session: NotebookSession, source: Exclude<AgreementSource, { kind: 'authors' }>): Promise<Side> {
  if (source.kind === 'export') {
    let text = source.text;
    if (text === undefined) {
      const file = source.file!;
      if (!path.isAbsolute(file)) throw new UserError('invalid-input', `"${file}" is not a full path. Give the full path of the JSON export.`);
      text = await fs.readFile(file, 'utf8').catch(() => {
        throw new UserError('not-found', `Cannot read ${file}: there is no such file.`);
      });
    }
    const parsed = parseJsonExport(text);
    const own = session.store.notebook().name;
    // Two notebooks made from one export share its name: then the file tells them apart.
    const name = parsed.notebook.name && parsed.notebook.name !== own ? parsed.notebook.name : source.file ? path.basename(source.file) : 'the export';
    return { name, notebook: parsed.notebook, articles: parsed.articles };
  }
  const dir = path.resolve(source.dir);
  if (path.resolve(session.store.dir) === dir) throw new UserError('invalid-input', 'That is the open notebook itself. Choose the other coder’s notebook, or compare two authors of this one.');
  let store: NotebookStore;
  try {
    store = await NotebookStore.open(dir, { readOnly: true });
  } catch (error) {
    if (error instanceof StoreError) throw new UserError('not-found', `Cannot open the other notebook at ${dir}: ${error.message}`);
    throw error;
  }
  try {
    const notebook = store.notebook();
    const own = session.store.notebook().name;
    return { name: notebook.name && notebook.name !== own ? notebook.name : path.basename(dir), notebook, articles: store.articles() };
  } finally {
    await store.close();
  }
}

/** The authors recorded on the open notebook's confirmed quotes, most quotes first. */
export function listCoders(session: NotebookSession): CoderSummary[] {
  const coders = new Map<string, CoderSummary>();
  for (const file of session.store.articles()) {
    for (const q of file.quotes) {
      if (!q.author || q.status !== 'confirmed') continue;
      const entry = coders.get(q.author.id) ?? { id: q.author.id, name: q.author.name || q.author.id, quotes: 0 };
      entry.quotes++;
      coders.set(q.author.id, entry);
    }
  }
  return [...coders.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** Compares my coding with another coder's. */
export async function compareAgreement(session: NotebookSession, input: ParsedInputOf<'agreement:compare'>): Promise<AgreementResult> {
  const mineNotebook = session.store.notebook();
  let mineFiles: readonly ArticleFile[] = session.store.articles();
  if (input.articleId) mineFiles = [session.articleFile(input.articleId)];
  const { source } = input;

  if (source.kind === 'authors') {
    if (source.mine === source.theirs) throw new UserError('invalid-input', 'Choose two different coders to compare.');
    const coders = listCoders(session);
    const name = (id: string) => {
      const coder = coders.find((c) => c.id === id);
      if (!coder) throw new UserError('not-found', `No quote in this notebook was marked by the coder "${id}". Quotes record their author from Quotebook's live notebook on.`);
      return coder.name;
    };
    const [mineName, theirsName] = [name(source.mine), name(source.theirs)];
    const by = (id: string) => (q: Quote) => q.author?.id === id;
    const report = compareCoders(
      codedArticles(mineFiles, mineNotebook.actors, mineNotebook.tags, by(source.mine)),
      codedArticles(mineFiles, mineNotebook.actors, mineNotebook.tags, by(source.theirs)),
    );
    const withoutAuthor = mineFiles.reduce((n, f) => n + f.quotes.filter((q) => q.status === 'confirmed' && !q.author).length, 0);
    return { ...report, coders: { mine: mineName, theirs: theirsName }, withoutAuthor };
  }

  const other = await otherSide(session, source);
  const report = compareCoders(codedArticles(mineFiles, mineNotebook.actors, mineNotebook.tags), codedArticles(other.articles, other.notebook.actors, other.notebook.tags));
  if (report.articles.compared === 0) {
    throw new UserError(
      'not-found',
      `None of ${input.articleId ? 'this article' : 'the articles'} is in ${other.name} with the same text, so there is nothing to compare. Both coders must code the same imported articles (e.g. from one JSON export).`,
    );
  }
  return { ...report, coders: { mine: mineNotebook.name || 'This notebook', theirs: other.name }, withoutAuthor: 0 };
}
