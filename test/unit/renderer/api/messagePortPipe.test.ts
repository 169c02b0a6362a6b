/**
 * The desktop window's side of the live port handover (messagePortPipe): it takes only the port
 * that answers the request it is waiting for, and closes any other at once, so the owner never
 * keeps a client for a port nobody reads. The page is a bare EventTarget, the ports Node's own.
 */
import { MessageChannel, type MessagePort as NodePort } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivePortChannels } from '../../../../src/shared/live/protocol';
import { messagePortPipe, type LivePipe } from '../../../../src/renderer/src/api/live';

const SETTLE = { timeout: 5_000 };
const ports: NodePort[] = [];
afterEach(() => {
  for (const port of ports.splice(0)) port.close();
});

/** A channel whose `mine` end stays with the test (main's side) and whose `theirs` goes to the page. */
function channel() {
  const { port1: mine, port2: theirs } = new MessageChannel();
  ports.push(mine, theirs);
  const state = { closed: false };
  mine.once('close', () => (state.closed = true));
  return { mine, theirs, state };
}

/** A page with its one live pipe (a window has one live connection, so one pipe for its lifetime). */
function desktopPage(waitMs = 10_000) {
  const page = new EventTarget() as unknown as Window;
  const requests: string[] = [];
  const openPipe = messagePortPipe((id) => void requests.push(id), page, waitMs);
  /** What the preload does with main's reply; `source` lets a test post as someone else. */
  const post = (id: unknown, port: NodePort, source: unknown = page) =>
    page.dispatchEvent(Object.assign(new Event('message'), { source, data: { type: LivePortChannels.pageMessage, id }, ports: [port] }));
  return { page, requests, post, openPipe };
}

/** One attempt of the connection: the pipe and what it told the connection. */
function open(window: ReturnType<typeof desktopPage>) {
  const handlers = { onOpen: vi.fn(), onFrame: vi.fn(), onClose: vi.fn() };
  const pipe: LivePipe = window.openPipe(handlers);
  return { pipe, ...handlers };
}

describe('the desktop window’s live port', () => {
  it('asks with a fresh id each time', () => {
    const window = desktopPage();
    open(window).pipe.close();
    open(window).pipe.close();
    expect(window.requests).toHaveLength(2);
    expect(window.requests[0]).toMatch(/^[\w-]{1,64}$/);
    expect(window.requests[0]).not.toBe(window.requests[1]);
  });

  it('closes a port answering another request and ignores it, then takes its own', async () => {
    const window = desktopPage();
    const attempt = open(window);
    const stranger = channel();
    window.post('not-what-i-asked-for', stranger.theirs);
    await vi.waitFor(() => expect(stranger.state.closed).toBe(true), SETTLE);
    expect(attempt.onOpen).not.toHaveBeenCalled();

    const own = channel();
    window.post(window.requests[0], own.theirs);
    expect(attempt.onOpen).toHaveBeenCalledTimes(1);
    // Frames flow both ways through the port it took.
    own.mine.postMessage(new Uint8Array([8, 0, 0]));
    await vi.waitFor(() => expect(attempt.onFrame).toHaveBeenCalledWith(new Uint8Array([8, 0, 0])), SETTLE);
    const heard = new Promise((resolve) => own.mine.once('message', resolve));
    attempt.pipe.send(new Uint8Array([4, 0, 0]));
    await expect(heard).resolves.toEqual(new Uint8Array([4, 0, 0]));
    expect(own.state.closed).toBe(false);
  });

  it('closes the late port of a request it gave up on, and keeps the port of the request it made next', async () => {
    const window = desktopPage(20);
    const first = open(window);
    await vi.waitFor(() => expect(first.onClose).toHaveBeenCalled(), SETTLE);
    const second = open(window);
    const [late, current] = [channel(), channel()];
    window.post(window.requests[0], late.theirs);
    window.post(window.requests[1], current.theirs);
    await vi.waitFor(() => expect(late.state.closed).toBe(true), SETTLE);
    expect(first.onOpen).not.toHaveBeenCalled();
    expect(second.onOpen).toHaveBeenCalledTimes(1);
    expect(current.state.closed).toBe(false);
  });

  it('closes a port that arrives while it waits for nothing (between giving up and asking again)', async () => {
    const window = desktopPage(20);
    const first = open(window);
    await vi.waitFor(() => expect(first.onClose).toHaveBeenCalled(), SETTLE);
    const late = channel();
    window.post(window.requests[0], late.theirs);
    await vi.waitFor(() => expect(late.state.closed).toBe(true), SETTLE);
  });

  it('ignores a port posted by another window or frame, even with the right id', async () => {
    const window = desktopPage();
    const attempt = open(window);
    const foreign = channel();
    window.post(window.requests[0], foreign.theirs, {});
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(attempt.onOpen).not.toHaveBeenCalled();
    const own = channel();
    window.post(window.requests[0], own.theirs);
    expect(attempt.onOpen).toHaveBeenCalledTimes(1);
  });
});
