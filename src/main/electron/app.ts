/**
 * The desktop shell's lifecycle: one instance, one notebook, one hardened window. Everything
 * interesting happens in the services; this file only decides the order things happen in, which
 * is where Electron apps usually go wrong (a scheme registered after ready, IPC registered after
 * the page loads, a notebook lock never released).
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, shell } from 'electron';
import { defaultNotebookDir } from '../paths';
import { createOperations } from '../services';
import { NotebookSession } from '../services/session';
import { createSenderCheck, registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, devServerOrigin, trustedOrigins } from './origins';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenWebContents } from './security';
import { mainWindowOptions } from './windowOptions';

export interface ShellOptions {
  /** The directory of the built main bundle (`out/main`); the preload and renderer sit beside it. */
  mainDir: string;
  /** `process.env.ELECTRON_RENDERER_URL`: set by electron-vite in dev, ignored when packaged. */
  rendererUrl?: string | undefined;
  /** The notebook to open; defaults to the per-user notebook. */
  notebookDir?: string | undefined;
}

/** What the user reads when the notebook cannot be opened (e.g. another process holds it). */
export function openFailureMessage(error: unknown, dir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${message}\n\nNotebook folder: ${dir}`;
}

/** Asks before a link leaves the app; the full URL is shown so a disguised link cannot hide where it goes. */
async function confirmExternal(window: BrowserWindow, url: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    title: 'Open link in your browser?',
    message: 'Open this link in your web browser?',
    detail: url,
    buttons: ['Open in Browser', 'Cancel'],
    // Enter or Escape must not open a link the user has not read.
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

/** Starts the desktop app. Call once, from the main entry, before the app is ready. */
export function startApp(options: ShellOptions): void {
  // The notebook has one writer (DESIGN.md "Storage"): a second launch hands over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Both must happen before 'ready': Electron ignores them afterwards.
  app.enableSandbox();
  registerAppScheme(protocol);

  const devOrigin = devServerOrigin(options.rendererUrl, app.isPackaged);
  const isDev = !app.isPackaged;
  const pageOrigin = devOrigin ?? APP_ORIGIN;
  let window: BrowserWindow | null = null;
  let session: NotebookSession | null = null;
  let disposeIpc: (() => void) | null = null;

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(mainWindowOptions({ mainDir: options.mainDir, dark: nativeTheme.shouldUseDarkColors }));
    // Hardened before the first load, so not even the first page runs unprotected.
    hardenWebContents(win.webContents, {
      allowedOrigin: pageOrigin,
      devServerOrigin: devOrigin,
      confirm: (url) => confirmExternal(win, url),
      openExternal: (url) => shell.openExternal(url),
      log: (message) => console.warn(`[quotebook] ${message}`),
    });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (window === win) window = null;
    });
    const url = devOrigin && options.rendererUrl ? options.rendererUrl : APP_ENTRY_URL;
    win.loadURL(url).catch((error: unknown) => console.error(`[quotebook] Could not load ${url}`, error));
    return win;
  };

  const onReady = async (): Promise<void> => {
    registerAppProtocol(protocol, join(options.mainDir, '..', 'renderer'));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev, platform: process.platform })));

    const dir = options.notebookDir ?? defaultNotebookDir();
    try {
      session = await NotebookSession.open(dir, { create: true });
    } catch (error) {
      dialog.showErrorBox('Quotebook could not open your notebook', openFailureMessage(error, dir));
      app.quit();
      return;
    }

    const dispatcher = createOperations(session, (error) => console.error('[quotebook] internal error', error));
    // Handlers exist before the page loads, so its first call never races an unregistered channel.
    disposeIpc = registerIpcHandlers(ipcMain, dispatcher, createSenderCheck(trustedOrigins(devOrigin)));
    window = createWindow();
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // On macOS an app stays open without windows and reopens one from the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (session && BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });

  // Closing is async (pending writes, then the notebook's .lock is released), so the first
  // will-quit is held back until it is done and then quitting resumes.
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('will-quit', (event) => {
    disposeIpc?.();
    disposeIpc = null;
    if (closed || (!session && !closing)) return;
    event.preventDefault();
    if (closing) return;
    const open = session;
    session = null;
    closing = (open ? open.close() : Promise.resolve())
      .catch((error: unknown) => console.error('[quotebook] Could not close the notebook cleanly', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      dialog.showErrorBox('Quotebook could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
