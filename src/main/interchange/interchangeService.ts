/**
 * Exports to the formats other tools read (REFI-QDA `.qdpx`/`.qdc`, GEXF, GraphML) and imports
 * REFI-QDA projects and codebooks. The pure work is in shared/refi and shared/network; this file
 * gathers the notebook, zips, and writes the file or returns it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../shared/api/result';
import { bundleForScope, describeScope, FORMAT_FILES, quotesInScope, safeFileName, ScopeError, type ExportScope } from '../../shared/export';
import type { ExportOutcome } from '../../shared/export/schemas';
import type { NetworkKind, RefiImportOutcome } from '../../shared/interchange/api';
import { buildNetwork } from '../../shared/network/buildNetwork';
import { networkGraphml } from '../../shared/network/graphml';
import { readRefiProject, readCodes } from '../../shared/refi/readProject';
import { checkRefiStructure } from '../../shared/refi/structure';
import { planCodebook, planProject, type ImportContext } from '../../shared/refi/toNotebook';
import { refiCodebook, refiProject } from '../../shared/refi/writeProject';
import { notebookIndex } from '../export/exportService';
import { resolveExportRoot, writeExportFolder } from '../export/exportFolder';
import { newId, sha256 } from '../services/ids';
import type { NotebookSession } from '../services/session';
import { networkGexf } from './networkFiles';
import { openQdpx, packQdpx } from './qdpx';
import { parseXml } from './xmlParse';

/** Names the program in the files it writes (REFI-QDA's `origin`). */
export const ORIGIN = 'Quotebook';

export type InterchangeFormat = 'qdpx' | 'qdc' | 'gexf' | 'graphml';

export interface InterchangeRequest {
  format: InterchangeFormat;
  scope: ExportScope;
  dir?: string | undefined;
  network?: NetworkKind;
  dynamic?: boolean;
}

/** The newest change in what is exported, so an unchanged notebook exports byte for byte the same. */
function lastChange(times: string[]): string {
  return times.reduce((a, b) => (b > a ? b : a), '1970-01-01T00:00:00.000Z');
}

function render(session: NotebookSession, request: InterchangeRequest): { fileName: string; data: string | Uint8Array } {
  const index = notebookIndex(session);
  const { format, scope } = request;
  const base = safeFileName(describeScope(index, scope));
  const extension = FORMAT_FILES[format].extension;
  if (format === 'qdc') {
    if (index.bundle.notebook.tags.length === 0) throw new UserError('invalid-input', 'The codebook is empty: there are no tags to export. Create tags first, or export the project (.qdpx) instead.');
    return { fileName: `${safeFileName(index.bundle.notebook.name || 'Notebook')} codebook${extension}`, data: refiCodebook(index.bundle.notebook, { origin: ORIGIN }) };
  }
  if (format === 'qdpx') {
    const part = bundleForScope(index, scope);
    const now = lastChange([part.notebook.createdAt, ...part.articles.flatMap((f) => [f.article.importedAt, ...f.quotes.map((q) => q.updatedAt)]), ...part.notes.map((n) => n.note.updatedAt)]);
    const files = refiProject(part, { origin: ORIGIN, now });
    return { fileName: `${base}${extension}`, data: packQdpx(files.projectXml, files.sources) };
  }
  const quotes = quotesInScope(index, scope).map(({ quote, article }) => ({ quote, publishedAt: article.article.source.publishedAt }));
  const network = request.network ?? 'actors';
  const graph = buildNetwork(network, quotes, index.bundle.notebook.actors, index.bundle.notebook.tags);
  const what = network === 'actors' ? 'who speaks about whom' : 'actors and tags';
  const fileName = `${base} ${network === 'actors' ? 'actors' : 'actors x tags'}${request.dynamic && format === 'gexf' ? ' over time' : ''}${extension}`;
  if (format === 'gexf') return { fileName, data: networkGexf(graph, request.dynamic ?? false) };
  return { fileName, data: networkGraphml(graph, `Quotebook: ${what} in ${describeScope(index, scope)}`) };
}

/** Exports as asked: into `dir`, or the file's content (base64 for the zipped `.qdpx`). */
export async function runInterchangeExport(session: NotebookSession, request: InterchangeRequest): Promise<ExportOutcome> {
  let file: { fileName: string; data: string | Uint8Array };
  try {
    file = render(session, request);
  } catch (error) {
    if (error instanceof ScopeError) throw new UserError('not-found', error.message);
    throw error;
  }
  const { format } = request;
  const { mediaType } = FORMAT_FILES[format];
  if (!request.dir) {
    const content = typeof file.data === 'string' ? { fileName: file.fileName, mediaType, text: file.data } : { fileName: file.fileName, mediaType, text: '', base64: Buffer.from(file.data).toString('base64') };
    return { format, dir: null, files: [], content, notices: [] };
  }
  const root = await resolveExportRoot(request.dir, session.store.dir);
  const key = `${format}/${request.scope.kind === 'notebook' || format === 'qdc' ? 'notebook' : JSON.stringify(request.scope)}/${request.network ?? ''}${request.dynamic ? '/dynamic' : ''}`;
  const result = await writeExportFolder(root, [{ key: sha256(key).slice(0, 24), folder: '', wantedName: file.fileName }], () => file.data);
  return { format, dir: result.dir, files: result.files, content: null, notices: result.notices };
}

