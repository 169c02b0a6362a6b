import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import {
  externalLinkTarget,
  hardenWebContents,
  isAllowedRequestUrl,
  type HardenOptions,
} from '../../../../src/main/electron/security';

type Listener = (event: { url?: string; preventDefault: () => void }) => void;
type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

/** Just enough of WebContents and its Session to record what the shell registers. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpen: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  let permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  let permissionCheck: ((wc: unknown, permission: string, origin: string) => boolean) | null = null;
  let beforeRequest: RequestListener | null = null;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof windowOpen) => {
      windowOpen = handler;
    }),
    session: {
      setPermissionRequestHandler: vi.fn((handler: typeof permissionRequest) => {
        permissionRequest = handler;
      }),
      setPermissionCheckHandler: vi.fn((handler: typeof permissionCheck) => {
        permissionCheck = handler;
      }),
      webRequest: {
        onBeforeRequest: vi.fn((listener: RequestListener) => {
          beforeRequest = listener;
        }),
      },
    },
  };
  /** Emits a navigation-like event; returns whether it was prevented. */
  const emit = (name: string, url?: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    emit,
    has: (name: string) => listeners.has(name),
    open: (url: string) => windowOpen!({ url, frameName: '', features: '', disposition: 'foreground-tab' } as HandlerDetails),
    requestPermission: (permission: string) =>
      new Promise<boolean>((resolve) => permissionRequest!(contents, permission, resolve)),
    checkPermission: (permission: string, origin: string) => permissionCheck!(contents, permission, origin),
    request: (url: string) =>
      new Promise<boolean>((resolve) => beforeRequest!({ url }, (response) => resolve(response.cancel === true))),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('hardenWebContents', () => {
  let fake: ReturnType<typeof fakeContents>;
  let options: HardenOptions & { confirm: ReturnType<typeof vi.fn>; openExternal: ReturnType<typeof vi.fn> };

  const harden = (overrides: Partial<HardenOptions> = {}) => {
    fake = fakeContents();
    options = {
      allowedOrigin: 'app://quotebook',
      confirm: vi.fn(async () => true),
      openExternal: vi.fn(async () => {}),
      log: () => {},
      ...overrides,
    } as typeof options;
    hardenWebContents(fake.contents, options);
  };
  beforeEach(() => harden());

  it('lets the app navigate within its own origin', () => {
    expect(fake.emit('will-navigate', 'app://quotebook/index.html#notes')).toBe(false);
  });

  it.each(['https://example.org/', 'app://other/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<b>x</b>'])(
    'denies navigating to %s',
    (url) => {
      expect(fake.emit('will-navigate', url)).toBe(true);
    },
  );

  it('denies redirects out of the app and never offers them externally', async () => {
    expect(fake.emit('will-redirect', 'https://tracker.example/')).toBe(true);
    expect(fake.emit('will-redirect', 'app://quotebook/index.html')).toBe(false);
    await settle();
    expect(options.confirm).not.toHaveBeenCalled();
  });

  it('always denies window.open', () => {
    for (const url of ['https://example.org/', 'app://quotebook/index.html', 'about:blank']) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('opens an http(s) link externally only after the user confirms the full URL', async () => {
    fake.open('https://example.org/a path?q=1');
    expect(options.openExternal).not.toHaveBeenCalled();
    await settle();
    expect(options.confirm).toHaveBeenCalledWith('https://example.org/a%20path?q=1');
    expect(options.openExternal).toHaveBeenCalledWith('https://example.org/a%20path?q=1');
  });

  it('offers a link clicked in an article (a navigation) the same way', async () => {
    fake.emit('will-navigate', 'http://example.org/story');
    await settle();
    expect(options.confirm).toHaveBeenCalledWith('http://example.org/story');
    expect(options.openExternal).toHaveBeenCalledWith('http://example.org/story');
  });

  it('offers an e-mail link (notes may hold mailto:) after the same confirmation', async () => {
    fake.open('mailto:desk@example.org');
    await settle();
    expect(options.confirm).toHaveBeenCalledWith('mailto:desk@example.org');
    expect(options.openExternal).toHaveBeenCalledWith('mailto:desk@example.org');
  });

  it('does not open the link when the user declines', async () => {
    harden({ confirm: vi.fn(async () => false) });
    fake.open('https://example.org/');
    await settle();
    expect(options.confirm).toHaveBeenCalledTimes(1);
    expect(options.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://quotebook/index.html',
    'ftp://example.org/',
    'smb://server/share',
    'not a url',
  ])('never asks about nor opens %s', async (url) => {
    fake.open(url);
    fake.emit('will-navigate', url);
    await settle();
    expect(options.confirm).not.toHaveBeenCalled();
    expect(options.openExternal).not.toHaveBeenCalled();
  });

  it('asks one question at a time when a page opens links in a loop', async () => {
    let answer: (yes: boolean) => void = () => {};
    harden({ confirm: vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve))) });
    for (let i = 0; i < 5; i++) fake.open(`https://example.org/${i}`);
    expect(options.confirm).toHaveBeenCalledTimes(1);
    answer(true);
    await settle();
    expect(options.openExternal).toHaveBeenCalledTimes(1);
    expect(options.openExternal).toHaveBeenCalledWith('https://example.org/0');
  });

  it('survives a failing openExternal', async () => {
    harden({ openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) });
    fake.open('https://example.org/');
    await settle();
    fake.open('https://example.org/again');
    await settle();
    expect(options.confirm).toHaveBeenCalledTimes(2);
  });

  it('denies attaching a webview', () => {
    expect(fake.has('will-attach-webview')).toBe(true);
    expect(fake.emit('will-attach-webview')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission request',
    async (permission) => {
      expect(await fake.requestPermission(permission)).toBe(false);
    },
  );

  it('allows only clipboard writes from the app itself on permission checks', () => {
    expect(fake.checkPermission('clipboard-sanitized-write', 'app://quotebook')).toBe(true);
    expect(fake.checkPermission('clipboard-sanitized-write', 'https://example.org')).toBe(false);
    expect(fake.checkPermission('clipboard-read', 'app://quotebook')).toBe(false);
    expect(fake.checkPermission('media', 'app://quotebook')).toBe(false);
  });

  it('cancels every network request and keeps the app’s own', async () => {
    expect(await fake.request('app://quotebook/assets/app.js')).toBe(false);
    expect(await fake.request('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(await fake.request('https://images.example.org/pixel.gif')).toBe(true);
    expect(await fake.request('http://localhost:5173/src/main.tsx')).toBe(true);
  });

  it('lets the dev server through in development only', async () => {
    harden({ allowedOrigin: 'http://localhost:5173', devServerOrigin: 'http://localhost:5173' });
    expect(await fake.request('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(await fake.request('https://example.org/')).toBe(true);
  });
});

describe('externalLinkTarget', () => {
  it.each([
    ['https://example.org', 'https://example.org/'],
    ['HTTP://Example.org/a b', 'http://example.org/a%20b'],
    ['mailto:press@example.org?subject=Quote', 'mailto:press@example.org?subject=Quote'],
  ])('offers %s as %s', (url, target) => {
    expect(externalLinkTarget(url)).toBe(target);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'file:///C:/x', 'data:,x', 'blob:app://quotebook/1', 'about:blank', '//example.org', ''])(
    'never offers %s',
    (url) => {
      expect(externalLinkTarget(url)).toBeNull();
    },
  );
});

describe('isAllowedRequestUrl', () => {
  const dev = 'http://localhost:5173';
  it.each([
    ['app://quotebook/index.html', null, true],
    ['app://other/index.html', null, false],
    ['devtools://devtools/bundled/devtools_app.html', null, true],
    ['data:image/png;base64,AAAA', null, true],
    ['blob:app://quotebook/0b1c', null, true],
    ['https://example.org/', null, false],
    ['http://example.org/', null, false],
    ['wss://example.org/socket', null, false],
    ['file:///etc/passwd', null, false],
    ['ftp://example.org/', null, false],
    ['http://localhost:5173/@vite/client', null, false],
    ['http://localhost:5173/@vite/client', dev, true],
    ['ws://localhost:5173/', dev, true],
    ['http://localhost:5174/', dev, false],
    ['https://example.org/', dev, false],
    ['not a url', dev, false],
  ] as const)('%s (dev server %s) → %s', (url, devOrigin, allowed) => {
    expect(isAllowedRequestUrl(url, devOrigin)).toBe(allowed);
  });
});
