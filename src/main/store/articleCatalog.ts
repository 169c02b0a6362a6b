/**
 * The article catalog: what the library list shows about each article (its summary), kept with
 * the size, modification time and inode of the file it was made from, so that a notebook of
 * 10,000 articles can show its library without reading 10,000 files first.
 *
 * It is derived data, like the search index: it lives in the user's cache folder (never in the
 * notebook, so backups, sync and copies of the notebook never carry a catalog that describes
 * another machine's files), is rebuilt when missing or unreadable, and is never trusted beyond its
 * stamps: an entry whose file's size, mtime or inode differs is ignored and that file is read.
 * Every save renames a new file over the old one, so a save always changes the inode.
 */
import { statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import type { ArticleFile, ArticleSummary } from '../../shared/model';
import { countWords } from '../../shared/text/normalise';
import { cacheRoot } from '../search/cacheLocation';
import { writeFileDurable } from './fsUtil';

const FORMAT = 'quotebook-article-catalog';
const VERSION = 1;

/** What identifies one state of a file on this machine. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface CatalogEntry extends FileStamp {
  summary: ArticleSummary;
}

/** Drops the text for list views; counts stay useful in the library. */
export function summariseArticle(file: ArticleFile): ArticleSummary {
  const { text, blocks: _blocks, ...rest } = file.article;
  return { ...rest, quoteCount: file.quotes.length, wordCount: countWords(text) };
}

/** The catalog file of the notebook in `notebookDir` (beside its search index in the cache). */
export function catalogPath(notebookDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = createHash('sha256').update(resolve(notebookDir)).digest('hex').slice(0, 32);
  return join(cacheRoot(env), 'catalog', `${key}.json`);
}

/**
 * The file's stamp now; null when it is gone. Synchronous on purpose: 10,000 `stat` calls through
 * the thread pool take twice as long as in a plain loop.
 */
export function stampOf(file: string): FileStamp | null {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino } : null;
}

export const sameStamp = (a: FileStamp, b: FileStamp | null): boolean => b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;

/** Stamps of many files, yielding to other work every few hundred so requests keep being answered. */
export async function stampsOf(files: readonly string[]): Promise<Array<FileStamp | null>> {
  const stamps: Array<FileStamp | null> = [];
  for (let i = 0; i < files.length; i++) {
    if (i && i % 500 === 0) await new Promise((done) => setImmediate(done));
    stamps.push(stampOf(files[i] as string));
  }
  return stamps;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A plausible entry for `id`; anything else in the file is ignored (and rebuilt). */
function isEntry(id: string, v: unknown): v is CatalogEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<CatalogEntry>;
  const s = e.summary as Partial<ArticleSummary> | undefined;
  return isNumber(e.size) && isNumber(e.mtimeMs) && isNumber(e.ino) && typeof s === 'object' && s !== null && s.id === id && typeof s.title === 'string' && isNumber(s.quoteCount);
}

/** The saved catalog; empty when it is missing, unreadable or made for another folder. */
export async function readCatalog(file: string, notebookDir: string): Promise<Map<string, CatalogEntry>> {
  const entries = new Map<string, CatalogEntry>();
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return entries; // absent or damaged: it is only a cache, the files are read instead
  }
  const doc = raw as { format?: unknown; version?: unknown; notebookDir?: unknown; entries?: unknown };
  if (doc?.format !== FORMAT || doc.version !== VERSION || doc.notebookDir !== resolve(notebookDir)) return entries;
  if (typeof doc.entries !== 'object' || doc.entries === null) return entries;
  for (const [id, entry] of Object.entries(doc.entries)) if (isEntry(id, entry)) entries.set(id, entry);
  return entries;
}

/** Saves the catalog durably (a crash leaves the old one or the new one, never half of one). */
export async function writeCatalog(file: string, notebookDir: string, entries: ReadonlyMap<string, CatalogEntry>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const doc = { format: FORMAT, version: VERSION, notebookDir: resolve(notebookDir), entries: Object.fromEntries(entries) };
  await writeFileDurable(file, JSON.stringify(doc));
}
