/**
 * The application menu, as a pure template. It stays small on purpose: the work happens in the
 * window (command palette, keyboard shortcuts); the menu carries what the OS expects (quit, the
 * edit roles that make copy/paste and undo work in text fields, zoom) and nothing that needs IPC.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuInput {
  /** Development build: adds the devtools toggle (packaged builds do not offer it). */
  isDev: boolean;
  platform: NodeJS.Platform;
  /** Opens another window on the same notebook (every window is live: they show one notebook). */
  onNewWindow?: () => void;
}

/** The template for `Menu.buildFromTemplate`. */
export function buildMenuTemplate({ isDev, platform, onNewWindow }: MenuInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  // macOS puts About/Hide/Quit in the menu named after the app.
  if (isMac) template.push({ role: 'appMenu' });

  template.push({
    label: '&File',
    submenu: [
      ...(onNewWindow ? [{ label: 'New &Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => onNewWindow() }, { type: 'separator' as const }] : []),
      isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  });

  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });

  const view: MenuItemConstructorOptions[] = [{ role: 'reload' }];
  if (isDev) view.push({ role: 'toggleDevTools' });
  view.push(
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  );
  template.push({ label: '&View', submenu: view });

  // macOS's Window menu: Minimize (Cmd+M), Zoom, Bring All to Front, and the list of windows.
  if (isMac) template.push({ role: 'windowMenu' });

  // On macOS "About" lives in the app menu; elsewhere in Help.
  template.push({ role: 'help', submenu: isMac ? [] : [{ role: 'about', label: 'About Quotebook' }] });
  return template;
}
