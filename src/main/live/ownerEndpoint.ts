/**
 * How the command line finds the process that owns a notebook (the app or `quotebook serve`) and
 * works through it instead of being locked out: the owner writes `.owner.json` beside `.lock`
 * with its local address and a secret, readable by this user only. The CLI sends the same
 * operations there, so its writes show up in the app's windows at once.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fail, type Result } from '../../shared/api/result';
import { hasCode, writeFileDurable } from '../store/fsUtil';
import { isProcessAlive, readLockHolder } from '../store/lock';

export const OWNER_FILE = '.owner.json';
export const OWNER_TOKEN_HEADER = 'x-quotebook-token';

export interface OwnerEndpoint {
  pid: number;
  /** `http://127.0.0.1:<port>` (operations at `/api/<name>`). */
  url: string;
  token: string;
}

/** Announces this process as the notebook's owner; returns a function that withdraws it. */
export async function announceOwner(dir: string, endpoint: Omit<OwnerEndpoint, 'pid'>): Promise<() => Promise<void>> {
  const file = path.join(dir, OWNER_FILE);
  const value: OwnerEndpoint = { pid: process.pid, ...endpoint };
  await writeFileDurable(file, `${JSON.stringify(value)}\n`);
  await fs.chmod(file, 0o600).catch(() => undefined);
  return async () => {
    const current = await readOwner(dir);
    if (current?.pid === process.pid && current.token === endpoint.token) await fs.rm(file, { force: true });
  };
}

async function readOwner(dir: string): Promise<OwnerEndpoint | null> {
  try {
    const value = JSON.parse(await fs.readFile(path.join(dir, OWNER_FILE), 'utf8')) as Partial<OwnerEndpoint>;
    if (typeof value.pid === 'number' && typeof value.url === 'string' && typeof value.token === 'string' && /^http:\/\/127\.0\.0\.1:\d+$/.test(value.url)) {
      return value as OwnerEndpoint;
    }
  } catch (error) {
    if (!hasCode(error, 'ENOENT', 'EACCES') && !(error instanceof SyntaxError)) throw error;
  }
  return null;
}

/** The running owner of `dir`, if the lock's holder is alive and announced itself; else null. */
export async function findOwner(dir: string): Promise<OwnerEndpoint | null> {
  const owner = await readOwner(dir);
  if (!owner) return null;
  const holder = await readLockHolder(dir).catch(() => null);
  if (!holder || holder.pid !== owner.pid || !isProcessAlive(owner.pid)) return null;
  return owner;
}

/** Calls one operation on the owner; a connection failure is a Result error, like any other. */
export async function callOwner(owner: OwnerEndpoint, name: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`${owner.url}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [OWNER_TOKEN_HEADER]: owner.token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return fail('unavailable', `The Quotebook process that has this notebook open (pid ${owner.pid}) did not answer. If it has stopped, run the command again.`);
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return fail('internal', `The Quotebook process that has this notebook open answered with HTTP ${response.status}.`);
  }
}
