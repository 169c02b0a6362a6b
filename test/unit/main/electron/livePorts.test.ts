/**
 * The desktop app's live channel (issue "One live notebook", 1): main hands each trusted window
 * one end of a MessageChannel and connects the other to the live hub. The doubles (Node's own
 * MessageChannel for Electron's, a window whose preload posts the port into its page) are in
 * test/helpers/desktopLive.ts; the renderer's real connection, note provider and a headless editor
 * bound like the note editor's run on them.
 */
import type { IpcMainEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerLivePorts } from '../../../../src/main/electron/livePorts';
import { LivePortChannels } from '../../../../src/shared/live/protocol';
import { createLiveConnection, messagePortPipe } from '../../../../src/renderer/src/api/live';
import { blockTexts, noteState, paragraph } from '../../../helpers/teamNotebook';
import { closeAllChannels, createChannel, desktopWindow, fakeIpcMain, isClosed, noteEditorIn, openNotebook, SETTLE, trusted } from '../../../helpers/desktopLive';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  closeAllChannels();
});

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
    window.request('first');
    // A subframe of our own page is refused too (the UI never embeds frames).
    emit(LivePortChannels.request, { senderFrame: { url: 'app://quotebook/x.html', parent: window.frame, postMessage: window.frame.postMessage }, sender: window.contents } as unknown as IpcMainEvent, 'second');
    emit(LivePortChannels.request, { senderFrame: null, sender: window.contents } as unknown as IpcMainEvent, 'third');
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
    expect(window.frame.postMessage).toHaveBeenCalledWith(LivePortChannels.reply, window.requests[0], [expect.anything()]);
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

    const inFirst = noteEditorIn(firstLive, note.id, cleanups);
    const inSecond = noteEditorIn(secondLive, note.id, cleanups);
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

  it('lets a window go: a closed port leaves the hub, even after a slow first port was retried', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel });
    const window = desktopWindow(emit);
    // A busy machine: the first port reaches the page only after the window gave up and asked again.
    window.state.hold = true;
    const live = createLiveConnection(messagePortPipe(window.request, window.page, 50));
    await vi.waitFor(() => expect(window.requests).toHaveLength(2), SETTLE);
    window.state.hold = false;
    window.held[1]!.deliver();
    window.held[0]!.deliver();
    await vi.waitFor(() => expect(live.status()).toBe('open'), SETTLE);
    // The late port is closed, so the hub counts this window once.
    await vi.waitFor(() => expect(isClosed(window.given[0]!.port)).toBe(true), SETTLE);
    await vi.waitFor(() => expect(live.presence()).toEqual({ windows: 1 }), SETTLE);
    expect(notebook.hub.clientCount).toBe(1);
    // The window reloads or closes: the one port it uses goes, and with it the hub's last client.
    window.given[1]!.port.close();
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
    const second = desktopWindow(emit);
    const secondLive = createLiveConnection(messagePortPipe(second.request, second.page));
    await vi.waitFor(() => expect([firstLive.presence(), secondLive.presence()]).toEqual([{ windows: 2 }, { windows: 2 }]), SETTLE);
    // The second window's page goes: the one port it was given closes with it.
    expect(second.given).toHaveLength(1);
    second.given[0]!.port.close();
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
