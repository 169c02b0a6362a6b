/**
 * `quotebook import FILE|DIR... [--title T] [--json]`: imports files and folders (every supported
 * file inside, recursively); a REFI-QDA project (.qdpx) or codebook (.qdc) named on its own is
 * imported whole (articles, codes, quotes, memos). Each file is imported on its own, so one bad file is reported and the
 * others still go in. Failures go to stderr, one line each; the exit code is 1 when any failed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FailedFile, ImportedFile } from '../../shared/import/operations';
import { isImportableName, MAX_IMPORT_BYTES, SUPPORTED_FORMATS, tooLargeReason } from '../import/limits';
import { CliError } from './cliError';
import type { Caller, CliContext } from './context';
import { withNotebook } from './context';
import { printJson } from './problemNotice';

interface Found {
  files: string[];
  failed: FailedFile[];
}

/** Every importable file under `dir`, sorted, skipping hidden files and folders. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && isImportableName(entry.name)) out.push(path);
  }
  return out;
}

/** Expands folders; a missing path or an empty folder is a failure of its own. */
export async function expandPaths(paths: string[]): Promise<Found> {
  const found: Found = { files: [], failed: [] };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) found.failed.push({ file: path, error: `"${path}" does not exist: no such file or folder.` });
    else if (info.isDirectory()) {
      const files = await walk(path);
      if (files.length === 0) found.failed.push({ file: path, error: `The folder "${path}" holds no files Quotebook imports (${SUPPORTED_FORMATS}).` });
      found.files.push(...files);
    } else found.files.push(path);
  }
  return found;
}

/** True for REFI-QDA projects and codebooks, which `import` hands to notebook:importRefi. */
export const isRefiFile = (path: string) => /\.(qdpx|qdc)$/i.test(path);

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Imports a REFI-QDA project or codebook and says what came in. */
async function importRefiFile(ctx: CliContext, call: Caller, path: string): Promise<{ imported: number; failed?: FailedFile }> {
  try {
    const outcome = await call('notebook:importRefi', { name: path, file: resolve(path) });
    const c = outcome.counts;
    if (ctx.json) printJson(ctx, { file: path, ...outcome });
    else {
      const what =
        outcome.kind === 'codebook'
          ? `${count(c.tags, 'new tag')}${outcome.reusedTags ? ` (${outcome.reusedTags} already in the codebook)` : ''}`
          : `${count(c.articles, 'article')} (${count(c.quotes, 'quote')}), ${count(c.tags, 'tag')}, ${count(c.actors, 'actor')} and ${count(c.notes, 'note')}` +
            (outcome.existingArticles ? `; ${count(outcome.existingArticles, 'article')} already here got their passages added` : '');
      ctx.io.out(`Imported the ${outcome.kind} ${path}: ${what}.`);
      for (const notice of outcome.notices) ctx.io.out(`Note: ${notice}`);
    }
    return { imported: 1 };
  } catch (error) {
    if (error instanceof CliError) return { imported: 0, failed: { file: path, error: error.message } };
    throw error;
  }
}

/** Imports one file; the size is checked before reading so a huge file is never loaded. */
export async function importOne(call: Caller, path: string, title: string | undefined): Promise<{ imported?: ImportedFile; failed?: FailedFile }> {
  const info = await stat(path);
  if (info.size > MAX_IMPORT_BYTES) return { failed: { file: path, error: `"${path}" ${tooLargeReason(info.size)}` } };
  const bytes = await readFile(path);
  const report = await call('articles:import', { files: [{ name: path, base64: bytes.toString('base64'), ...(title ? { title } : {}) }] });
  if (report.failed[0]) return { failed: { file: path, error: report.failed[0].error } };
  return { imported: { ...report.imported[0]!, file: path } };
}

export async function importCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { title: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new CliError('Say what to import: quotebook import FILE|DIR... [--title T] [--json]', 2);
  const found = await expandPaths(positionals);
  if (values.title && found.files.length !== 1) throw new CliError('--title can only be used when importing a single file.', 2);
  const imported: ImportedFile[] = [];
  const failed = [...found.failed];
  if (found.files.length) {
    await withNotebook(ctx, async (call) => {
      for (const path of found.files) {
        if (isRefiFile(path)) {
          const result = await importRefiFile(ctx, call, path);
          if (result.failed) failed.push(result.failed);
          continue;
        }
        const result = await importOne(call, path, values.title);
        if (result.imported) {
          imported.push(result.imported);
          if (!ctx.json) ctx.io.out(`${result.imported.duplicateOf ? 'Already in the notebook' : 'Imported'}  ${result.imported.id}  ${result.imported.title}  (${path})`);
        } else if (result.failed) failed.push(result.failed);
      }
    });
  }
  for (const failure of failed) ctx.io.err(`quotebook: ${failure.error}`);
  if (ctx.json) {
    printJson(ctx, { imported: imported.map(({ file, id, title, duplicateOf }) => ({ file, id, title, duplicate: duplicateOf !== null })), failed });
  } else if (found.files.length + found.failed.length > 1) {
    const duplicates = imported.filter((i) => i.duplicateOf).length;
    ctx.io.out(`${imported.length - duplicates} imported, ${duplicates} already in the notebook, ${failed.length} failed.`);
  }
  if (failed.length) throw new CliError(`${failed.length} of ${found.files.length + found.failed.length} could not be imported (see above).`, 1);
}
