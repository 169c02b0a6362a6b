import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../../../src/shared/api/contract';

// Electron cannot run here: the shell is driven through a double that records what it is asked.
const h = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class FakeWindow {
    static all: FakeWindow[] = [];
    listeners = new Map<string, Listener>();
    contentsListeners = new Map<string, Listener>();
    webContents = {
      on: vi.fn((name: string, fn: Listener) => this.contentsListeners.set(name, fn)),
      replaceMisspelling: vi.fn(),
      reload: vi.fn(),
      showDefinitionForSelection: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: {
        addWordToSpellCheckerDictionary: vi.fn(() => true),
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
    isDestroyed = vi.fn(() => false);
    once = vi.fn((name: string, fn: Listener) => this.listeners.set(name, fn));
    on = vi.fn((name: string, fn: Listener) => this.listeners.set(name, fn));
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      FakeWindow.all.push(this);
    }
    static getAllWindows = vi.fn(() => FakeWindow.all);
  }
  const appListeners = new Map<string, Listener>();
  const powerListeners = new Map<string, Listener>();
  const session = {
    close: vi.fn(async () => {}),
    enableTeamSync: vi.fn(),
    switchTo: vi.fn(async (_dir: string) => {}),
    onSwitch: vi.fn(() => () => {}),
    // What the live hub reads of the store: its change feed (nothing changes here).
    store: { dir: '/home/analyst/My notebook.quotebook', onChange: vi.fn(() => () => {}), live: null },
  };
  const popup = vi.fn();
  const dispatcher = { invoke: vi.fn(async () => ({ ok: true, value: 'from dispatcher' })) };
  return {
    FakeWindow,
    appListeners,
    powerListeners,
    session,
    dispatcher,
    app: {
      isPackaged: true,
      setName: vi.fn(),
      getPath: vi.fn((name: string) => `/home/analyst/.config-${name}`),
      setPath: vi.fn(),
      isReady: vi.fn(() => true),
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      enableSandbox: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      on: vi.fn((name: string, fn: Listener) => appListeners.set(name, fn)),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })) },
    popup,
    Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t, popup })), setApplicationMenu: vi.fn() },
    powerMonitor: { on: vi.fn((name: string, fn: Listener) => powerListeners.set(name, fn)) },
    defaultSession: { setSpellCheckerDictionaryDownloadURL: vi.fn(), setSpellCheckerEnabled: vi.fn() },
    takeOverLock: vi.fn(async () => true),
    shell: { openExternal: vi.fn(async () => {}) },
    openSession: vi.fn(async (_dir: string, _opts?: unknown): Promise<unknown> => session),
    createOperations: vi.fn(() => dispatcher),
    commandLineAccess: { close: vi.fn(async () => {}) },
    openCommandLineAccess: vi.fn(async (_options: unknown): Promise<{ close: () => Promise<void> }> => ({ close: async () => {} })),
  };
});

vi.mock('electron', () => ({
  app: h.app,
  BrowserWindow: h.FakeWindow,
  dialog: h.dialog,
  ipcMain: h.ipcMain,
  MessageChannelMain: class {
    port1 = { on: vi.fn(), postMessage: vi.fn(), start: vi.fn(), close: vi.fn() };
    port2 = { on: vi.fn(), postMessage: vi.fn(), start: vi.fn(), close: vi.fn() };
  },
  Menu: h.Menu,
  nativeTheme: { shouldUseDarkColors: false },
  powerMonitor: h.powerMonitor,
  protocol: h.protocol,
  session: { defaultSession: h.defaultSession },
  shell: h.shell,
}));
vi.mock('../../../../src/main/store/lockTakeover', () => ({ takeOverLock: h.takeOverLock }));
vi.mock('../../../../src/main/services/session', () => ({ NotebookSession: { open: h.openSession } }));
vi.mock('../../../../src/main/services', () => ({ createOperations: h.createOperations }));
vi.mock('../../../../src/main/electron/commandLineAccess', () => ({ openCommandLineAccess: h.openCommandLineAccess }));
vi.mock('../../../../src/main/paths', () => ({ defaultNotebookDir: () => '/home/analyst/My notebook.quotebook' }));

