/**
 * Doubles for the desktop app's live channel (src/main/electron/livePorts.ts). Electron cannot run
 * here, so the channel is Node's own MessageChannel (the same structured-clone ports), main's end
 * wrapped in MessagePortMain's Node-style events, and the window's end used by the renderer's real
 * connection (messagePortPipe), with the preload's part played by the window double.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { MessageChannel, type MessagePort as NodePort } from 'node:worker_threads';
import type { IpcMain, IpcMainEvent, MessagePortMain } from 'electron';
import * as Y from 'yjs';
import { vi } from 'vitest';
import { createSenderCheck } from '../../src/main/electron/ipc';
import type { PortPair } from '../../src/main/electron/livePorts';
import { LiveHub } from '../../src/main/live/liveHub';
import { createOperations, NotebookSession } from '../../src/main/services';
import { LivePortChannels, type LivePortMessage } from '../../src/shared/live/protocol';
import { NoteDocEditor } from '../../src/shared/sync/noteDoc';
import type { LiveConnection } from '../../src/renderer/src/api/live';
import { createNoteProvider } from '../../src/renderer/src/api/noteProvider';
import { blockTexts } from './teamNotebook';
import { tempDir } from './tempDir';

/** Room for a loaded machine: the waits are bounded, never timed. */
export const SETTLE = { timeout: 10_000 };

export const trusted = createSenderCheck(['app://quotebook']);

type Listener = (event: IpcMainEvent, ...args: unknown[]) => void;

/** An ipcMain that keeps its listeners, as Electron's does. */
export function fakeIpcMain() {
  const listeners = new Map<string, Set<Listener>>();
  const ipcMain = {
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => void listeners.get(channel)?.delete(listener)),
  };
  const emit = (channel: string, event: IpcMainEvent, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'on' | 'removeListener'>, listeners, emit };
}

/** Main's end of a Node MessageChannel, seen through MessagePortMain's API ('message' gives `{ data }`). */
function asMainPort(port: NodePort): MessagePortMain {
  const main = {
    on(event: string, listener: (value?: unknown) => void) {
      if (event === 'message') port.addEventListener('message', (e) => listener({ data: (e as MessageEvent).data, ports: [] }));
      else if (event === 'close') port.addEventListener('close', () => listener());
      return main;
    },
    postMessage: (message: unknown) => port.postMessage(message),
    start: () => port.start(),
    close: () => port.close(),
  };
  return main as unknown as MessagePortMain;
}

/** One channel main made: its two ends, and whether it has been closed (from either end). */
export interface ChannelRecord {
  main: NodePort;
  window: NodePort;
  closed: boolean;
}

/** Every channel made, so a test can see which were closed and close what is left. */
export const channels: ChannelRecord[] = [];

export const createChannel = (): PortPair => {
  const { port1, port2 } = new MessageChannel();
  const record: ChannelRecord = { main: port1, window: port2, closed: false };
  port1.once('close', () => (record.closed = true));
  channels.push(record);
  return { port1: asMainPort(port1), port2: port2 as unknown as MessagePortMain };
};

/** Closes both ends of every channel (after each test). */
export function closeAllChannels(): void {
  for (const { main, window } of channels.splice(0)) {
    main.close();
    window.close();
  }
}

/** A reply from main that the window double has not yet passed into its page. */
export interface HeldReply {
  id: unknown;
  port: NodePort;
  deliver(): void;
}

/**
 * A desktop window: its web contents (which say when the window is gone), its frame (what main
 * answers to), the page (where the preload posts the port) and `request`, what the preload's
 * `quotebookLive.connect(id)` sends. Set `hold` and main's replies wait in `held` until delivered:
 * a main process too busy to hand the port over in time.
 */
export function desktopWindow(emit: (channel: string, event: IpcMainEvent, ...args: unknown[]) => void, url = 'app://quotebook/index.html') {
  const page = new EventTarget() as unknown as Window;
  const contents = new EventEmitter();
  const held: HeldReply[] = [];
  /** Every port main handed this window, in order, with the request id it answered. */
  const given: { id: unknown; port: NodePort }[] = [];
  const state = { hold: false };
  const passIntoPage = (id: unknown, ports: unknown[]) => {
    const data: LivePortMessage = { type: LivePortChannels.pageMessage, id: id as string };
    page.dispatchEvent(Object.assign(new Event('message'), { source: page, data, ports }));
  };
  const frame = {
    url,
    parent: null,
    // What the preload does with main's reply: post the port, with the request's id, into the page.
    postMessage: vi.fn((_channel: string, id: unknown, ports: NodePort[]) => {
      given.push({ id, port: ports[0]! });
      if (!state.hold) return passIntoPage(id, ports);
      held.push({ id, port: ports[0]!, deliver: () => passIntoPage(id, ports) });
    }),
  };
  const event = { senderFrame: frame, sender: contents } as unknown as IpcMainEvent;
  const requests: unknown[] = [];
  const request = (id: unknown) => {
    requests.push(id);
    emit(LivePortChannels.request, event, id);
  };
  /** The window is gone: its page's ports close with it, and its web contents are destroyed. */
  const close = () => {
    for (const { port } of given) port.close();
    contents.emit('destroyed');
  };
  return { frame, page, contents, event, request, requests, held, given, state, close };
}

/** Whether the channel that `windowEnd` belongs to has been closed. */
export function isClosed(windowEnd: NodePort): boolean {
  return channels.find((channel) => channel.window === windowEnd)?.closed ?? false;
}

/** A notebook in a temp folder with its live hub, and a caller for its operations. */
export async function openNotebook() {
  const session = await NotebookSession.open(path.join(await tempDir('qb-live-ports-'), 'n.quotebook'), { create: true });
  const ops = createOperations(session);
  const call = async (op: string, input: unknown) => {
    const result = await ops.invoke(op as never, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as never;
  };
  const hub = new LiveHub(session.store);
  return { session, call, hub, close: async () => (hub.close(), await session.close()) };
}

/** A window that edits one note the way the note editor does: a provider and a bound editor. */
export function noteEditorIn(live: LiveConnection, noteId: string, cleanups: (() => unknown)[]) {
  const doc = new Y.Doc();
  const editor = new NoteDocEditor(doc);
  const provider = createNoteProvider({ live, name: `note:${noteId}`, doc, storage: null, storageKey: 'unused' });
  provider.connect();
  cleanups.push(() => (provider.disconnect(), editor.dispose()));
  const texts = () => (editor.flush(), blockTexts(editor.content()));
  return { provider, editor, texts };
}
