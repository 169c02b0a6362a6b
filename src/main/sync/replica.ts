/**
 * The notebook's live state: the shared (Yjs) documents kept beside its JSON files in `sync/`.
 * Documents are loaded when first needed and evicted when idle (their state is on disk), so a
 * 10,000-article notebook opens without reading 10,000 logs.
 *
 * Which wins when the JSON file and the shared document disagree: the JSON file, when it is not a
 * file Quotebook wrote (each log record names the hash of the file it materialises to) — a
 * restored backup or a hand edit is taken as an edit made on this replica and synced to the
 * others; quotes missing from it are deleted (recoverably), not lost. When the file is one
 * Quotebook wrote and the document is newer (a crash between the two writes), the document wins.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseDocName } from '../../shared/sync/docNames';
import type { Author } from '../../shared/model';
import { hasCode, writeFileDurable } from '../store/fsUtil';
import { DocLog } from './docLog';
import { SharedDoc } from './sharedDoc';

export const SYNC_DIR = 'sync';
const DOCS_DIR = 'docs';
const REPLICA_FILE = 'replica.json';
/** Loaded documents kept in memory beyond those in use (the rest are reloaded from disk). */
const KEEP_LOADED = 64;

export interface ReplicaInfo {
  format: 'quotebook-replica';
  /** Stable id of this copy of the notebook. */
  replicaId: string;
  /** Who edits through this copy (asked once; `sync join --name` sets it). */
  author: Author;
  createdAt: string;
}

export class Replica {
  readonly #docs = new Map<string, SharedDoc>();
  readonly #loading = new Map<string, Promise<SharedDoc>>();
  /** Documents in use by a window or a sync peer: never evicted. */
  readonly #pinned = new Map<string, number>();

  private constructor(
    readonly dir: string,
    public info: ReplicaInfo,
    /** True when `sync/` did not exist before this open (an older notebook, now migrated). */
    readonly created: boolean,
  ) {}

  /** Opens (creating when missing) the replica state of the notebook in `dir`. */
  static async open(dir: string, defaults: { author?: Author } = {}): Promise<Replica> {
    const file = path.join(dir, SYNC_DIR, REPLICA_FILE);
    let info: ReplicaInfo | null = null;
    try {
      info = JSON.parse(await fs.readFile(file, 'utf8')) as ReplicaInfo;
    } catch (error) {
      if (!hasCode(error, 'ENOENT') && !(error instanceof SyntaxError)) throw error;
    }
    const created = !info;
    if (!info || !info.author?.id) {
      info = {
        format: 'quotebook-replica',
        replicaId: info?.replicaId ?? newId('r'),
        author: defaults.author ?? { id: newId('a'), name: defaultAuthorName() },
        createdAt: info?.createdAt ?? new Date().toISOString(),
      };
      await fs.mkdir(path.join(dir, SYNC_DIR, DOCS_DIR), { recursive: true });
      await writeFileDurable(file, `${JSON.stringify(info, null, 2)}\n`);
    }
    return new Replica(dir, info, created);
  }

  get author(): Author {
    return this.info.author;
  }

  /** Changes the name (and keeps the id) recorded on this replica's edits. */
  async setAuthor(author: Author): Promise<void> {
    this.info = { ...this.info, author };
    await writeFileDurable(path.join(this.dir, SYNC_DIR, REPLICA_FILE), `${JSON.stringify(this.info, null, 2)}\n`);
  }

  /** The loaded document, if it is in memory. */
  loaded(name: string): SharedDoc | undefined {
    return this.#docs.get(name);
  }

  /** Loads the document from its log (once, even when asked twice at the same time). */
  async load(name: string): Promise<{ shared: SharedDoc; fresh: boolean }> {
    const existing = this.#docs.get(name);
    if (existing) {
      existing.lastUsed = Date.now();
      return { shared: existing, fresh: false };
    }
    let loading = this.#loading.get(name);
    if (!loading) {
      loading = this.#read(name);
      this.#loading.set(name, loading);
    }
    try {
      const shared = await loading;
      const fresh = !this.#docs.has(name);
      this.#docs.set(name, shared);
      this.#evictIdle();
      return { shared, fresh };
    } finally {
      this.#loading.delete(name);
    }
  }

  async #read(name: string): Promise<SharedDoc> {
    const ref = parseDocName(name);
    if (!ref) throw new Error(`"${name}" is not the name of a notebook document.`);
    const log = new DocLog(this.logPath(name));
    const shared = new SharedDoc(name, ref, log);
    const stored = await log.load();
    shared.replay(stored.updates, stored.recentHashes);
    return shared;
  }

  /** Forgets the in-memory document (e.g. after a failed save left memory ahead of disk). */
  evict(name: string): void {
    const shared = this.#docs.get(name);
    if (!shared) return;
    this.#docs.delete(name);
    shared.dispose();
  }

  /** Keeps `name` loaded while something (a window, a sync peer) uses it. */
  pin(name: string): () => void {
    this.#pinned.set(name, (this.#pinned.get(name) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const count = (this.#pinned.get(name) ?? 1) - 1;
      if (count <= 0) this.#pinned.delete(name);
      else this.#pinned.set(name, count);
    };
  }

  /** Names of every document with a log on disk. */
  async storedNames(): Promise<string[]> {
    let entries: string[] = [];
    try {
      entries = await fs.readdir(path.join(this.dir, SYNC_DIR, DOCS_DIR));
    } catch (error) {
      if (!hasCode(error, 'ENOENT')) throw error;
    }
    return entries.filter((n) => n.endsWith('.ylog')).map((n) => decodeURIComponent(n.slice(0, -'.ylog'.length)));
  }

  logPath(name: string): string {
    // ':' is not allowed in Windows file names.
    return path.join(this.dir, SYNC_DIR, DOCS_DIR, `${encodeURIComponent(name)}.ylog`);
  }

  /** Drops every loaded document (the notebook was restored or closed). */
  clear(): void {
    for (const name of [...this.#docs.keys()]) this.evict(name);
  }

  #evictIdle(): void {
    if (this.#docs.size <= KEEP_LOADED + this.#pinned.size) return;
    const idle = [...this.#docs.values()]
      .filter((d) => !this.#pinned.has(d.name) && !d.hasPending && d.listenerCount === 0)
      .sort((a, b) => a.lastUsed - b.lastUsed);
    for (const doc of idle.slice(0, this.#docs.size - KEEP_LOADED - this.#pinned.size)) this.evict(doc.name);
  }
}

function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url').replace(/[^A-Za-z0-9]/g, 'x')}`;
}

function defaultAuthorName(): string {
  try {
    return userInfo().username || 'Analyst';
  } catch {
    return 'Analyst';
  }
}
