/**
 * The desktop shell's lifecycle: one instance, one notebook, one hardened window. Everything
 * interesting happens in the services; this file only decides the order things happen in, which
 * is where Electron apps usually go wrong (a name set after the profile folder was chosen, a
 * scheme registered after ready, IPC registered after the page loads, a notebook lock never
 * released).
 */
import { hostname } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, MessageChannelMain, Menu, nativeTheme, powerMonitor, protocol, session as electronSession, shell } from 'electron';
import { LiveHub } from '../live/liveHub';
import { defaultNotebookDir } from '../paths';
import { createOperations, type Dispatcher } from '../services';
import { NotebookSession } from '../services/session';
import { isProcessAlive } from '../store/lock';
import { takeOverLock } from '../store/lockTakeover';
import { contextMenuTemplate } from './contextMenu';
import { createSenderCheck, registerIpcHandlers } from './ipc';
import { openCommandLineAccess, type CommandLineAccess } from './commandLineAccess';
import { registerLivePorts } from './livePorts';
import { lockChoiceOf, lockDialogOptions, openWithLockPrompt } from './lockPrompt';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_ORIGIN, devServerOrigin, trustedOrigins } from './origins';
import { deferredDispatcher, PendingWork } from './pendingWork';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenWebContents } from './security';
import { carryOverProfile } from './profileMigration';
import { createShutdown } from './shutdown';
import { configureSpellChecker } from './spellcheck';
import { mainWindowOptions } from './windowOptions';

/** The name menus, dialogs and the profile folder use (package.json `productName` says the same). */
export const APP_NAME = 'Quotebook';
/** The profile folder's name before the app had a product name (the npm package's name). */
const OLD_PROFILE_NAME = 'quotebook';

export interface ShellOptions {
  /** The directory of the built main bundle (`out/main`); the preload and renderer sit beside it. */
  mainDir: string;
  /** `process.env.ELECTRON_RENDERER_URL`: set by electron-vite in dev, ignored when packaged. */
  rendererUrl?: string | undefined;
  /** The notebook to open; defaults to the per-user notebook. */
  notebookDir?: string | undefined;
}

