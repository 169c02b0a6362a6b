import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../../../src/shared/api/contract';

// Electron cannot run here: the shell is driven through a double that records what it is asked.
const h = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class FakeWindow {
    static all: FakeWindow[] = [];
    listeners = new Map<string, Listener>();
    webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    };
    loadURL = vi.fn(async (_url: string) => {});
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    once = vi.fn((name: string, fn: Listener) => this.listeners.set(name, fn));
    on = vi.fn((name: string, fn: Listener) => this.listeners.set(name, fn));
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      FakeWindow.all.push(this);
    }
    static getAllWindows = vi.fn(() => FakeWindow.all);
  }
  const appListeners = new Map<string, Listener>();
  const session = { close: vi.fn(async () => {}) };
  const dispatcher = { invoke: vi.fn(async () => ({ ok: true, value: 'from dispatcher' })) };
  return {
    FakeWindow,
    appListeners,
    session,
    dispatcher,
    app: {
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      enableSandbox: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      on: vi.fn((name: string, fn: Listener) => appListeners.set(name, fn)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })) },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
    openSession: vi.fn(async (_dir: string, _opts?: unknown): Promise<unknown> => session),
    createOperations: vi.fn(() => dispatcher),
  };
});

vi.mock('electron', () => ({
  app: h.app,
  BrowserWindow: h.FakeWindow,
  dialog: h.dialog,
  ipcMain: h.ipcMain,
  Menu: h.Menu,
  nativeTheme: { shouldUseDarkColors: false },
  protocol: h.protocol,
  shell: h.shell,
}));
vi.mock('../../../../src/main/services/session', () => ({ NotebookSession: { open: h.openSession } }));
vi.mock('../../../../src/main/services', () => ({ createOperations: h.createOperations }));
vi.mock('../../../../src/main/paths', () => ({ defaultNotebookDir: () => '/home/analyst/My notebook.quotebook' }));

const { startApp, openFailureMessage } = await import('../../../../src/main/electron/app');

const mainDir = join('/opt', 'quotebook', 'out', 'main');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const emitApp = (name: string, ...args: unknown[]) => h.appListeners.get(name)?.(...args);
const onlyWindow = () => {
  expect(h.FakeWindow.all).toHaveLength(1);
  return h.FakeWindow.all[0]!;
};

