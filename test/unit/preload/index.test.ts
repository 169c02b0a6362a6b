import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeName } from '../../../src/shared/api/bridge';
import { operationNames } from '../../../src/shared/api/contract';

// The preload runs in Electron's sandbox; here Electron is a double that records what is exposed.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  send: vi.fn(),
  listeners: new Map<string, (event: { ports: unknown[] }, ...args: unknown[]) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, listener: (event: { ports: unknown[] }, ...args: unknown[]) => void) => electron.listeners.set(channel, listener),
    sendSync: vi.fn(),
  },
}));

describe('preload', () => {
  let api: Record<string, unknown>;
  const page = { postMessage: vi.fn(), location: { origin: 'app://quotebook' } };
  beforeAll(async () => {
    vi.stubGlobal('window', page);
    await import('../../../src/preload/index');
    api = electron.exposed.get('quotebook') as Record<string, unknown>;
  });

  it('exposes the API, a small shell object and the live channel’s request, nothing else', () => {
    expect([...electron.exposed.keys()].sort()).toEqual(['quotebook', 'quotebookLive', 'quotebookShell']);
    expect(electron.exposed.get('quotebookShell')).toEqual({ isDesktop: true });
  });

  it('asks main for a live channel with the page’s request id and posts the port, with that id, into the page, to this page’s origin only', () => {
    const live = electron.exposed.get('quotebookLive') as { connect(id: string): void };
    expect(Object.keys(live)).toEqual(['connect']);
    live.connect('request-1');
    expect(electron.send).toHaveBeenCalledWith('live:connect', 'request-1');
    const port = { a: 'port' };
    electron.listeners.get('live:port')!({ ports: [port] }, 'request-1');
    expect(page.postMessage).toHaveBeenCalledWith({ type: 'quotebook:live-port', id: 'request-1' }, 'app://quotebook', [port]);
  });

  it('exposes exactly one function per operation of the contract', () => {
    expect(Object.keys(api).sort()).toEqual(operationNames.map(bridgeName).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or any part of it', () => {
    const values = [...electron.exposed.values()].flatMap((v) => [v, ...Object.values(v as object)]);
    expect(values).not.toContain(electron.invoke);
    for (const value of values) expect(value).not.toHaveProperty('invoke');
  });

  it.each(operationNames)('forwards %s on its own channel with the input unchanged', async (name) => {
    electron.invoke.mockClear();
    const input = { probe: name };
    const call = api[bridgeName(name)] as (input: unknown) => Promise<unknown>;
    await expect(call(input)).resolves.toEqual({ ok: true, value: { channel: name, input } });
    expect(electron.invoke).toHaveBeenCalledTimes(1);
    expect(electron.invoke).toHaveBeenCalledWith(name, input);
  });
});
