/**
 * Request ids on the desktop live channel: a window that waited too long for its port and asked
 * again must count once in the footer ("open in 1 window") and keep getting updates, whichever
 * way the late port arrives; main refuses a malformed id, and ends a window's channel when the
 * window asks again or is gone. Doubles: test/helpers/desktopLive.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerLivePorts } from '../../../../src/main/electron/livePorts';
import { LivePortChannels } from '../../../../src/shared/live/protocol';
import { createLiveConnection, messagePortPipe, type LiveStatus } from '../../../../src/renderer/src/api/live';
import { noteState, paragraph } from '../../../helpers/teamNotebook';
import { closeAllChannels, createChannel, desktopWindow, fakeIpcMain, isClosed, noteEditorIn, openNotebook, SETTLE, trusted } from '../../../helpers/desktopLive';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  closeAllChannels();
});

async function setUp() {
  const notebook = await openNotebook();
  cleanups.push(notebook.close);
  const { ipcMain, emit } = fakeIpcMain();
  const log = vi.fn();
  const dispose = registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel, log });
  cleanups.push(dispose);
  return { notebook, emit, log };
}

/** How the late first port reaches the page, relative to the window's second request. */
const lateArrivals = [
  ['after the second port', 'after'],
  ['before the second port, while the window waits for it', 'between'],
  ['before the window has asked again', 'before-retry'],
] as const;

describe('a window whose first live port came late', () => {
  it.each(lateArrivals)('counts once and gets updates when the late port arrives %s', async (_label, order) => {
    const { notebook, emit } = await setUp();
    const note = (await notebook.call('notes:save', { title: 'Findings', content: noteState([paragraph('First line.')]) })) as { id: string };
    const slow = desktopWindow(emit);
    slow.state.hold = true;
    const statuses: LiveStatus[] = [];
    // Gives up on a port after 50 ms (10 s in the app), then asks again.
    const slowLive = createLiveConnection(messagePortPipe(slow.request, slow.page, 50));
    slowLive.onStatus((status) => {
      statuses.push(status);
      // The first attempt just ended; the window asks again a moment later.
      if (order === 'before-retry' && status === 'closed' && slow.held.length === 1) slow.held[0]!.deliver();
    });
    await vi.waitFor(() => expect(slow.requests).toHaveLength(2), SETTLE);
    if (order === 'before-retry') {
      slow.state.hold = false;
      slow.held[1]!.deliver();
    } else {
      await vi.waitFor(() => expect(slow.held).toHaveLength(2), SETTLE);
      slow.state.hold = false;
      const [late, current] = slow.held;
      for (const reply of order === 'after' ? [current!, late!] : [late!, current!]) reply.deliver();
    }

    await vi.waitFor(() => expect(slowLive.status()).toBe('open'), SETTLE);
    // What the footer shows: this window alone has the notebook open.
    await vi.waitFor(() => expect(slowLive.presence()).toEqual({ windows: 1 }), SETTLE);
    await vi.waitFor(() => expect(isClosed(slow.given[0]!.port)).toBe(true), SETTLE);
    expect(notebook.hub.clientCount).toBe(1);
    expect(isClosed(slow.given[1]!.port)).toBe(false);
    expect(statuses.filter((status) => status === 'open')).toHaveLength(1);

    // A second window opens: both say two windows, and a note typed in it reaches the slow one.
    const other = desktopWindow(emit);
    const otherLive = createLiveConnection(messagePortPipe(other.request, other.page));
    await vi.waitFor(() => expect([slowLive.presence(), otherLive.presence()]).toEqual([{ windows: 2 }, { windows: 2 }]), SETTLE);
    const inSlow = noteEditorIn(slowLive, note.id, cleanups);
    const inOther = noteEditorIn(otherLive, note.id, cleanups);
    await vi.waitFor(() => expect(inSlow.provider.synced && inOther.provider.synced).toBe(true), SETTLE);
    inOther.editor.setContent(noteState([paragraph('First line.'), paragraph('Typed in the other window.')]));
    await vi.waitFor(() => expect(inSlow.texts()).toEqual(['First line.', 'Typed in the other window.']), SETTLE);
    inSlow.editor.setContent(noteState([paragraph('First line.'), paragraph('Typed in the other window.'), paragraph('And in the slow one.')]));
    await vi.waitFor(() => expect(inOther.texts()).toEqual(['First line.', 'Typed in the other window.', 'And in the slow one.']), SETTLE);
  });
});

describe('main’s side of the request id', () => {
  it.each([
    ['no id', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['a string too long', 'a'.repeat(65)],
    ['a string with other characters', 'id with spaces'],
    ['an object', { id: 'abc' }],
    ['an array', ['abc']],
  ])('refuses a request with %s: no channel, no hub client', async (_label, id) => {
    const { notebook, emit, log } = await setUp();
    const window = desktopWindow(emit);
    window.request(id);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(window.frame.postMessage).not.toHaveBeenCalled();
    expect(window.given).toHaveLength(0);
    expect(notebook.hub.clientCount).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/valid request id/));
  });

  it('answers with the id it was asked with, up to 64 characters', async () => {
    const { notebook, emit } = await setUp();
    const window = desktopWindow(emit);
    const id = `A-z_0${'9'.repeat(59)}`;
    window.request(id);
    expect(window.frame.postMessage).toHaveBeenCalledWith(LivePortChannels.reply, id, [expect.anything()]);
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(1), SETTLE);
  });

  it('ends a window’s earlier channel when it asks again, even one its page never took', async () => {
    const { notebook, emit } = await setUp();
    const window = desktopWindow(emit);
    window.state.hold = true; // the page never sees either port
    window.request('first');
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(1), SETTLE);
    window.request('second');
    await vi.waitFor(() => expect(isClosed(window.given[0]!.port)).toBe(true), SETTLE);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(notebook.hub.clientCount).toBe(1);
    expect(isClosed(window.given[1]!.port)).toBe(false);
  });

  it('ends the channel of a window that is gone, whether the hub was serving it yet or not', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    let openHub: () => void = () => undefined;
    const hubReady = new Promise<void>((resolve) => (openHub = resolve));
    cleanups.push(registerLivePorts(ipcMain, { hub: () => hubReady.then(() => notebook.hub), isTrustedSender: trusted, createChannel }));
    const early = desktopWindow(emit);
    const late = desktopWindow(emit);
    early.state.hold = late.state.hold = true;
    early.request('early');
    // The first window is destroyed while the notebook is still opening.
    early.contents.emit('destroyed');
    await vi.waitFor(() => expect(isClosed(early.given[0]!.port)).toBe(true), SETTLE);
    openHub();
    late.request('late');
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(1), SETTLE);
    // The second is destroyed after the hub took it, without its page closing the port.
    late.contents.emit('destroyed');
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(0), SETTLE);
    await vi.waitFor(() => expect(isClosed(late.given[0]!.port)).toBe(true), SETTLE);
  });

  it('stops watching windows and ends their channels when disposed', async () => {
    const notebook = await openNotebook();
    cleanups.push(notebook.close);
    const { ipcMain, emit } = fakeIpcMain();
    const dispose = registerLivePorts(ipcMain, { hub: async () => notebook.hub, isTrustedSender: trusted, createChannel });
    const window = desktopWindow(emit);
    window.request('only');
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(1), SETTLE);
    expect(window.contents.listenerCount('destroyed')).toBe(1);
    dispose();
    expect(window.contents.listenerCount('destroyed')).toBe(0);
    await vi.waitFor(() => expect(notebook.hub.clientCount).toBe(0), SETTLE);
  });
});