beforeEach(() => {
  vi.clearAllMocks();
  h.appListeners.clear();
  h.FakeWindow.all = [];
  h.app.isPackaged = true;
  h.app.requestSingleInstanceLock.mockReturnValue(true);
  h.openSession.mockImplementation(async () => h.session);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('startApp', () => {
  it('quits at once when another instance holds the single-instance lock', () => {
    h.app.requestSingleInstanceLock.mockReturnValue(false);
    startApp({ mainDir });
    expect(h.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(h.app.quit).toHaveBeenCalledTimes(1);
    expect(h.app.whenReady).not.toHaveBeenCalled();
    expect(h.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(h.openSession).not.toHaveBeenCalled();
  });

  it('registers the app scheme and the sandbox before the app is ready', () => {
    startApp({ mainDir });
    expect(h.app.quit).not.toHaveBeenCalled();
    expect(h.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const order = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0]!;
    expect(order(h.protocol.registerSchemesAsPrivileged)).toBeLessThan(order(h.app.whenReady));
    expect(order(h.app.enableSandbox)).toBeLessThan(order(h.app.whenReady));
  });

  it('on ready opens the notebook, registers IPC, then loads the app page into a hardened window', async () => {
    startApp({ mainDir });
    await settle();
    expect(h.openSession).toHaveBeenCalledWith('/home/analyst/My notebook.quotebook', { create: true });
    expect(h.createOperations).toHaveBeenCalledWith(h.session, expect.any(Function));
    expect(h.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(h.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    const channels = h.ipcMain.handle.mock.calls.map(([name]) => name as string);
    expect(channels.sort()).toEqual([...operationNames].sort());

    const win = onlyWindow();
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.options.webPreferences?.['preload']).toBe(join('/opt', 'quotebook', 'out', 'preload', 'index.js'));
    expect(win.loadURL).toHaveBeenCalledWith('app://quotebook/index.html');
    // Hardened and wired before the first page can run.
    const loaded = win.loadURL.mock.invocationCallOrder[0]!;
    expect(win.webContents.setWindowOpenHandler.mock.invocationCallOrder[0]!).toBeLessThan(loaded);
    expect(win.webContents.session.webRequest.onBeforeRequest.mock.invocationCallOrder[0]!).toBeLessThan(loaded);
    expect(h.ipcMain.handle.mock.invocationCallOrder.at(-1)!).toBeLessThan(loaded);

    expect(win.show).not.toHaveBeenCalled();
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('routes IPC from the app window to the dispatcher', async () => {
    startApp({ mainDir });
    await settle();
    const [, handler] = h.ipcMain.handle.mock.calls.find(([name]) => name === 'articles:list')!;
    const event = { senderFrame: { url: 'app://quotebook/index.html', parent: null } };
    await expect((handler as (...a: unknown[]) => Promise<unknown>)(event, {})).resolves.toEqual({ ok: true, value: 'from dispatcher' });
    expect(h.dispatcher.invoke).toHaveBeenCalledWith('articles:list', {});
  });

  it('shows why the notebook could not be opened, then quits', async () => {
    h.openSession.mockRejectedValue(new Error('This notebook is open in another Quotebook (process 4242).'));
    startApp({ mainDir, notebookDir: '/data/Research.quotebook' });
    await settle();
    expect(h.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = h.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toMatch(/could not open/i);
    expect(message).toContain('This notebook is open in another Quotebook (process 4242).');
    expect(message).toContain('/data/Research.quotebook');
    expect(h.app.quit).toHaveBeenCalledTimes(1);
    expect(h.FakeWindow.all).toHaveLength(0);
    expect(h.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('closes the notebook (releasing its lock) before quitting completes', async () => {
    startApp({ mainDir });
    await settle();
    const first = { preventDefault: vi.fn() };
    emitApp('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(h.session.close).toHaveBeenCalledTimes(1);
    expect(h.ipcMain.removeHandler).toHaveBeenCalledTimes(operationNames.length);
    // A second quit request while closing neither closes twice nor lets the app exit early.
    const impatient = { preventDefault: vi.fn() };
    emitApp('will-quit', impatient);
    expect(impatient.preventDefault).toHaveBeenCalled();
    await settle();
    expect(h.session.close).toHaveBeenCalledTimes(1);
    expect(h.app.quit).toHaveBeenCalledTimes(1);
    const last = { preventDefault: vi.fn() };
    emitApp('will-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('still quits when closing the notebook fails', async () => {
    h.session.close.mockRejectedValueOnce(new Error('disk gone'));
    startApp({ mainDir });
    await settle();
    emitApp('will-quit', { preventDefault: vi.fn() });
    await settle();
    expect(h.app.quit).toHaveBeenCalledTimes(1);
  });

  it('brings the existing window forward when a second instance starts', async () => {
    startApp({ mainDir });
    await settle();
    emitApp('second-instance');
    const win = onlyWindow();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      startApp({ mainDir });
      Object.defineProperty(process, 'platform', { value: 'linux' });
      emitApp('window-all-closed');
      expect(h.app.quit).toHaveBeenCalledTimes(1);
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      emitApp('window-all-closed');
      expect(h.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('loads the Vite dev server in development, and only there', async () => {
    h.app.isPackaged = false;
    startApp({ mainDir, rendererUrl: 'http://localhost:5173/' });
    await settle();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/');

    h.FakeWindow.all = [];
    h.app.isPackaged = true;
    startApp({ mainDir, rendererUrl: 'http://localhost:5173/' });
    await settle();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('app://quotebook/index.html');
  });

  it('asks with the full URL before opening a link in the browser', async () => {
    startApp({ mainDir });
    await settle();
    const openHandler = onlyWindow().webContents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;

    expect(openHandler({ url: 'https://example.org/story?id=7' })).toEqual({ action: 'deny' });
    await settle();
    expect(h.dialog.showMessageBox).toHaveBeenCalledWith(
      onlyWindow(),
      expect.objectContaining({ detail: 'https://example.org/story?id=7', cancelId: 1, defaultId: 1 }),
    );
    expect(h.shell.openExternal).not.toHaveBeenCalled();

    h.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    openHandler({ url: 'https://example.org/story?id=7' });
    await settle();
    expect(h.shell.openExternal).toHaveBeenCalledWith('https://example.org/story?id=7');
  });
});

describe('openFailureMessage', () => {
  it('says what happened and where', () => {
    expect(openFailureMessage(new Error('Locked by another process.'), '/n')).toBe('Locked by another process.\n\nNotebook folder: /n');
    expect(openFailureMessage('odd', '/n')).toContain('odd');
  });
});