/** What the user reads when the notebook cannot be opened. */
export function openFailureMessage(error: unknown, dir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${message}\n\nNotebook folder: ${dir}`;
}

/** What the user reads when the window's preload (its only way to reach the notebook) failed. */
export function preloadFailureMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    `The window could not connect to Quotebook: its preload script failed (${message}). Nothing in your notebook was changed.\n\n` +
    'Reinstall Quotebook; when running from a checkout, run "npm run build" and start again.'
  );
}

const NOT_OPEN_MESSAGE = 'The notebook is not open (see the message Quotebook showed at start). Restart Quotebook to try again.';

/** How long quitting waits for running work before asking, and how long a system shutdown waits. */
const QUIT_WAIT_MS = 10_000;
const SYSTEM_ENDING_WAIT_MS = 2_000;

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
  // First of all: the single-instance lock and the Chromium profile (note drafts) live in the
  // userData folder, which is named after the app. Set later, they would land in "quotebook/".
  app.setName(APP_NAME);
  const appData = app.getPath('appData');
  app.setPath('userData', join(appData, APP_NAME));
  carryOverProfile(join(appData, OLD_PROFILE_NAME), join(appData, APP_NAME), (m) => console.warn(`[quotebook] ${m}`));

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
  // A notebook folder opened from Finder before the app was ready (macOS sends open-file first).
  let openedFromFinder: string | null = null;
  let dir = options.notebookDir ?? defaultNotebookDir();
  const pending = new PendingWork();
  let window: BrowserWindow | null = null;
  let session: NotebookSession | null = null;
  let disposeIpc: (() => void) | null = null;
  /** Every window's live channel ends here (changes made elsewhere, notes edited together). */
  let liveHub: LiveHub | null = null;
  /** The local address the command line works through while the app has the notebook open. */
  let commandLine: Promise<CommandLineAccess | null> = Promise.resolve(null);
  let quitRequested = false;

  const shutdown = createShutdown({
    pending,
    closeNotebook: async () => {
      disposeIpc?.();
      disposeIpc = null;
      await (await commandLine)?.close();
      commandLine = Promise.resolve(null);
      liveHub?.close();
      liveHub = null;
      const open = session;
      session = null;
      await open?.close();
    },
    askToWait: async (summary) => {
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        title: 'Quotebook is still saving',
        message: 'Quotebook is still working on something you started.',
        detail: `${summary}\n\nWait for it to finish, or quit now without it.`,
        buttons: ['Wait', 'Quit Now'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return response === 0;
    },
    report: (title, message) => {
      console.error(`[quotebook] ${title}: ${message}`);
      if (app.isReady()) dialog.showErrorBox(title, message);
    },
    waitMs: { quit: QUIT_WAIT_MS, systemEnding: SYSTEM_ENDING_WAIT_MS },
  });

  /** Closes the notebook, then quits; asked again meanwhile, it neither closes nor quits twice. */
  let quitting = false;
  const closeThenQuit = (interactive: boolean) => {
    if (quitting) return;
    quitting = true;
    void shutdown.close(interactive).then(() => app.quit());
  };
  /** The system is ending (shutdown, restart, log-off): save and release the lock, no dialogs. */
  const onSystemEnding = () => closeThenQuit(false);

  const createWindow = (): BrowserWindow => {
    const win = new BrowserWindow(mainWindowOptions({ mainDir: options.mainDir, dark: nativeTheme.shouldUseDarkColors, platform: process.platform, isDev }));
    // Hardened before the first load, so not even the first page runs unprotected.
    hardenWebContents(win.webContents, {
      allowedOrigin: pageOrigin,
      devServerOrigin: devOrigin,
      confirm: (url) => confirmExternal(win, url),
      openExternal: (url) => shell.openExternal(url),
      log: (message) => console.warn(`[quotebook] ${message}`),
    });
    win.webContents.on('context-menu', (_event, params) => {
      const template = contextMenuTemplate(
        params,
        {
          replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
          addToDictionary: (word) => void win.webContents.session.addWordToSpellCheckerDictionary(word),
          lookUp: () => win.webContents.showDefinitionForSelection(),
        },
        process.platform,
      );
      if (template.length) Menu.buildFromTemplate(template).popup({ window: win });
    });
    win.webContents.on('preload-error', (_event, _path, error) => {
      console.error('[quotebook] The preload script failed', error);
      dialog.showErrorBox('Quotebook could not start its window', preloadFailureMessage(error));
    });
    // Windows ends the session without before-quit or will-quit: this is the only warning.
    win.on('session-end', onSystemEnding);
    win.on('closed', () => {
      // Another window (File → New Window) becomes the one dialogs and a second launch use.
      if (window === win) window = BrowserWindow.getAllWindows().find((other) => other !== win && !other.isDestroyed()) ?? null;
      // A quit the page held back (its last note save was in flight) resumes once it has closed.
      if (quitRequested && BrowserWindow.getAllWindows().length === 0) app.quit();
    });
    const url = devOrigin && options.rendererUrl ? options.rendererUrl : APP_ENTRY_URL;
    win.loadURL(url).catch((error: unknown) => console.error(`[quotebook] Could not load ${url}`, error));
    return win;
  };

  /** Opens the notebook, asking what to do when another process holds its lock. */
  const openNotebook = async (): Promise<Dispatcher | null> => {
    const opened = await openWithLockPrompt(dir, {
      // The window shows the library at once; the articles are checked behind it.
      open: (where, how) => NotebookSession.open(where, { ...how, deferChecks: true }),
      ask: async (where, holder) => {
        const question = lockDialogOptions(where, { holder, thisHost: hostname(), alive: isProcessAlive });
        const { response } = window ? await dialog.showMessageBox(window, question) : await dialog.showMessageBox(question);
        return lockChoiceOf(response);
      },
      takeOver: takeOverLock,
    });
    if (!opened) {
      app.quit();
      return null;
    }
    session = opened.session;
    const hub = new LiveHub(opened.session.store);
    liveHub = hub;
    const dispatcher = createOperations(opened.session, (error) => console.error('[quotebook] internal error', error));
    const announce = (notebookDir: string) =>
      openCommandLineAccess({ notebookDir, dispatcher, rendererDir: join(options.mainDir, '..', 'renderer'), live: hub }).catch((error: unknown) => {
        // The app works without it; only the command line stays locked out while the app runs.
        console.warn('[quotebook] The command line cannot work through the app:', error);
        return null;
      });
    commandLine = announce(opened.session.store.dir);
    // Another notebook opened (from Finder): the windows' channels close and reconnect to it, and
    // the command line finds the app beside that notebook's lock instead.
    opened.session.onSwitch((store) => {
      hub.retarget(store);
      const previous = commandLine;
      commandLine = previous.then(async (access) => (await access?.close(), announce(store.dir)));
    });
    // A notebook that joined a team syncs on its own while the app has it open (docs/team.md).
    opened.session.enableTeamSync();
    return dispatcher;
  };

  const onReady = async (): Promise<void> => {
    dir = openedFromFinder ?? dir;
    configureSpellChecker(electronSession.defaultSession, process.platform);
    registerAppProtocol(protocol, join(options.mainDir, '..', 'renderer'));
    const onNewWindow = () => {
      if (!shutdown.done && !quitting) window = createWindow();
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev, platform: process.platform, onNewWindow })));
    powerMonitor.on('shutdown', onSystemEnding);

    const ready = openNotebook();
    // Handlers exist before the page loads, so its first call never races an unregistered
    // channel; calls made while the notebook opens wait for it.
    const dispatcher = pending.track(deferredDispatcher(ready, NOT_OPEN_MESSAGE));
    const isTrustedSender = createSenderCheck(trustedOrigins(devOrigin));
    const disposeOperations = registerIpcHandlers(ipcMain, dispatcher, isTrustedSender);
    const disposeLivePorts = registerLivePorts(ipcMain, {
      hub: () => ready.then(() => liveHub),
      isTrustedSender,
      createChannel: () => new MessageChannelMain(),
      log: (message) => console.warn(`[quotebook] ${message}`),
    });
    disposeIpc = () => {
      disposeOperations();
      disposeLivePorts();
    };
    // The window appears at once with the page's loading state, not after the notebook opened.
    window = createWindow();
    try {
      await ready;
    } catch (error) {
      dialog.showErrorBox('Quotebook could not open your notebook', openFailureMessage(error, dir));
      app.quit();
    }
  };

  // macOS: a `.quotebook` folder double-clicked in Finder (package.json's file association).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!app.isReady()) {
      openedFromFinder = path;
      return;
    }
    const open = session;
    if (!open || shutdown.done || open.store.dir === path) {
      if (!window && !shutdown.done && session) window = createWindow();
      return;
    }
    open
      .switchTo(path)
      .then(() => {
        dir = path;
        if (window) window.webContents.reload();
        else window = createWindow();
      })
      .catch((error: unknown) => dialog.showErrorBox('Quotebook could not open that notebook', openFailureMessage(error, path)));
  });

  app.on('second-instance', () => {
    // On macOS the app lives on without windows: a second launch then means "show me a window".
    if (!window) {
      if (app.isReady() && !shutdown.done) window = createWindow();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // On macOS an app stays open without windows and reopens one from the dock.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !shutdown.done && BrowserWindow.getAllWindows().length === 0) window = createWindow();
  });

  app.on('before-quit', () => {
    quitRequested = true;
  });
  // Closing is async (running work, queued writes, then the notebook's .lock is released), so
  // will-quit is held back until it is done and then quitting resumes.
  app.on('will-quit', (event) => {
    if (shutdown.done) return;
    event.preventDefault();
    closeThenQuit(true);
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      dialog.showErrorBox('Quotebook could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
