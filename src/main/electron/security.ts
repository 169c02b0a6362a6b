/**
 * Locks down a window's web contents and session. Articles are untrusted: a link in one must not
 * navigate the window that holds the notebook, open another window, or make the app fetch the
 * network (which would tell a third party what the analyst reads). The only way out is an
 * http(s) link the user confirms after seeing its full URL.
 */
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, originOf } from './origins';

export interface HardenOptions {
  /** The origin the window's pages come from (`app://quotebook`, or the dev server in dev). */
  allowedOrigin: string;
  /** The dev server's origin, whose requests (and HMR socket) are allowed in dev only. */
  devServerOrigin?: string | null;
  /** Asks the user whether to open `url` in their browser; production shows a dialog with the full URL. */
  confirm: (url: string) => Promise<boolean>;
  /** Opens a URL outside the app (production: `shell.openExternal`). */
  openExternal: (url: string) => Promise<void>;
  /** Where refused actions are reported (for the log, not the user). */
  log?: (message: string) => void;
}

/**
 * The normalised URL when `url` may be offered to the user's browser or mail program, else null:
 * http(s) links, and mailto: links (notes may hold them, issue 6) — never scripts, files or data.
 */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'mailto:') return null;
  // The normalised form is what the user confirms and exactly what is opened.
  return parsed.href;
}

/**
 * Whether the session may issue a request for `url`: the app's own files, the devtools, inline
 * data the CSP already permits (`data:`/`blob:` never touch the network), and in dev the Vite
 * server including its HMR WebSocket. Everything else, above all http(s), is cancelled.
 */
export function isAllowedRequestUrl(url: string, devOrigin: string | null = null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    case 'app:':
      return originOf(url) === APP_ORIGIN;
    case 'http:':
    case 'ws:': {
      if (!devOrigin) return false;
      const origin = originOf(url);
      // Vite's HMR socket lives on the dev server's host and port, under ws:.
      return origin === devOrigin || origin === devOrigin.replace(/^http:/, 'ws:');
    }
    default:
      return false;
  }
}

/** Denies every permission (camera, notifications, geolocation…) and every new request for the network. */
export function hardenSession(session: Session, options: Pick<HardenOptions, 'allowedOrigin' | 'devServerOrigin' | 'log'>): void {
  const devOrigin = options.devServerOrigin ?? null;
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    options.log?.(`Refused a request for the "${permission}" permission.`);
    callback(false);
  });
  // Checks are the synchronous twin of requests. Writing plain text to the clipboard (copying a
  // citation) is the one capability the UI itself uses, and only from our own origin.
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'clipboard-sanitized-write' && originOf(requestingOrigin) === options.allowedOrigin,
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, devOrigin);
    if (!allowed) options.log?.(`Blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/** Applies every web-contents and session restriction; call before loading the page. */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const log = options.log ?? (() => {});
  let asking = false;

  // One question at a time: a page that spams window.open must not stack up dialogs.
  const offerExternal = (url: string): void => {
    const target = externalLinkTarget(url);
    if (!target || asking) return;
    asking = true;
    options
      .confirm(target)
      .then((yes) => (yes ? options.openExternal(target) : undefined))
      .catch((error: unknown) => log(`Could not open ${target}: ${String(error)}`))
      .finally(() => {
        asking = false;
      });
  };

  const isOwnPage = (url: string): boolean => originOf(url) === options.allowedOrigin;

  contents.on('will-navigate', (event) => {
    if (isOwnPage(event.url)) return;
    event.preventDefault();
    log(`Refused to navigate to ${event.url}`);
    // A plain link click in an article lands here; it may still go to the browser, if confirmed.
    offerExternal(event.url);
  });

  // A redirect is chosen by a server, not the user: never follow it out of the app, never offer it.
  contents.on('will-redirect', (event) => {
    if (isOwnPage(event.url)) return;
    event.preventDefault();
    log(`Refused a redirect to ${event.url}`);
  });

  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Refused to attach a <webview>.');
  });

  hardenSession(contents.session, { ...options, log });
}
