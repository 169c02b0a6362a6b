/**
 * Verified snapshots of a notebook's data files in `backups/<timestamp>-<reason>/`.
 * A snapshot is assembled in a hidden `.tmp-…` folder and only renamed to its final name after its
 * manifest is written and every file has been re-read and matched against its sha256, so a listed
 * backup is one we have actually seen intact. Listing re-verifies, because a backup that rotted on
 * disk is worse than none when someone is about to restore it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BackupError } from './errors';
import { fileTimestamp, fsyncDir, hasCode, mapLimit, readdirOrEmpty, readFileFast, sha256, writeFileDurable } from './fsUtil';
import { ARTICLES_DIR, BACKUPS_DIR, DATA_FILE_RE, NOTEBOOK_FILE, NOTES_DIR, RELATIVE_DATA_PATH_RE, absPath } from './paths';
import { backupTime, backupsToKeep, countBackupFiles, type BackupCounts } from './backupPolicy';

export const DEFAULT_KEEP = 10;
const MANIFEST = 'manifest.json';
const IO_CONCURRENCY = 32;
const BACKUP_ID_RE = /^\d{4}-\d{2}-\d{2}T[\d-]+\.\d{3}Z-[a-z0-9-]+$/;

const ManifestSchema = z.object({
  format: z.literal('quotebook-backup'),
  id: z.string().regex(BACKUP_ID_RE),
  reason: z.string(),
  createdAt: z.string(),
  files: z.array(z.object({ path: z.string().regex(RELATIVE_DATA_PATH_RE), size: z.number().int().nonnegative(), sha256: z.string().length(64) })),
  /** Missing in backups made before counts were recorded; then counted from the files. */
  counts: z.object({ articles: z.number(), quotes: z.number(), notes: z.number(), actors: z.number(), tags: z.number() }).optional(),
});
type Manifest = z.infer<typeof ManifestSchema>;

export interface BackupInfo {
  id: string;
  reason: string;
  createdAt: string;
  fileCount: number;
  totalBytes: number;
  /** What the backup holds: articles, quotes, notes, actors, tags. */
  counts: BackupCounts;
}

export interface CreateBackupOptions {
  /** How many complete backups to keep after this one is made. */
  keep?: number | undefined;
  /** Test seam: runs after the snapshot is written and before it is verified. */
  beforeVerify?: (snapshotDir: string) => Promise<void>;
}

/** Notebook-relative paths of every data file: notebook.json, articles/*.json, notes/*.json. */
export async function listDataFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  if ((await readdirOrEmpty(dir)).includes(NOTEBOOK_FILE)) files.push(NOTEBOOK_FILE);
  for (const sub of [ARTICLES_DIR, NOTES_DIR]) {
    for (const name of (await readdirOrEmpty(path.join(dir, sub))).sort()) {
      if (DATA_FILE_RE.test(name)) files.push(`${sub}/${name}`);
    }
  }
  return files;
}

function slug(reason: string): string {
  return reason.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'manual';
}

function toInfo(m: Manifest, counts: BackupCounts): BackupInfo {
  return { id: m.id, reason: m.reason, createdAt: m.createdAt, fileCount: m.files.length, totalBytes: m.files.reduce((n, f) => n + f.size, 0), counts };
}

function addCounts(into: BackupCounts, more: BackupCounts): void {
  for (const key of Object.keys(into) as (keyof BackupCounts)[]) into[key] += more[key];
}

async function writeSynced(file: string, data: Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync(); // the point of a backup is to survive what the live files did not
  } finally {
    await handle.close();
  }
}

/** Snapshot the notebook's data files now; returns the verified backup. */
export async function createBackup(dir: string, reason: string, opts: CreateBackupOptions = {}): Promise<BackupInfo> {
  const backupsDir = path.join(dir, BACKUPS_DIR);
  await fs.mkdir(backupsDir, { recursive: true }).catch((err: Error) => {
    throw new BackupError(`The backup could not be made: ${err.message}`);
  });
  const createdAt = await nextTimestamp(dir);
  let id = `${fileTimestamp(createdAt)}-${slug(reason)}`;
  for (let n = 2; (await readdirOrEmpty(backupsDir)).includes(id); n++) id = `${fileTimestamp(createdAt)}-${slug(reason)}-${n}`;

  const tmpDir = path.join(backupsDir, `.tmp-${id}`);
  const counts = countBackupFiles([]);
  try {
    await fs.mkdir(path.join(tmpDir, ARTICLES_DIR), { recursive: true });
    await fs.mkdir(path.join(tmpDir, NOTES_DIR), { recursive: true });
    const copied = await mapLimit(await listDataFiles(dir), IO_CONCURRENCY, async (rel) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFileFast(absPath(dir, rel));
      } catch (err) {
        if (hasCode(err, 'ENOENT')) return null; // deleted since listing: not part of this snapshot
        throw err;
      }
      await writeSynced(absPath(tmpDir, rel), bytes);
      addCounts(counts, countBackupFiles([[rel, bytes]]));
      return { path: rel, size: bytes.length, sha256: sha256(bytes) };
    });
    const manifest: Manifest = {
      format: 'quotebook-backup',
      id,
      reason,
      createdAt: createdAt.toISOString(),
      files: copied.filter((f) => f !== null),
      counts,
    };
    await fsyncDir(path.join(tmpDir, ARTICLES_DIR));
    await fsyncDir(path.join(tmpDir, NOTES_DIR));
    await writeFileDurable(path.join(tmpDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await opts.beforeVerify?.(tmpDir);
    const failures = await verifySnapshot(tmpDir, manifest);
    if (failures.length) {
      throw new BackupError(`The backup "${id}" could not be verified (${failures.slice(0, 3).join('; ')}); it was discarded. Check the disk for errors and free space.`);
    }
    await fs.rename(tmpDir, path.join(backupsDir, id));
    await fsyncDir(backupsDir);
  } catch (err) {
    await fs.rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
    if (err instanceof BackupError) throw err;
    throw new BackupError(`The backup could not be made: ${(err as Error).message}`);
  }
  await rotateBackups(dir, opts.keep ?? DEFAULT_KEEP);
  return toInfo((await readManifest(path.join(backupsDir, id))) as Manifest, counts);
}

