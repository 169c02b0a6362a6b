/**
 * `quotebook --notebook NEW sync join URL --secret S --name "Analyst"`: makes an empty folder a
 * replica of the team's notebook. The notebook document comes first (it names the notebook and
 * lists every other document); notebook.json is written from it, so this copy has the team's
 * notebook id and name rather than a new one; then one sync round fetches everything else.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { NotebookFileSchema, SCHEMA_VERSION } from '../../shared/model';
import { docName, NOTEBOOK_DOC } from '../../shared/sync/docNames';
import { readNotebookFile } from '../../shared/sync/notebookDoc';
import { NotebookStore } from '../store';
import { serializeJson } from '../store/durableJsonAdapter';
import { assertEmptyForCreate } from '../store/folder';
import { writeFileDurable } from '../store/fsUtil';
import { ARTICLES_DIR, BACKUPS_DIR, NOTEBOOK_FILE, NOTES_DIR } from '../store/paths';
import { DocLog } from './docLog';
import { Replica } from './replica';
import { connectedSocket, syncRound, SyncError, type RoundResult } from './syncRound';
import { readSyncState, writeRemote, writeSyncState } from './syncState';

export interface JoinOptions {
  url: string;
  secret: string;
  /** The analyst's name, recorded on every change made through this copy. */
  name: string;
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface JoinResult extends RoundResult {
  notebook: { id: string; name: string };
  author: { id: string; name: string };
}

export async function joinNotebook(dir: string, options: JoinOptions): Promise<JoinResult> {
  const abs = path.resolve(dir);
  await fs.mkdir(abs, { recursive: true });
  await assertEmptyForCreate(abs);
  const state = await fetchNotebookState(options);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const read = readNotebookFile(doc, SCHEMA_VERSION);
  if (!read) throw new SyncError('The sync server holds no notebook yet. Start it with `quotebook --notebook DIR sync serve` on a notebook.');
  const notebook = NotebookFileSchema.parse(read);
  const text = serializeJson(notebook);

  const author = { id: `a_${randomBytes(9).toString('base64url').replace(/[^A-Za-z0-9]/g, 'x')}`, name: options.name.trim() || 'Analyst' };
  const replica = await Replica.open(abs, { author });
  await writeRemote(abs, { url: options.url, secret: options.secret });
  // The log first (naming the file it materialises to), then the file: the order every save keeps.
  await new DocLog(replica.logPath(docName('notebook'))).append(state, createHash('sha256').update(text).digest('hex'));
  for (const sub of [ARTICLES_DIR, NOTES_DIR, BACKUPS_DIR]) await fs.mkdir(path.join(abs, sub), { recursive: true });
  await writeFileDurable(path.join(abs, NOTEBOOK_FILE), text);
  // What came from the server is not this replica's to send back.
  const syncState = await readSyncState(abs);
  syncState.docs[NOTEBOOK_DOC] = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  await writeSyncState(abs, syncState);

  const store = await NotebookStore.open(abs);
  try {
    const round = await syncRound(store, { url: options.url, secret: options.secret, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    const { sent, received, documents } = round;
    return { sent, received, documents, notebook: { id: notebook.id, name: notebook.name }, author };
  } finally {
    await store.close();
  }
}

/** The server's notebook document, as one update. */
async function fetchNotebookState(options: JoinOptions): Promise<Uint8Array> {
  const socket = connectedSocket(options.url);
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: NOTEBOOK_DOC, document: doc, token: options.secret });
  try {
    provider.attach();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new SyncError(`No answer from the sync server at ${options.url} within ${Math.round((options.timeoutMs ?? 30_000) / 1000)} s. Check the address and that it is running.`)), options.timeoutMs ?? 30_000);
      provider.on('synced', () => {
        clearTimeout(timer);
        resolve();
      });
      provider.on('authenticationFailed', () => {
        clearTimeout(timer);
        reject(new SyncError('The sync server refused the secret. Ask whoever runs it for the current secret.'));
      });
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }
}
