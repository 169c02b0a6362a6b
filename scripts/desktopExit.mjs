// How `npm start` reads the way the desktop app ended, so a window that never opened is explained
// (and the browser edition offered) instead of being reported as a clean exit. Pure: tested alone.

/** Chromium's words when Ubuntu 23.10+/24.04's AppArmor rules leave it no usable sandbox (electron#42510). */
export const SUID_SANDBOX_MESSAGE = 'SUID sandbox helper binary was found, but is not configured correctly';

/** Signals the user (or the terminal) sends to stop the app: stopping is not crashing. */
const STOP_SIGNALS = new Set(['SIGINT', 'SIGTERM', 'SIGHUP']);

/** Windows reports a crash as an NTSTATUS exit code (0xC0000005 access violation and the like). */
const WINDOWS_CRASH_CODE = 0xc0000000;

/**
 * What happened to the desktop process: `ok` (closed normally), `stopped` (interrupted by the
 * user), `sandbox` (Ubuntu's sandbox abort), `crashed` (killed by a signal or an abort), or
 * `failed` (exited with an error code of its own, after saying why).
 * @param {{ code: number | null, signal: NodeJS.Signals | null, stderr: string }} exit
 * @returns {'ok' | 'stopped' | 'sandbox' | 'crashed' | 'failed'}
 */
export function classifyDesktopExit({ code, signal, stderr }) {
  if (stderr.includes(SUID_SANDBOX_MESSAGE)) return 'sandbox';
  if (signal) return STOP_SIGNALS.has(signal) ? 'stopped' : 'crashed';
  if (code === 0) return 'ok';
  if (code === null) return 'crashed';
  // A shell wrapper reports death by signal N as 128+N (133 is SIGTRAP, Chromium's abort).
  if (code > 128 && code <= 128 + 64) return code === 130 || code === 143 || code === 129 ? 'stopped' : 'crashed';
  if (code >= WINDOWS_CRASH_CODE) return 'crashed';
  return 'failed';
}

/**
 * The lines printed when the desktop window could not start: one to explain, then what to do.
 * @param {'sandbox' | 'crashed'} kind
 * @param {{ code: number | null, signal: string | null, sandboxHelper: string }} detail
 * @returns {string}
 */
export function desktopFailureMessage(kind, { code, signal, sandboxHelper }) {
  if (kind === 'sandbox') {
    return [
      "Quotebook: this system's security settings (Ubuntu 23.10 and later) stopped the desktop window before it opened: Chromium's sandbox helper is not set up.",
      '  To fix it once (asks for your password):',
      `    sudo chown root:root "${sandboxHelper}" && sudo chmod 4755 "${sandboxHelper}"`,
      '  Other fixes (an AppArmor profile, or QUOTEBOOK_NO_SANDBOX=1 at your own risk) are in docs/desktop.md.',
    ].join('\n');
  }
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  return `Quotebook: the desktop app crashed (${how}). If it keeps happening, see "When the desktop window cannot start" in docs/desktop.md.`;
}

/** Printed whenever the sandbox is turned off on request, so nobody forgets it is off. */
export const NO_SANDBOX_WARNING =
  'Quotebook: QUOTEBOOK_NO_SANDBOX=1: running without the Chromium sandbox. A hostile imported article would then have more reach; prefer the fix in docs/desktop.md.';