const { startApp, openFailureMessage, preloadFailureMessage } = await import('../../../../src/main/electron/app');

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
  h.powerListeners.clear();
  h.FakeWindow.all = [];
  h.dispatcher.invoke.mockImplementation(async () => ({ ok: true, value: 'from dispatcher' }));
  h.dialog.showMessageBox.mockImplementation(async () => ({ response: 1, checkboxChecked: false }));
  h.app.isPackaged = true;
  h.app.requestSingleInstanceLock.mockReturnValue(true);
  h.openSession.mockImplementation(async () => h.session);
  h.openCommandLineAccess.mockImplementation(async () => h.commandLineAccess);
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
    expect(h.openSession).toHaveBeenCalledWith('/home/analyst/My notebook.quotebook', { create: true, deferChecks: true });
    // Opened with its article checks deferred: the library shows from the catalog at once (issue 13 item 5).
    // The open notebook syncs with its team server on its own while the app runs (issue 12).
    expect(h.session.enableTeamSync).toHaveBeenCalled();
    expect(h.createOperations).toHaveBeenCalledWith(h.session, expect.any(Function));
    // The command line finds the app beside the lock and works through its operations (issue 12).
    expect(h.openCommandLineAccess).toHaveBeenCalledWith(expect.objectContaining({ notebookDir: '/home/analyst/My notebook.quotebook', dispatcher: h.dispatcher }));
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

    // Shown at once (the page has a loading state), not after ready-to-show.
    expect((win.options as { show?: boolean }).show).toBe(true);
  });

  it('names itself Quotebook before anything uses the profile folder (even the single-instance lock)', () => {
    startApp({ mainDir });
    expect(h.app.setName).toHaveBeenCalledWith('Quotebook');
    expect(h.app.setPath).toHaveBeenCalledWith('userData', join('/home/analyst/.config-appData', 'Quotebook'));
    const first = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0]!;
    expect(first(h.app.setName)).toBeLessThan(first(h.app.requestSingleInstanceLock));
    expect(first(h.app.setPath)).toBeLessThan(first(h.app.requestSingleInstanceLock));
  });

  it('turns dictionary downloads off before the window loads', async () => {
    startApp({ mainDir });
    await settle();
    expect(h.defaultSession.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(expect.stringMatching(/^http:\/\/127\.0\.0\.1:/));
    expect(h.defaultSession.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]!).toBeLessThan(onlyWindow().loadURL.mock.invocationCallOrder[0]!);
  });

  it('answers the page’s first calls once the notebook is open, even when they come before', async () => {
    let finishOpening: (s: unknown) => void = () => {};
    h.openSession.mockImplementationOnce(() => new Promise((resolve) => (finishOpening = resolve)));
    startApp({ mainDir });
    await settle();
    const win = onlyWindow(); // already there, before the notebook is open
    const [, handler] = h.ipcMain.handle.mock.calls.find(([name]) => name === 'articles:list')!;
    const answer = (handler as (...a: unknown[]) => Promise<unknown>)({ senderFrame: { url: 'app://quotebook/index.html', parent: null } }, {});
    await settle();
    expect(h.dispatcher.invoke).not.toHaveBeenCalled();
    finishOpening(h.session);
    await expect(answer).resolves.toEqual({ ok: true, value: 'from dispatcher' });
    expect(win.loadURL).toHaveBeenCalledTimes(1);
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
    // The page's calls get a message instead of hanging.
    const [, handler] = h.ipcMain.handle.mock.calls.find(([name]) => name === 'articles:list')!;
    const answer = (await (handler as (...a: unknown[]) => Promise<unknown>)({ senderFrame: { url: 'app://quotebook/index.html', parent: null } }, {})) as { ok: boolean; error: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.message).toMatch(/not open/);
  });

  it('closes the notebook (releasing its lock) before quitting completes', async () => {
    startApp({ mainDir });
    await settle();
    const first = { preventDefault: vi.fn() };
    emitApp('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    // A second quit request while closing neither closes twice nor lets the app exit early.
    const impatient = { preventDefault: vi.fn() };
    emitApp('will-quit', impatient);
    expect(impatient.preventDefault).toHaveBeenCalled();
    await settle();
    expect(h.ipcMain.removeHandler).toHaveBeenCalledTimes(operationNames.length);
    expect(h.session.close).toHaveBeenCalledTimes(1);
    // The command line's address is withdrawn before the lock goes.
    expect(h.commandLineAccess.close).toHaveBeenCalledTimes(1);
    expect(h.commandLineAccess.close.mock.invocationCallOrder[0]!).toBeLessThan(h.session.close.mock.invocationCallOrder[0]!);
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
    // ... and says so.
    expect(h.dialog.showErrorBox).toHaveBeenCalledWith(expect.stringMatching(/could not finish saving/), expect.stringContaining('disk gone'));
  });

  it('hands the app window a live channel with the same sender check as the operations', async () => {
    startApp({ mainDir });
    await settle();
    const [channel, onRequest] = h.ipcMain.on.mock.calls[0] as unknown as [string, (event: unknown, id: unknown) => void];
    expect(channel).toBe('live:connect');
    const own = { url: 'app://quotebook/index.html', parent: null, postMessage: vi.fn() };
    const foreign = { url: 'https://evil.example/', parent: null, postMessage: vi.fn() };
    const sender = { once: vi.fn(), removeListener: vi.fn() };
    onRequest({ senderFrame: own, sender }, 'request-1');
    onRequest({ senderFrame: foreign, sender }, 'request-2');
    expect(own.postMessage).toHaveBeenCalledWith('live:port', 'request-1', [expect.objectContaining({ postMessage: expect.any(Function) })]);
    // The window's channel ends when it is gone.
    expect(sender.once).toHaveBeenCalledWith('destroyed', expect.any(Function));
    expect(foreign.postMessage).not.toHaveBeenCalled();
    // Quitting removes the listener with the operations' handlers.
    emitApp('will-quit', { preventDefault: vi.fn() });
    await settle();
    expect(h.ipcMain.removeListener).toHaveBeenCalledWith('live:connect', onRequest);
  });

  it('opens another window on the notebook from File → New Window; a second launch then shows the newest', async () => {
    startApp({ mainDir });
    await settle();
    const template = h.Menu.buildFromTemplate.mock.calls[0]![0] as { submenu?: { label?: string; click?: () => void }[] }[];
    const newWindow = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.label === 'New &Window')!;
    newWindow.click!();
    expect(h.FakeWindow.all).toHaveLength(2);
    const [first, second] = h.FakeWindow.all;
    expect(second!.loadURL).toHaveBeenCalledWith('app://quotebook/index.html');
    // The newest window closes: a second launch brings the remaining one forward, no third window.
    h.FakeWindow.all = [first!];
    second!.listeners.get('closed')!();
    emitApp('second-instance');
    expect(first!.focus).toHaveBeenCalled();
    expect(h.FakeWindow.all).toHaveLength(1);
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

const fromApp = { senderFrame: { url: 'app://quotebook/index.html', parent: null } };
const handlerOf = (name: string) => h.ipcMain.handle.mock.calls.find(([n]) => n === name)![1] as (...a: unknown[]) => Promise<{ ok: boolean; error?: { message: string } }>;
const lockedError = Object.assign(new Error('The notebook is open in another Quotebook process.'), {
  code: 'locked',
  holder: { pid: 4242, hostname: 'old-laptop-name', startedAt: '2026-12-04T09:00:00.000Z', app: 'Quotebook', token: 't1' },
});

describe('a notebook whose lock is held', () => {
  const answer = (label: string) => {
    h.dialog.showMessageBox.mockImplementationOnce(async (...args: unknown[]) => {
      const options = args.at(-1) as { buttons: string[] };
      return { response: options.buttons.indexOf(label), checkboxChecked: false };
    });
  };

  it('explains who holds it and offers Open Read-Only, Open Anyway and Quit, never just quitting', async () => {
    h.openSession.mockRejectedValueOnce(lockedError);
    answer('Quit');
    startApp({ mainDir, notebookDir: '/data/Research.quotebook' });
    await settle();
    await settle();
    const options = (h.dialog.showMessageBox.mock.calls[0] as unknown[]).at(-1) as { buttons: string[]; detail: string; cancelId: number };
    expect(options.buttons).toEqual(['Open Read-Only', 'Open Anyway', 'Quit']);
    expect(options.detail).toContain('process 4242');
    expect(options.detail).toContain('old-laptop-name');
    expect(options.detail).toContain('/data/Research.quotebook');
    expect(options.buttons[options.cancelId]).toBe('Quit'); // Escape quits, it never opens anyway
    expect(h.app.quit).toHaveBeenCalledTimes(1);
    expect(h.openSession).toHaveBeenCalledTimes(1);
  });

  it('Open Read-Only opens it without the lock', async () => {
    h.openSession.mockRejectedValueOnce(lockedError);
    answer('Open Read-Only');
    startApp({ mainDir, notebookDir: '/data/Research.quotebook' });
    await settle();
    await settle();
    expect(h.openSession).toHaveBeenLastCalledWith('/data/Research.quotebook', { readOnly: true, deferChecks: true });
    expect(h.takeOverLock).not.toHaveBeenCalled();
    expect(h.app.quit).not.toHaveBeenCalled();
    await expect(handlerOf('articles:list')(fromApp, {})).resolves.toEqual({ ok: true, value: 'from dispatcher' });
  });

  it('Open Anyway removes the lock it showed and opens the notebook for writing', async () => {
    h.openSession.mockRejectedValueOnce(lockedError);
    answer('Open Anyway');
    startApp({ mainDir, notebookDir: '/data/Research.quotebook' });
    await settle();
    await settle();
    expect(h.takeOverLock).toHaveBeenCalledWith('/data/Research.quotebook', lockedError.holder);
    expect(h.openSession).toHaveBeenLastCalledWith('/data/Research.quotebook', { create: true, deferChecks: true });
    expect(h.app.quit).not.toHaveBeenCalled();
  });
});

describe('the window as a desktop window', () => {
  const contextMenu = (params: Record<string, unknown>) =>
    onlyWindow().contentsListeners.get('context-menu')!({}, {
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
      ...params,
    });

  it('shows a context menu whose spelling suggestion replaces the word', async () => {
    startApp({ mainDir });
    await settle();
    contextMenu({ misspelledWord: 'qoute', dictionarySuggestions: ['quote', 'quota'] });
    expect(h.popup).toHaveBeenCalledTimes(1);
    const template = h.Menu.buildFromTemplate.mock.calls.at(-1)![0] as { label?: string; role?: string; click?: () => void }[];
    template.find((item) => item.label === 'quote')!.click!();
    expect(onlyWindow().webContents.replaceMisspelling).toHaveBeenCalledWith('quote');
    template.find((item) => item.label === 'Add to Dictionary')!.click!();
    expect(onlyWindow().webContents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('qoute');
    expect(template.map((item) => item.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
  });

  it('shows no menu where there is nothing to offer', async () => {
    startApp({ mainDir });
    await settle();
    contextMenu({ isEditable: false });
    expect(h.popup).not.toHaveBeenCalled();
  });

  it('says so when the preload fails, without sending the user to a server token', async () => {
    startApp({ mainDir });
    await settle();
    onlyWindow().contentsListeners.get('preload-error')!({}, '/opt/quotebook/out/preload/index.js', new Error('Unexpected token'));
    const [title, message] = h.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toMatch(/could not start its window/);
    expect(message).toContain('preload script failed (Unexpected token)');
    expect(message).not.toMatch(/serve|\?token/);
    expect(preloadFailureMessage('x')).toContain('Reinstall');
  });

  it('on macOS, a second launch after the window was closed opens a new window', async () => {
    startApp({ mainDir });
    await settle();
    onlyWindow().listeners.get('closed')!();
    h.FakeWindow.all = [];
    emitApp('second-instance');
    expect(h.FakeWindow.all).toHaveLength(1);
  });
});

describe('a .quotebook folder opened from Finder (macOS)', () => {
  it('before the app is ready: opens that notebook instead of the default one', async () => {
    h.app.isReady.mockReturnValue(false);
    startApp({ mainDir });
    emitApp('open-file', { preventDefault: vi.fn() }, '/Users/analyst/Elections.quotebook');
    h.app.isReady.mockReturnValue(true);
    await settle();
    expect(h.openSession).toHaveBeenCalledWith('/Users/analyst/Elections.quotebook', { create: true, deferChecks: true });
  });

  it('while running: switches to it and reloads the window', async () => {
    startApp({ mainDir });
    await settle();
    const event = { preventDefault: vi.fn() };
    emitApp('open-file', event, '/Users/analyst/Elections.quotebook');
    await settle();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(h.session.switchTo).toHaveBeenCalledWith('/Users/analyst/Elections.quotebook');
    expect(onlyWindow().webContents.reload).toHaveBeenCalled();
  });
});

describe('ending while work is arriving', () => {
  /** An operation that runs until `finish` is called. */
  const slowOperation = () => {
    let finish: () => void = () => {};
    h.dispatcher.invoke.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve({ ok: true, value: 'imported' }))));
    return () => finish();
  };

  it('on Windows’ session end (no will-quit then), saves and releases the lock, then quits', async () => {
    startApp({ mainDir });
    await settle();
    onlyWindow().listeners.get('session-end')!({});
    await settle();
    expect(h.session.close).toHaveBeenCalledTimes(1);
    expect(h.app.quit).toHaveBeenCalledTimes(1);
    expect(h.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('on a Linux or macOS system shutdown, does the same', async () => {
    startApp({ mainDir });
    await settle();
    h.powerListeners.get('shutdown')!();
    await settle();
    expect(h.session.close).toHaveBeenCalledTimes(1);
    expect(h.app.quit).toHaveBeenCalledTimes(1);
  });

  it('waits for an import that is still running before closing the notebook', async () => {
    startApp({ mainDir });
    await settle();
    const finish = slowOperation();
    const importing = handlerOf('articles:import')(fromApp, { paths: ['/tmp/a.pdf'] });
    emitApp('will-quit', { preventDefault: vi.fn() });
    await settle();
    expect(h.session.close).not.toHaveBeenCalled();
    // Work asked for after quitting began is refused with a reason, not half done.
    const late = await handlerOf('notes:save')(fromApp, { id: 'n1' });
    expect(late.ok).toBe(false);
    expect(late.error?.message).toMatch(/closing/);
    finish();
    await expect(importing).resolves.toEqual({ ok: true, value: 'imported' });
    await settle();
    expect(h.session.close).toHaveBeenCalledTimes(1);
    expect(h.app.quit).toHaveBeenCalledTimes(1);
  });

  it('when it takes long, asks; Quit Now says what was not saved', async () => {
    vi.useFakeTimers();
    try {
      startApp({ mainDir });
      await vi.advanceTimersByTimeAsync(0);
      slowOperation();
      void handlerOf('articles:import')(fromApp, { paths: ['/tmp/a.pdf'] });
      h.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false }); // Quit Now
      emitApp('will-quit', { preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(60_000);
      const question = (h.dialog.showMessageBox.mock.calls[0] as unknown[]).at(-1) as { buttons: string[]; detail: string };
      expect(question.buttons).toEqual(['Wait', 'Quit Now']);
      expect(question.detail).toContain('an article being imported');
      expect(h.session.close).toHaveBeenCalledTimes(1);
      expect(h.dialog.showErrorBox).toHaveBeenCalledWith(expect.stringMatching(/quit before this was saved/), expect.stringContaining('an article being imported'));
      expect(h.app.quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('openFailureMessage', () => {
  it('says what happened and where', () => {
    expect(openFailureMessage(new Error('Locked by another process.'), '/n')).toBe('Locked by another process.\n\nNotebook folder: /n');
    expect(openFailureMessage('odd', '/n')).toContain('odd');
  });
});
