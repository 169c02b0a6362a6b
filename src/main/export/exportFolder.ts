/**
 * Writing an export into a folder the analyst chose, safely:
 * - nothing is written outside that folder (paths are checked segment by segment, and no
 *   symbolic link inside it is followed);
 * - a file is replaced only when the manifest says Quotebook wrote it and it still holds exactly
 *   what Quotebook wrote; every other file is left alone and the export takes a free name;
 * - names are settled before anything is rendered, so links between files use the final names.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../../shared/export/schemas';
import { nameKey } from '../../shared/export/fileNames';
import { UserError } from '../../shared/api/result';
import { fsyncDir, hasCode, sha256 } from '../store/fsUtil';
import { isPlainRelative, MANIFEST_NAME, readManifest, writeManifest, type Manifest } from './manifest';

/** A file the export wants to write: what it holds (`key`), its folder and its preferred name. */
export interface FileToWrite {
  key: string;
  /** Sub-folder, `/`-separated, '' for the export folder itself. */
  folder: string;
  /** Preferred file name (already a safe single segment). */
  wantedName: string;
}

/** What writing the folder did. */
export interface FolderResult {
  dir: string;
  files: ExportedFile[];
  notices: string[];
}

type Decision = { path: string; existing: { sha256: string } | null };

/** Writes overlapping at once: enough to hide disk latency, few enough not to exhaust file handles. */
const WRITES_IN_FLIGHT = 8;

/** The export folder, created if needed, as a real absolute path; never inside the notebook. */
export async function resolveExportRoot(dir: string, notebookDir: string): Promise<string> {
  if (!path.isAbsolute(dir)) {
    throw new UserError('invalid-input', `"${dir}" is not a full path. Give the folder's full path, for example ${path.join(path.parse(process.cwd()).root, 'Users', 'you', 'Exports')}.`);
  }
  const wanted = path.resolve(dir);
  try {
    await fs.mkdir(wanted, { recursive: true });
  } catch (err) {
    throw new UserError('invalid-input', `Cannot create the folder ${wanted} (${(err as Error).message}). Choose a folder you can write to.`);
  }
  const root = await fs.realpath(wanted);
  if (!(await fs.stat(root)).isDirectory()) throw new UserError('invalid-input', `${wanted} is a file, not a folder. Choose a folder.`);
  const notebook = await fs.realpath(notebookDir).catch(() => path.resolve(notebookDir));
  const inside = path.relative(notebook, root);
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) {
    throw new UserError('invalid-input', `${wanted} is inside the notebook folder itself. Choose a folder outside the notebook for exports.`);
  }
  return root;
}

/** Joins a checked relative path to `root`; anything that could leave the folder is refused. */
export function insideRoot(root: string, relative: string): string {
  const full = path.resolve(root, ...relative.split('/'));
  const back = path.relative(root, full);
  if (!isPlainRelative(relative) || back === '' || back.startsWith('..') || path.isAbsolute(back)) {
    throw new UserError('internal', `Refused to write "${relative}": it is not inside the export folder.`);
  }
  return full;
}

/** Makes `folder` under `root`, refusing to go through a symbolic link or a file. */
async function ensureFolder(root: string, folder: string): Promise<void> {
  let current = root;
  for (const segment of folder ? folder.split('/') : []) {
    current = path.join(current, segment);
    try {
      const info = await fs.lstat(current);
      if (info.isSymbolicLink() || !info.isDirectory()) {
        throw new UserError('conflict', `${current} is a link or a file, not a folder, so Quotebook will not write into it. Move it away or choose another export folder.`);
      }
    } catch (err) {
      if (!hasCode(err, 'ENOENT')) throw err;
      await fs.mkdir(current);
    }
  }
}

/** The hash of a regular file, `null` when absent, `'other'` for a link, folder or device. */
async function fileHash(full: string): Promise<string | null | 'other'> {
  try {
    const info = await fs.lstat(full);
    if (!info.isFile()) return 'other';
    return sha256(await fs.readFile(full));
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return null;
    throw err;
  }
}

async function namesIn(root: string, folder: string, cache: Map<string, Set<string>>): Promise<Set<string>> {
  let names = cache.get(folder);
  if (!names) {
    const entries = await fs.readdir(folder ? path.join(root, ...folder.split('/')) : root).catch((err) => (hasCode(err, 'ENOENT', 'ENOTDIR') ? [] : Promise.reject(err)));
    names = new Set(entries.map(nameKey));
    cache.set(folder, names);
  }
  return names;
}

