/**
 * One sync round with the team's server: every document this replica or the server knows is
 * exchanged (Yjs' state-vector handshake sends each side exactly what the other lacks), received
 * updates are saved through the notebook store like any edit, and the round ends when the server
 * has acknowledged everything sent.
 *
 * Each document is synced through a mirror: a separate Yjs document that starts from the
 * replica's saved state and only ever receives updates that are already on disk. So nothing
 * reaches the server that a crash here could take back, and what arrives is saved before it
 * counts as received.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { docName, NOTEBOOK_DOC, parseDocName, type DocRef } from '../../shared/sync/docNames';
import { registeredDocs } from '../../shared/sync/notebookDoc';
import { encodePresenceHello, readOnline, type TeamMember } from '../../shared/sync/presence';
import type { NotebookStore } from '../store';
import { registerLocalDocs } from './syncServer';
import { readSyncState, writeSyncState, type SyncState } from './syncState';

export interface RoundResult {
  /** Documents with changes the server did not have from this replica before the round. */
  sent: number;
  /** Documents that received changes from the server. */
  received: number;
  /** Every document exchanged. */
  documents: number;
  /** Who the server says is online, this analyst included (null: it did not say). */
  online?: TeamMember[] | null;
}

export interface RoundOptions {
  url: string;
  secret: string;
  /** Progress, for long rounds (documents done of all). */
  onProgress?: (done: number, total: number) => void;
  /** How long to wait for the server before giving up, per document (ms). */
  timeoutMs?: number;
  /** Documents synced at once over the one connection. */
  concurrency?: number;
}

/** Updates that came from the server (saved as remote changes). */
export const FROM_SERVER = Symbol('from-sync-server');
/** Updates this replica saved and hands to the mirror (sent to the server). */
const FROM_REPLICA = Symbol('from-replica');

export class SyncError extends Error {}

/** Runs one round: sends local changes, receives the others', and resolves when both are done. */
export async function syncRound(store: NotebookStore, options: RoundOptions): Promise<RoundResult> {
  if (!store.live) throw new SyncError('This notebook is open read-only, so it cannot sync.');
  const state = await readSyncState(store.dir);
  await registerLocalDocs(store);
  const socket = connectedSocket(options.url);
  const result: RoundResult = { sent: 0, received: 0, documents: 0 };
  try {
    // The notebook first: its registry names every other document. Over its connection this
    // replica says who its analyst is, and hears who else is online.
    const author = store.live.replica.author;
    await syncDocument(store, socket, { kind: 'notebook', id: '' }, options, state, result, async (provider) => {
      result.online = await askWhoIsOnline(provider, author);
    });
    const notebook = await store.withShared({ kind: 'notebook', id: '' }, (shared) => registeredDocs(shared.doc));
    const names = notebook.filter((n) => n !== NOTEBOOK_DOC);
    const refs = names.map(parseDocName).filter((r): r is DocRef => r !== null);
    let done = 0;
    const total = refs.length + 1;
    options.onProgress?.(1, total);
    await inBatches(refs, options.concurrency ?? 16, async (ref) => {
      await syncDocument(store, socket, ref, options, state, result);
      options.onProgress?.(++done + 1, total);
    });
    state.lastRound = new Date().toISOString();
    await writeSyncState(store.dir, state);
    return result;
  } finally {
    socket.destroy();
  }
}

/**
 * The one connection a round uses. The provider starts connecting by itself and lets a failed
 * attempt reject a promise nobody holds (an unhandled rejection: in the app, a crash); here every
 * attempt's failure is caught, and the round hears of it through the providers' close event.
 */
export function connectedSocket(url: string): HocuspocusProviderWebsocket {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1, quiet: true, autoConnect: false } as never);
  const connect = socket.connect.bind(socket);
  socket.connect = () => connect().catch(() => undefined);
  void socket.connect();
  return socket;
}

async function syncDocument(
  store: NotebookStore,
  socket: HocuspocusProviderWebsocket,
  ref: DocRef,
  options: RoundOptions,
  state: SyncState,
  result: RoundResult,
  whileSynced?: (provider: HocuspocusProvider) => Promise<void>,
): Promise<void> {
  const name = docName(ref.kind, ref.id);
  const mirror = new Y.Doc();
  let before: Uint8Array = new Uint8Array();
  let unhook: () => void = () => undefined;
  await store.withShared(ref, (shared) => {
    Y.applyUpdate(mirror, Y.encodeStateAsUpdate(shared.doc), FROM_REPLICA);
    before = Y.encodeStateVector(shared.doc);
    unhook = shared.onPersisted((update, origin) => {
      if (origin !== FROM_SERVER) Y.applyUpdate(mirror, update, FROM_REPLICA);
    });
  });
  const saving: Promise<unknown>[] = [];
  let received = false;
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: mirror, token: options.secret });
  mirror.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_REPLICA) return;
    received = true;
    saving.push(store.applyRemote(ref, [update], FROM_SERVER));
  });
  try {
    provider.attach();
    await waitUntilSynced(provider, name, options.timeoutMs ?? 30_000);
    await whileSynced?.(provider);
    await Promise.all(saving);
  } finally {
    unhook();
    provider.destroy();
    mirror.destroy();
  }
  result.documents++;
  if (received) result.received++;
  if (hasNewer(before, state.docs[name])) result.sent++;
  state.docs[name] = Buffer.from(await store.withShared(ref, (shared) => Y.encodeStateVector(shared.doc))).toString('base64');
}

function waitUntilSynced(provider: HocuspocusProvider, name: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new SyncError(`The sync server did not answer for "${name}" within ${Math.round(timeoutMs / 1000)} s. Check the address and that the server is running.`)), timeoutMs);
    const check = () => {
      if (provider.isSynced && !provider.hasUnsyncedChanges) {
        clearTimeout(timer);
        resolve();
      }
    };
    provider.on('synced', check);
    provider.on('unsyncedChanges', check);
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      clearTimeout(timer);
      reject(new SyncError(`The sync server refused this notebook's secret (${reason}). Ask for the current secret and join again.`));
    });
    provider.on('close', ({ event }: { event?: { code?: number; reason?: string } }) => {
      if (provider.isSynced) return;
      clearTimeout(timer);
      reject(new SyncError(`The connection to the sync server closed${event?.reason ? ` (${event.reason})` : ''}. Check the address and that the server is running.`));
    });
    check();
  });
}

/** How long a round waits to hear who is online (a server that does not say is no reason to fail). */
const ONLINE_WAIT_MS = 2_000;

/** Announces `author` to the server and resolves with who it says is online, or null. */
function askWhoIsOnline(provider: HocuspocusProvider, author: TeamMember): Promise<TeamMember[] | null> {
  return new Promise((resolve) => {
    const onStateless = ({ payload }: { payload: string }) => {
      const online = readOnline(payload);
      if (online) done(online);
    };
    const done = (online: TeamMember[] | null) => {
      clearTimeout(timer);
      provider.off('stateless', onStateless);
      resolve(online);
    };
    const timer = setTimeout(() => done(null), ONLINE_WAIT_MS);
    provider.on('stateless', onStateless);
    provider.sendStateless(encodePresenceHello(author));
  });
}

/** True when `current` holds changes beyond the state vector recorded at the last round. */
function hasNewer(current: Uint8Array, recorded: string | undefined): boolean {
  const now = Y.decodeStateVector(current);
  const then = recorded ? Y.decodeStateVector(Buffer.from(recorded, 'base64')) : new Map<number, number>();
  for (const [client, clock] of now) if (clock > (then.get(client) ?? 0)) return true;
  return false;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}
