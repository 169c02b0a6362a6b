/**
 * `.quotebook-export.json`: the list of files Quotebook wrote into an export folder, with the
 * hash of what it wrote. Only a file listed here, and still holding exactly those bytes, may be
 * replaced by a later export; anything else in the folder belongs to the analyst.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../shared/api/result';
import { hasCode, writeFileDurable } from '../store/fsUtil';

/** The manifest's file name inside an export folder. */
export const MANIFEST_NAME = '.quotebook-export.json';

const EntrySchema = z.object({ key: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), writtenAt: z.string() }).loose();

const ManifestSchema = z
  .object({
    format: z.literal('quotebook-export-manifest'),
    version: z.literal(1),
    files: z.record(z.string(), EntrySchema),
  })
  .loose();

/** One file Quotebook wrote: what it holds (`key`) and the hash of the bytes written. */
export type ManifestEntry = z.infer<typeof EntrySchema>;

/** Path (relative, `/`-separated) → entry. */
export type Manifest = Map<string, ManifestEntry>;

/** Reads the manifest of `root`; an absent one is empty, an unreadable one stops the export. */
export async function readManifest(root: string): Promise<Manifest> {
  const file = path.join(root, MANIFEST_NAME);
  let raw: string;
  try {
    const info = await fs.lstat(file);
    if (!info.isFile()) throw new UserError('conflict', `${file} is not a regular file, so Quotebook cannot tell which files in this folder it wrote. Choose another folder.`);
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (hasCode(err, 'ENOENT')) return new Map();
    throw err;
  }
  let parsed: ReturnType<typeof ManifestSchema.safeParse>;
  try {
    parsed = ManifestSchema.safeParse(JSON.parse(raw));
  } catch {
    parsed = { success: false } as typeof parsed;
  }
  if (!parsed.success) {
    throw new UserError(
      'conflict',
      `${file} is damaged or was not written by this version of Quotebook, so Quotebook cannot tell which files in this folder are its own. Nothing was written. Move that file away, or choose another folder.`,
    );
  }
  return new Map(Object.entries(parsed.data.files).filter(([p]) => isPlainRelative(p)));
}

/** Writes the manifest (entries sorted by path, so it diffs well under version control). */
export async function writeManifest(root: string, manifest: Manifest): Promise<void> {
  const files = Object.fromEntries([...manifest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const body = { format: 'quotebook-export-manifest', version: 1, files };
  await writeFileDurable(path.join(root, MANIFEST_NAME), `${JSON.stringify(body, null, 2)}\n`);
}

/**
 * True for a relative path made of ordinary segments: no absolute path, drive letter, `..`, `.`,
 * empty segment or backslash. A hand-edited manifest must not steer writes out of the folder.
 */
export function isPlainRelative(p: string): boolean {
  if (p === '' || p.includes('\\') || p.includes('\0') || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