/**
 * Now, or 1 ms after the newest existing snapshot if the clock has not moved on (or went back):
 * ids then sort in creation order, which rotation and "newest backup" rely on.
 */
async function nextTimestamp(dir: string): Promise<Date> {
  const now = new Date();
  const newest = (await snapshotIds(dir))[0];
  if (!newest) return now;
  const t = backupTime(newest);
  return Number.isNaN(t) || t < now.getTime() ? now : new Date(t + 1);
}

async function readManifest(snapshotDir: string): Promise<Manifest | null> {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(await fs.readFile(path.join(snapshotDir, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Problems found when matching a snapshot's files against its manifest (empty = verified). */
async function verifySnapshot(snapshotDir: string, manifest: Manifest): Promise<string[]> {
  const results = await mapLimit(manifest.files, IO_CONCURRENCY, async (f) => {
    try {
      const bytes = await readFileFast(absPath(snapshotDir, f.path));
      if (bytes.length !== f.size) return `${f.path}: size ${bytes.length}, expected ${f.size}`;
      if (sha256(bytes) !== f.sha256) return `${f.path}: content does not match its checksum`;
      return null;
    } catch (err) {
      return `${f.path}: ${hasCode(err, 'ENOENT') ? 'missing' : (err as Error).message}`;
    }
  });
  return results.filter((r): r is string => r !== null);
}

/** The backup if its manifest is intact and every file matches; otherwise null. */
export async function verifyBackup(dir: string, id: string): Promise<BackupInfo | null> {
  if (!BACKUP_ID_RE.test(id)) return null;
  const snapshotDir = path.join(dir, BACKUPS_DIR, id);
  const manifest = await readManifest(snapshotDir);
  if (!manifest || manifest.id !== id) return null;
  if ((await verifySnapshot(snapshotDir, manifest)).length) return null;
  return toInfo(manifest, manifest.counts ?? countBackupFiles(await readBackupFiles(dir, id)));
}

/** Ids of finished snapshots, newest first (timestamps sort lexically). */
export async function snapshotIds(dir: string): Promise<string[]> {
  return (await readdirOrEmpty(path.join(dir, BACKUPS_DIR))).filter((n) => BACKUP_ID_RE.test(n)).sort().reverse();
}

/** Verified backups, newest first. Unverifiable ones are left on disk but not offered. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const infos = await Promise.all((await snapshotIds(dir)).map((id) => verifyBackup(dir, id)));
  return infos.filter((i): i is BackupInfo => i !== null);
}

/** The newest verified backup, checking newest first and stopping at the first good one. */
export async function newestVerifiedBackup(dir: string): Promise<BackupInfo | null> {
  for (const id of await snapshotIds(dir)) {
    const info = await verifyBackup(dir, id);
    if (info) return info;
  }
  return null;
}

/**
 * The newest verified backup that has a copy of `rel` (a notebook-relative data path): a backup
 * taken after a file was moved aside does not hold it, so "the newest backup" is not the answer.
 */
export async function newestBackupHolding(dir: string, rel: string): Promise<BackupInfo | null> {
  for (const id of await snapshotIds(dir)) {
    const manifest = await readManifest(path.join(dir, BACKUPS_DIR, id));
    if (!manifest?.files.some((f) => f.path === rel)) continue;
    const info = await verifyBackup(dir, id);
    if (info) return info;
  }
  return null;
}

/**
 * Keep the newest `keep` snapshots and the newest of each of the last weeks (backupPolicy.ts);
 * remove the others and leftovers of interrupted backups.
 * Only the lock holder makes backups, so a `.tmp-` folder here is never one still being written.
 */
export async function rotateBackups(dir: string, keep: number, now = new Date()): Promise<string[]> {
  const backupsDir = path.join(dir, BACKUPS_DIR);
  const removed: string[] = [];
  for (const name of await readdirOrEmpty(backupsDir)) {
    if (name.startsWith('.tmp-')) {
      await fs.rm(path.join(backupsDir, name), { recursive: true, force: true });
    }
  }
  const ids = await snapshotIds(dir);
  const kept = backupsToKeep(ids, keep, now);
  for (const id of ids.filter((i) => !kept.has(i))) {
    await fs.rm(path.join(backupsDir, id), { recursive: true, force: true });
    removed.push(id);
  }
  return removed;
}

/** Read a verified backup's files (for restore); throws if it does not verify. */
export async function readBackupFiles(dir: string, id: string): Promise<Map<string, Uint8Array>> {
  const snapshotDir = path.join(dir, BACKUPS_DIR, id);
  const manifest = BACKUP_ID_RE.test(id) ? await readManifest(snapshotDir) : null;
  if (!manifest) throw new BackupError(`There is no usable backup "${id}" in this notebook.`);
  const files = new Map<string, Uint8Array>();
  await mapLimit(manifest.files, IO_CONCURRENCY, async (f) => {
    const bytes = await readFileFast(absPath(snapshotDir, f.path)).catch(() => null);
    if (!bytes || bytes.length !== f.size || sha256(bytes) !== f.sha256) {
      throw new BackupError(`The backup "${id}" is damaged (${f.path} does not match its checksum) and cannot be restored. Choose an older backup.`);
    }
    files.set(f.path, bytes);
  });
  return files;
}
