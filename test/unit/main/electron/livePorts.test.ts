/**
 * The desktop app's live channel (issue "One live notebook", 1): main hands each trusted window
 * one end of a MessageChannel and connects the other to the live hub. Electron cannot run here, so
 * the channel is Node's own MessageChannel (the same structured-clone ports), main's end wrapped
 * in MessagePortMain's Node-style events, and the window's end used by the renderer's real
 * connection, note provider and a headless editor bound like the note editor's.
 */
import { MessageChannel, type MessagePort as NodePort } from 'node:worker_threads';
import path from 'node:path';
import type { IpcMain, IpcMainEvent, MessagePortMain } from 'electron';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSenderCheck } from '../../../../src/main/electron/ipc';
import { registerLivePorts, type PortPair } from '../../../../src/main/electron/livePorts';
import { LiveHub } from '../../../../src/main/live/liveHub';
import { createOperations, NotebookSession } from '../../../../src/main/services';
import { LivePortChannels } from '../../../../src/shared/live/protocol';
import { NoteDocEditor } from '../../../../src/shared/sync/noteDoc';
import { createLiveConnection, messagePortPipe, type LiveConnection } from '../../../../src/renderer/src/api/live';
import { createNoteProvider } from '../../../../src/renderer/src/api/noteProvider';
import { blockTexts, noteState, paragraph } from '../../../helpers/teamNotebook';
import { tempDir } from '../../../helpers/tempDir';

/** Room for a loaded machine: the waits are bounded, never timed. */
const SETTLE = { timeout: 10_000 };

type Listener = (event: IpcMainEvent) => void;

/** An ipcMain that keeps its listeners, as Electron's does. */
function fakeIpcMain() {
  const listeners = new Map<string, Set<Listener>>();
  const ipcMain = {
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => void listeners.get(channel)?.delete(listener)),
  };
  const emit = (channel: string, event: IpcMainEvent) => {
    for (const listener of listeners.get(channel) ?? []) listener(event);
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

/** Every channel made, so a test can close a window's end. */
const channels: { main: NodePort; window: NodePort }[] = [];
const createChannel = (): PortPair => {
  const { port1, port2 } = new MessageChannel();
  channels.push({ main: port1, window: port2 });
  return { port1: asMainPort(port1), port2: port2 as unknown as MessagePortMain };
};

/**
 * A desktop window: its frame (what main answers to), the page (where the preload posts the port),
 * and the renderer's live connection built on messagePortPipe, as transport.ts builds it.
 */
function desktopWindow(emit: (channel: string, event: IpcMainEvent) => void, url = 'app://quotebook/index.html') {
  const page = new EventTarget() as unknown as Window;
  const frame = {
    url,
    parent: null,
    // What the preload does with main's reply: post the port into the page.
    postMessage: vi.fn((_channel: string, _message: unknown, ports: unknown[]) => {
      const event = Object.assign(new Event('message'), { source: page, data: LivePortChannels.pageMessage, ports });
      page.dispatchEvent(event);
    }),
  };
  const request = () => emit(LivePortChannels.request, { senderFrame: frame } as unknown as IpcMainEvent);
  return { frame, page, request };
}

async function openNotebook() {
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

const trusted = createSenderCheck(['app://quotebook']);
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  for (const { main, window } of channels.splice(0)) {
    main.close();
    window.close();
  }
});

/** A window that edits one note the way the note editor does: a provider and a bound editor. */
function noteEditorIn(live: LiveConnection, noteId: string) {
  const doc = new Y.Doc();
  const editor = new NoteDocEditor(doc);
  const provider = createNoteProvider({ live, name: `note:${noteId}`, doc, storage: null, storageKey: 'unused' });
  provider.connect();
  cleanups.push(() => (provider.disconnect(), editor.dispose()));
  const texts = () => (editor.flush(), blockTexts(editor.content()));
  return { provider, editor, texts };
}

