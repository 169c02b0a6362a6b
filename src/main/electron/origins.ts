/**
 * Where the UI is allowed to come from. Every security decision in the shell (which requests may
 * leave, which pages may navigate, which senders may call an operation) compares against these
 * origins, so they are computed in one place and by one function.
 */

/** The custom scheme the packaged UI is served from (never `file://`, see DESIGN.md "Security"). */
export const APP_SCHEME = 'app';
/** The only host `app://` answers for; any other host is refused. */
export const APP_HOST = 'quotebook';
/** The origin of the packaged UI. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin of `url` as `scheme://host[:port]`, or null when it cannot be parsed or carries
 * credentials. Node's `URL#origin` is the string "null" for non-special schemes such as `app:`,
 * so the origin is built from its parts instead.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // `app://evil@quotebook/` has host "quotebook"; refusing credentials keeps the check boring.
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

/**
 * The Vite dev server's origin when the shell runs in development, else null. electron-vite sets
 * ELECTRON_RENDERER_URL in dev only; a packaged app ignores it (an environment variable must not
 * be able to point a window holding the notebook at some web page), and only loopback http is
 * accepted.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  let parsed: URL;
  try {
    parsed = new URL(rendererUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return originOf(rendererUrl);
}

/** The origins whose pages count as Quotebook's own UI. */
export function trustedOrigins(devOrigin: string | null): string[] {
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}
