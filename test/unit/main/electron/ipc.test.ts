import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../../../src/shared/api/contract';
import type { Result } from '../../../../src/shared/api/result';
import { createDispatcher, type Dispatcher, type Handlers } from '../../../../src/main/services/dispatcher';
import { createSenderCheck, isTrustedSenderUrl, registerIpcHandlers } from '../../../../src/main/electron/ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** An ipcMain that records its handlers, as Electron's would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>, handlers };
}

interface FrameDouble {
  url: string;
  parent: FrameDouble | null;
}
const mainFrame = (url: string): FrameDouble => ({ url, parent: null });
const eventFrom = (frame: FrameDouble | null) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

/** The real dispatcher over handlers that only record their input. */
function recordingDispatcher() {
  const calls: [string, unknown][] = [];
  const handlers = Object.fromEntries(
    operationNames.map((name) => [name, (input: unknown) => (calls.push([name, input]), { echoed: name })]),
  ) as unknown as Handlers;
  return { dispatcher: createDispatcher(handlers), calls };
}

const APP = ['app://quotebook'];
const trusted = createSenderCheck(APP);

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per operation of the contract', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, recordingDispatcher().dispatcher, trusted);
    expect([...handlers.keys()].sort()).toEqual([...operationNames].sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(operationNames.length);
  });

  it('removes every handler it registered when disposed', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispose = registerIpcHandlers(ipcMain, recordingDispatcher().dispatcher, trusted);
    dispose();
    expect(handlers.size).toBe(0);
    expect(vi.mocked(ipcMain.removeHandler).mock.calls.map(([name]) => name).sort()).toEqual([...operationNames].sort());
  });

  it.each(operationNames)('forwards %s from the app to the dispatcher under its own name', async (name) => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, { invoke }, trusted);
    const input = { some: 'input' };
    const result = await handlers.get(name)!(eventFrom(mainFrame('app://quotebook/index.html')), input, 'ignored extra');
    expect(invoke).toHaveBeenCalledWith(name, input);
    expect(result).toEqual({ ok: true, value: 'done' });
  });

  it('runs a valid request through the real dispatcher', async () => {
    const { dispatcher, calls } = recordingDispatcher();
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, dispatcher, trusted);
    const result = await handlers.get('articles:get')!(eventFrom(mainFrame('app://quotebook/index.html')), { id: 'a1' });
    expect(result).toEqual({ ok: true, value: { echoed: 'articles:get' } });
    expect(calls).toEqual([['articles:get', { id: 'a1' }]]);
  });

  it.each([
    ['articles:get', { id: '../../etc/passwd' }],
    ['articles:get', {}],
    ['articles:get', 'a1'],
    ['articles:list', { extra: true }],
    ['quotes:create', { articleId: 'a1', start: -1, end: 2 }],
    ['notes:save', { title: 1, content: {} }],
    ['notebook:open', { dir: '' }],
  ])('answers invalid input to %s with invalid-input and never reaches the handler', async (name, input) => {
    const { dispatcher, calls } = recordingDispatcher();
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, dispatcher, trusted);
    const result = await handlers.get(name)!(eventFrom(mainFrame('app://quotebook/index.html')), input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['another origin', mainFrame('https://evil.example/')],
    ['another app host', mainFrame('app://evil/index.html')],
    ['a file page', mainFrame('file:///tmp/article.html')],
    ['a subframe of the app', { url: 'app://quotebook/frame.html', parent: mainFrame('app://quotebook/index.html') }],
    ['a foreign subframe', { url: 'https://evil.example/', parent: mainFrame('app://quotebook/index.html') }],
    ['a frame that is gone', null],
  ])('refuses %s as forbidden without calling the dispatcher', async (_label, frame) => {
    const invoke = vi.fn<Dispatcher['invoke']>();
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, { invoke }, trusted);
    for (const name of operationNames) {
      const result = await handlers.get(name)!(eventFrom(frame), {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!result.ok) expect(result.error.message).toMatch(/refused/);
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a dispatcher that throws into a value instead of a rejection', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, { invoke: () => Promise.reject(new Error('boom')) }, trusted);
    const result = await handlers.get('articles:list')!(eventFrom(mainFrame('app://quotebook/')), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('createSenderCheck', () => {
  it('trusts the dev server only when it is listed', () => {
    const event = eventFrom(mainFrame('http://localhost:5173/'));
    expect(createSenderCheck(APP)(event)).toBe(false);
    expect(createSenderCheck([...APP, 'http://localhost:5173'])(event)).toBe(true);
  });
});

describe('isTrustedSenderUrl', () => {
  const allowed = ['app://quotebook', 'http://localhost:5173'];
  it.each([
    ['app://quotebook/index.html', true],
    ['app://quotebook/', true],
    ['APP://QUOTEBOOK/index.html', true],
    ['http://localhost:5173/', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    ['app://quotebook.evil/index.html', false],
    ['app://evil@quotebook/index.html', false],
    ['app://evil/index.html', false],
    ['file:///work/out/renderer/index.html', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isTrustedSenderUrl(url, allowed)).toBe(expected);
  });
});