async function readInput(input: { name: string; base64?: string | undefined; file?: string | undefined }): Promise<Uint8Array> {
  if (input.base64 !== undefined) return Buffer.from(input.base64, 'base64');
  const file = input.file!;
  if (!path.isAbsolute(file)) throw new UserError('invalid-input', `"${file}" is not a full path. Give the full path of the .qdpx or .qdc file.`);
  const info = await fs.stat(file).catch(() => null);
  if (!info?.isFile()) throw new UserError('not-found', `Cannot read ${file}: there is no such file.`);
  if (info.size > 700 * 1024 * 1024) throw new UserError('invalid-input', `${file} is larger than 700 MB; Quotebook imports REFI-QDA projects of text sources, which are far smaller.`);
  return fs.readFile(file);
}

const structureNotice = (problems: string[], name: string) =>
  problems.length === 0
    ? []
    : [`“${name}” departs from the REFI-QDA standard in ${problems.length} place${problems.length === 1 ? '' : 's'}; Quotebook read what it could. First: ${problems[0]}.`];

/** Imports a `.qdpx` project or `.qdc` codebook (chosen by the file's extension) into the open notebook. */
export async function importRefi(session: NotebookSession, input: { name: string; base64?: string | undefined; file?: string | undefined }): Promise<RefiImportOutcome> {
  const { store } = session;
  if (store.readOnly) throw new UserError('read-only', `Nothing was imported: ${store.readOnlyReason ?? 'this notebook is open read-only.'}`);
  const name = path.basename(input.file ?? input.name);
  const extension = path.extname(name).toLowerCase();
  if (extension !== '.qdpx' && extension !== '.qdc') throw new UserError('invalid-input', `"${name}" is not a REFI-QDA file: Quotebook imports projects (.qdpx) and codebooks (.qdc).`);
  const bytes = await readInput(input);
  const notebook = store.notebook();
  const ctx: ImportContext = { tags: notebook.tags, actors: notebook.actors, newId, hash: sha256, now: new Date().toISOString() };

  if (extension === '.qdc') {
    let xml: string;
    try {
      xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new UserError('invalid-input', `"${name}" is not UTF-8 text, which the standard requires of a codebook.`);
    }
    const root = parseXml(xml, `"${name}"`);
    if (root.name !== 'CodeBook') throw new UserError('invalid-input', `"${name}" is not a REFI-QDA codebook: it starts with <${root.name}>, not <CodeBook>.`);
    const plan = planCodebook(readCodes(root), ctx);
    if (plan.newTags.length) await store.updateNotebook((draft) => void draft.tags.push(...plan.newTags));
    return { kind: 'codebook', counts: { articles: 0, quotes: 0, tags: plan.newTags.length, actors: 0, notes: 0 }, reusedTags: plan.reused, existingArticles: 0, notices: structureNotice(checkRefiStructure(root, 'codebook'), name) };
  }

  const archive = openQdpx(bytes, name);
  const root = parseXml(archive.projectXml, `project.qde in "${name}"`);
  if (root.name !== 'Project') throw new UserError('invalid-input', `project.qde in "${name}" is not a REFI-QDA project: it starts with <${root.name}>, not <Project>.`);
  const project = readRefiProject(root);
  const texts = new Map<string, string>();
  for (const source of project.sources) {
    const text = source.inlineText ?? (source.plainTextPath ? archive.text(source.plainTextPath) : undefined);
    if (text !== undefined) texts.set(source.guid, text);
  }
  const plan = planProject(project, texts, ctx);
  if (plan.newTags.length || plan.newActors.length) {
    await store.updateNotebook((draft) => {
      draft.tags.push(...plan.newTags);
      draft.actors.push(...plan.newActors);
    });
  }
  let existingArticles = 0;
  let quotes = 0;
  for (const file of plan.articles) {
    const existingId = session.articleWithHash(file.article.contentHash);
    if (existingId) {
      // The same text is already here: add the passages it lacks to that article instead of a copy.
      existingArticles++;
      await session.changeArticle(existingId, (current) => {
        const have = new Set(current.quotes.map((q) => `${q.target.start}:${q.target.end}`));
        const fresh = file.quotes.filter((q) => !have.has(`${q.target.start}:${q.target.end}`)).map((q) => ({ ...q, articleId: existingId }));
        quotes += fresh.length;
        return fresh.length ? { ...current, quotes: [...current.quotes, ...fresh] } : current;
      });
      continue;
    }
    await store.putArticle(file);
    session.reindexArticle(file);
    quotes += file.quotes.length;
  }
  for (const note of plan.notes) await store.putNote(note);
  return {
    kind: 'project',
    counts: { articles: plan.articles.length - existingArticles, quotes, tags: plan.newTags.length, actors: plan.newActors.length, notes: plan.notes.length },
    reusedTags: plan.reused,
    existingArticles,
    notices: [...plan.notices, ...structureNotice(checkRefiStructure(root, 'project'), name)],
  };
}
