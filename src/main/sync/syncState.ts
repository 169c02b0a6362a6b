/**
 * What a replica remembers about its team server, in `sync/`:
 * - `remote.json`: the server's address and the notebook's secret (readable by this user only);
 * - `state.json`: when the last round finished and each document's state at that moment, so a
 *   round can say how many documents it had to send.
 * The served side keeps its secret in `server.json` (also this user only).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { hasCode, writeFileDurable } from '../store/fsUtil';
import { SYNC_DIR } from './replica';

export interface SyncState {
  lastRound: string | null;
  /** Document name → base64 Yjs state vector at the end of the last round. */
  docs: Record<string, string>;
}

export interface RemoteConfig {
  url: string;
  secret: string;
}

const file = (dir: string, name: string) => path.join(dir, SYNC_DIR, name);

async function readJson<T>(target: string): Promise<T | null> {
  try {
    return JSON.parse(await fs.readFile(target, 'utf8')) as T;
  } catch (error) {
    if (hasCode(error, 'ENOENT') || error instanceof SyntaxError) return null;
    throw error;
  }
}

/** Writes a file only this user can read (0600 where the system has such modes). */
async function writePrivate(target: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileDurable(target, `${JSON.stringify(value, null, 2)}\n`);
  await fs.chmod(target, 0o600).catch(() => undefined);
}

export async function readSyncState(dir: string): Promise<SyncState> {
  const stored = await readJson<SyncState>(file(dir, 'state.json'));
  return { lastRound: stored?.lastRound ?? null, docs: stored?.docs ?? {} };
}

export function writeSyncState(dir: string, state: SyncState): Promise<void> {
  return writeFileDurable(file(dir, 'state.json'), `${JSON.stringify(state)}\n`);
}

/** The team server this replica syncs with, or null when it has none. */
export function readRemote(dir: string): Promise<RemoteConfig | null> {
  return readJson<RemoteConfig>(file(dir, 'remote.json'));
}

export function writeRemote(dir: string, remote: RemoteConfig): Promise<void> {
  return writePrivate(file(dir, 'remote.json'), remote);
}

/** The secret replicas must present to this notebook's sync server (made on first use). */
export async function serverSecret(dir: string): Promise<string> {
  const stored = await readJson<{ secret?: string }>(file(dir, 'server.json'));
  if (stored?.secret) return stored.secret;
  const secret = randomBytes(24).toString('base64url');
  await writePrivate(file(dir, 'server.json'), { secret });
  return secret;
}