/** Settles the path of every file: its own earlier file when untouched, else a free name. */
async function decide(root: string, files: FileToWrite[], manifest: Manifest, notices: string[]): Promise<Map<string, Decision>> {
  const byKey = new Map([...manifest].map(([p, entry]) => [entry.key, p]));
  const claimed = new Set([...manifest.keys()].map(nameKey));
  const listings = new Map<string, Set<string>>();
  const decisions = new Map<string, Decision>();
  for (const file of files) {
    const previous = byKey.get(file.key);
    const previousFolder = previous?.includes('/') ? previous.slice(0, previous.lastIndexOf('/')) : '';
    let edited = false;
    if (previous && previousFolder === file.folder) {
      const hash = await fileHash(insideRoot(root, previous));
      if (hash === null || hash === manifest.get(previous)!.sha256) {
        decisions.set(file.key, { path: previous, existing: hash === null ? null : { sha256: hash } });
        continue;
      }
      // The analyst changed (or replaced) our file since the last export: it is theirs now.
      manifest.delete(previous);
      edited = true;
    }
    const taken = await namesIn(root, file.folder, listings);
    const dot = file.wantedName.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [file.wantedName.slice(0, dot), file.wantedName.slice(dot)] : [file.wantedName, ''];
    const relativeOf = (name: string) => (file.folder ? `${file.folder}/${name}` : name);
    let foreign = false;
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem} (${n})`}${ext}`;
      const relative = relativeOf(name);
      if (claimed.has(nameKey(relative)) || name === MANIFEST_NAME) continue;
      if (taken.has(nameKey(name))) {
        foreign ||= n === 1;
        continue;
      }
      claimed.add(nameKey(relative));
      taken.add(nameKey(name));
      decisions.set(file.key, { path: relative, existing: null });
      if (edited) notices.push(`${previous} was changed outside Quotebook since the last export, so it was left as it is; this export wrote ${relative}.`);
      else if (foreign) notices.push(`${relativeOf(file.wantedName)} was not written by Quotebook, so it was left as it is; this export wrote ${relative}.`);
      break;
    }
  }
  return decisions;
}

/** Creates `full` with `data` only if nothing is there: a hard link of a finished temp file is atomic. */
async function createExclusive(full: string, data: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(full), `.qb-export-${randomBytes(6).toString('hex')}.tmp`);
  await fs.writeFile(tmp, data, { flag: 'wx' });
  try {
    await fs.link(tmp, full);
  } catch (err) {
    if (hasCode(err, 'EEXIST')) throw new UserError('conflict', `${full} appeared while exporting; it was left alone. Export again to write it under another name.`);
    if (!hasCode(err, 'EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV', 'EMLINK')) throw err;
    // File systems without hard links (FAT, some network shares): exclusive create still refuses to replace.
    await fs.writeFile(full, data, { flag: 'wx' });
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Replaces our own earlier file: temp file + rename, so a crash leaves the old or the new bytes. */
async function replaceOwn(full: string, data: Buffer): Promise<void> {
  const tmp = path.join(path.dirname(full), `.qb-export-${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, full).catch(async (err) => {
    await fs.rm(tmp, { force: true });
    throw err;
  });
}

/**
 * Writes `files` into `root`. `render` gets the final path of every key and returns the text of
 * one file; it runs after all names are settled. The manifest is written even if a write fails.
 */
export async function writeExportFolder(root: string, files: FileToWrite[], render: (key: string, paths: ReadonlyMap<string, string>) => string | Uint8Array): Promise<FolderResult> {
  const manifest = await readManifest(root);
  const notices: string[] = [];
  const decisions = await decide(root, files, manifest, notices);
  const paths = new Map([...decisions].map(([key, d]) => [key, d.path]));
  const written: ExportedFile[] = new Array(files.length);
  const touchedFolders = new Set<string>();
  const readyFolders = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  try {
    // Rendering is CPU work done one file at a time; the writes overlap (a few at once).
    for (const [i, file] of files.entries()) {
      const decision = decisions.get(file.key)!;
      const rendered = render(file.key, paths);
      const data = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : Buffer.from(rendered.buffer, rendered.byteOffset, rendered.byteLength);
      const hash = sha256(data);
      const full = insideRoot(root, decision.path);
      if (decision.existing?.sha256 === hash) {
        written[i] = { path: decision.path, status: 'unchanged' };
        continue;
      }
      if (!readyFolders.has(file.folder)) {
        await ensureFolder(root, file.folder);
        readyFolders.add(file.folder);
      }
      const write = (async () => {
        if (decision.existing) await replaceOwn(full, data);
        else await createExclusive(full, data);
        touchedFolders.add(path.dirname(full));
        manifest.set(decision.path, { key: file.key, sha256: hash, writtenAt: new Date().toISOString() });
        written[i] = { path: decision.path, status: decision.existing ? 'updated' : 'created' };
      })();
      inFlight.add(write);
      void write.then(
        () => inFlight.delete(write),
        () => inFlight.delete(write),
      );
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    for (const folder of touchedFolders) await fsyncDir(folder);
    await writeManifest(root, manifest);
  }
  return { dir: root, files: written.filter(Boolean), notices };
}