describe('the desktop live channel', () => {
  it('listens for requests for a live channel and stops when disposed', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const dispose = registerLivePorts(ipcMain, { hub: async () => null, isTrustedSender: trusted, createChannel });
    expect(listeners.get(LivePortChannels.request)?.size).toBe(1);
    dispose();
    expect(listeners.get(LivePortChannels.request)?.size).toBe(0);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['another app host', 'app://evil/index.html'],
    ['a file page', 'file:///tmp/article.html'],
  ])('gives no port to %s, and its request never reaches the notebook', async (_label, url) => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    const make = vi.fn(createChannel);
    const log = vi.fn();
    registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel: make, log });
    const window = desktopWindow(emit, url);
    window.request();
    // A subframe of our own page is refused too (the UI never embeds frames).
    emit(LivePortChannels.request, { senderFrame: { url: 'app://quotebook/x.html', parent: window.frame, postMessage: window.frame.postMessage } } as unknown as IpcMainEvent);
    emit(LivePortChannels.request, { senderFrame: null } as unknown as IpcMainEvent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.frame.postMessage).not.toHaveBeenCalled();
    expect(make).not.toHaveBeenCalled();
    expect(notebook.hub.clientCount).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/Refused a live channel/));
  });

  it('opens a trusted window’s channel through the port: the hub greets it with the notebook’s author', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel });
    const window = desktopWindow(emit);
    const live = createLiveConnection(messagePortPipe(window.request, window.page));
    expect(live.available).toBe(true);
    await vi.waitFor(() => expect(live.status()).toBe('open'), SETTLE);
    expect(window.frame.postMessage).toHaveBeenCalledWith(LivePortChannels.reply, null, [expect.anything()]);
    expect(live.author()).toEqual(notebook.session.store.live!.replica.author);
    expect(notebook.hub.clientCount).toBe(1);
  });

  it('shows two windows each other’s work: a note typed in one, a tag made in the other', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel });
    const note = (await notebook.call('notes:save', { title: 'Findings', content: noteState([paragraph('First line.')]) })) as { id: string };

    const first = desktopWindow(emit);
    const second = desktopWindow(emit);
    const firstLive = createLiveConnection(messagePortPipe(first.request, first.page));
    const secondLive = createLiveConnection(messagePortPipe(second.request, second.page));
    const heard: string[] = [];
    secondLive.onChanged((change) => heard.push(...change.refs.map((r) => r.kind)));
    await vi.waitFor(() => expect([firstLive.status(), secondLive.status()]).toEqual(['open', 'open']), SETTLE);

    const inFirst = noteEditorIn(firstLive, note.id);
    const inSecond = noteEditorIn(secondLive, note.id);
    await vi.waitFor(() => expect(inFirst.provider.synced && inSecond.provider.synced).toBe(true), SETTLE);
    expect(inSecond.texts()).toEqual(['First line.']);

    inFirst.editor.setContent(noteState([paragraph('First line.'), paragraph('Typed in the first window.')]));
    await vi.waitFor(() => expect(inSecond.texts()).toEqual(['First line.', 'Typed in the first window.']), SETTLE);
    // And saved by the owner into the note's file (written just after the change is passed on).
    await vi.waitFor(() => expect(blockTexts(notebook.session.store.note(note.id)!.note.content as Record<string, unknown>)).toEqual(['First line.', 'Typed in the first window.']), SETTLE);

    // An edit made through the operations (the second window's inspector, the command line) is announced.
    await notebook.call('tags:create', { name: 'deterrence' });
    await vi.waitFor(() => expect(heard).toContain('notebook'), SETTLE);
  });

  it('lets a window go: a closed port leaves the hub', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel });
    const window = desktopWindow(emit);
    const live = createLiveConnection(messagePortPipe(window.request, window.page));
    await vi.waitFor(() => expect(live.status()).toBe('open'), SETTLE);
    expect(notebook.hub.clientCount).toBe(1);
    // The window reloads or closes: every port it was given is gone (on a busy machine a slow
    // first attempt may have been retried, giving the window a second port while the first lived).
    for (const channel of channels) channel.window.close();
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(0), SETTLE);
  });

  it('tells each window how many windows have the notebook open, as they come and go', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel });
    const first = desktopWindow(emit);
    const firstLive = createLiveConnection(messagePortPipe(first.request, first.page));
    await vi.waitFor(() => expect(firstLive.presence()).toEqual({ windows: 1 }), SETTLE);
    const firstChannels = channels.length;
    const second = desktopWindow(emit);
    const secondLive = createLiveConnection(messagePortPipe(second.request, second.page));
    await vi.waitFor(() => expect([firstLive.presence(), secondLive.presence()]).toEqual([{ windows: 2 }, { windows: 2 }]), SETTLE);
    // The second window closes: every port it was given goes (a slow first attempt may have been retried).
    for (const channel of channels.slice(firstChannels)) channel.window.close();
    await vi.waitFor(() => expect(firstLive.presence()).toEqual({ windows: 1 }), SETTLE);
  });

  it('closes the port of a window that asks while no notebook could be opened; the window keeps asking', async () => {
    const { ipcMain, emit } = fakeIpcMain();
    registerLivePorts(ipcMain, { hub: async () => null, isTrustedSender: trusted, createChannel });
    const window = desktopWindow(emit);
    const statuses: string[] = [];
    const live = createLiveConnection(messagePortPipe(window.request, window.page));
    live.onStatus((status) => statuses.push(status));
    await vi.waitFor(() => expect(statuses).toContain('closed'), SETTLE);
    expect(live.status()).not.toBe('open');
  });
});
