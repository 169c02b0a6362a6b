/**
 * `quotebook sync serve`: the team's shared copy of a notebook, served with Hocuspocus (a Yjs
 * WebSocket server). The served notebook is itself a replica: Hocuspocus keeps its own in-memory
 * documents, loaded from ours (onLoadDocument) and written back through the notebook store's
 * durable path as every update arrives (onChange), so the server's folder stays a readable
 * notebook. Changes made to the served notebook locally (the CLI through this process) are pushed
 * to the connected replicas the same way. Every connection must present the notebook's secret.
 * A replica says who its analyst is once per round (a stateless message); the server answers with
 * who is online (see teamRoster.ts), which the app shows in its footer.
 */
import { timingSafeEqual } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { docName, parseDocName, type DocRef } from '../../shared/sync/docNames';
import { registerDoc } from '../../shared/sync/notebookDoc';
import { encodeOnline, readPresenceHello } from '../../shared/sync/presence';
import type { NotebookStore } from '../store';
import { TeamRoster } from './teamRoster';

export interface SyncServerOptions {
  store: NotebookStore;
  secret: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Who is online (a roster with its own clock in tests). */
  roster?: TeamRoster;
}

export interface RunningSyncServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Updates that came from a connected replica (so they are not sent back to Hocuspocus). */
const FROM_PEER = Symbol('from-sync-peer');
/** Updates this process applies to Hocuspocus' copy (so onChange does not store them again). */
const FROM_SERVER = Symbol('from-sync-server');

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Starts the sync server; resolves once it listens. */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const { store } = options;
  const live = store.live;
  if (!live) throw new Error('A read-only notebook cannot be served for sync.');
  await registerLocalDocs(store);
  const unhook = new Map<string, () => void>();
  const roster = options.roster ?? new TeamRoster();

  const server = new Server({
    name: 'quotebook-sync',
    quiet: true,
    stopOnSignals: false,
    port: options.port ?? 0,
    address: options.host ?? '127.0.0.1',
    // Every update is stored as it arrives (onChange); nothing is left for a debounced store.
    debounce: 0,
    async onAuthenticate({ token, documentName }) {
      if (!sameSecret(token ?? '', options.secret)) throw new Error('Wrong notebook secret.');
      if (!parseDocName(documentName)) throw new Error(`"${documentName}" is not a notebook document.`);
    },
    async onLoadDocument({ documentName, document }) {
      const ref = parseDocName(documentName)!;
      const state = await store.withShared(ref, (shared) => {
        // Local changes (the command line through this server, a restored backup) reach the peers.
        const off = shared.onPersisted((update, origin) => {
          if (origin !== FROM_PEER) Y.applyUpdate(document, update, FROM_SERVER);
        });
        unhook.get(documentName)?.();
        unhook.set(documentName, off);
        return Y.encodeStateAsUpdate(shared.doc);
      });
      Y.applyUpdate(document, state, FROM_SERVER);
      return document;
    },
    async onChange({ documentName, update, transactionOrigin }) {
      if (transactionOrigin === FROM_SERVER || transactionOrigin === undefined) return;
      const ref = parseDocName(documentName)!;
      await store.applyRemote(ref, [update], FROM_PEER);
      if (ref.kind !== 'notebook') await register(store, ref);
    },
    async onStateless({ connection, payload }) {
      const member = readPresenceHello(payload);
      if (!member) return;
      roster.seen(connection.socketId, member);
      connection.sendStateless(encodeOnline(roster.online()));
    },
    async onDisconnect({ socketId }) {
      roster.left(socketId);
    },
    async afterUnloadDocument({ documentName }) {
      unhook.get(documentName)?.();
      unhook.delete(documentName);
    },
  });
  await server.listen();
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const host = options.host ?? '127.0.0.1';
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: async () => {
      for (const off of unhook.values()) off();
      await server.destroy();
    },
  };
}

/** Makes sure the registry names a document a peer sent (so the next replica to join fetches it). */
async function register(store: NotebookStore, ref: DocRef): Promise<void> {
  const name = docName(ref.kind, ref.id);
  await store.changeShared({ kind: 'notebook', id: '' }, (doc) => void registerDoc(doc, name, new Date().toISOString()), 'register');
}

/** Registers every article and note this notebook holds, live or deleted. */
export async function registerLocalDocs(store: NotebookStore): Promise<void> {
  const live = store.live!;
  const names = new Set<string>([
    ...store.articles().map((a) => docName('article', a.article.id)),
    ...store.notes().map((n) => docName('note', n.note.id)),
    ...(await live.replica.storedNames()).filter((n) => n !== docName('notebook')),
  ]);
  await store.changeShared(
    { kind: 'notebook', id: '' },
    (doc) => {
      const at = new Date().toISOString();
      for (const name of names) registerDoc(doc, name, at);
    },
    'register',
  );
}
