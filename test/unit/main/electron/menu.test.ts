import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../../src/main/electron/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('buildMenuTemplate', () => {
  it('offers quit, the edit roles, reload and zoom', () => {
    const all = roles(buildMenuTemplate({ isDev: false, platform: 'linux' }));
    expect(all).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'about']));
  });

  it('opens another window on the notebook from File → New Window (Ctrl+Shift+N)', () => {
    let opened = 0;
    const file = buildMenuTemplate({ isDev: false, platform: 'linux', onNewWindow: () => opened++ })[0]!;
    const item = (file.submenu as MenuItemConstructorOptions[]).find((entry) => entry.label === 'New &Window');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+N');
    (item!.click as () => void)();
    expect(opened).toBe(1);
    expect(JSON.stringify(buildMenuTemplate({ isDev: false, platform: 'linux' }))).not.toContain('New &Window');
  });

  it('offers the devtools in development only', () => {
    expect(roles(buildMenuTemplate({ isDev: false, platform: 'linux' }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ isDev: true, platform: 'linux' }))).toContain('toggleDevTools');
  });

  it('follows macOS conventions on macOS', () => {
    const template = buildMenuTemplate({ isDev: false, platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles(template)).toContain('close');
    // The Window menu carries Minimize (Cmd+M); About is in the app menu, not twice.
    expect(roles(template)).toContain('windowMenu');
    expect(roles(template)).not.toContain('about');
    expect(roles(buildMenuTemplate({ isDev: false, platform: 'win32' }))).not.toContain('windowMenu');
  });
});
