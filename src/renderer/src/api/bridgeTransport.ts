/**
 * The desktop transport: the preload's `window.quotebook`. Its functions already resolve to
 * Results; this wrapper only turns an IPC failure (a crashed or restarting main process) into one.
 */
import { bridgeName, type QuotebookApi } from '../../../shared/api/bridge';
import { fail, type Result } from '../../../shared/api/result';
import type { Caller } from './createApi';

type LooseBridge = Partial<Record<string, (input: unknown) => Promise<Result<unknown>>>>;

export const bridgeMessages = {
  missing: (name: string) => `This Quotebook window does not offer "${name}". Restart Quotebook to update it.`,
  failed: "Quotebook's background process did not answer. Try again; if it keeps happening, restart Quotebook.",
  preloadFailed:
    'This Quotebook window could not connect to the app: its preload script did not load, so nothing can be read or saved. Restart Quotebook; if it keeps happening, reinstall it.',
} as const;

/**
 * True when this page runs in Quotebook's desktop window (its own app:// scheme, or Electron's
 * dev server page), whether or not the preload managed to install the bridge. Without the bridge
 * such a page must not fall back to the browser edition's HTTP, whose messages (an access token,
 * `quotebook serve`) would send the user the wrong way.
 */
export function isDesktopPage(place: { protocol: string; userAgent: string }): boolean {
  return place.protocol === 'app:' || /\bElectron\//.test(place.userAgent);
}

/** The caller of a desktop window whose preload failed: every call says so. */
export function createMissingBridgeCaller(): Caller {
  return async () => fail('unavailable', bridgeMessages.preloadFailed);
}

/** A caller over the preload bridge. */
export function createBridgeCaller(bridge: QuotebookApi): Caller {
  const functions = bridge as unknown as LooseBridge;
  return async (name, input) => {
    const fn = functions[bridgeName(name)];
    if (typeof fn !== 'function') return fail('unknown-operation', bridgeMessages.missing(name));
    try {
      return await fn(input);
    } catch {
      return fail('internal', bridgeMessages.failed);
    }
  };
}
