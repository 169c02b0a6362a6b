/**
 * One-time launch codes of the browser edition. The address `quotebook serve` prints carries a
 * code, not the API token: the page trades it once (a same-origin POST) for the token, which it
 * keeps in its tab's sessionStorage and sends as a header. No cookie ever holds a credential: a
 * cookie for 127.0.0.1 reaches every local service the browser visits, whatever its port. A code
 * is spent on first use and expires after a few minutes, so the address left in the browser's
 * history (replaceState cleans the address bar, not every history record) opens nothing.
 */
import { randomBytes } from 'node:crypto';
import { tokenMatches } from './guards';

/** Codes not yet used; the oldest is dropped past this many. */
const MAX_OUTSTANDING = 32;
/** Long enough to copy the printed address into a browser, short enough to be useless later. */
export const LAUNCH_CODE_LIFETIME_MS = 5 * 60_000;

interface Outstanding {
  code: string;
  expiresAt: number;
}

export class LaunchCodes {
  private codes: Outstanding[] = [];

  /** `now` is injected so tests can move the clock. */
  constructor(private readonly now: () => number = Date.now) {}

  /** A new code, valid for one use within LAUNCH_CODE_LIFETIME_MS. */
  mint(): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.push({ code, expiresAt: this.now() + LAUNCH_CODE_LIFETIME_MS });
    if (this.codes.length > MAX_OUTSTANDING) this.codes.shift();
    return code;
  }

  /** True (once) when `candidate` is an outstanding, unexpired code; a matching code is spent. */
  redeem(candidate: unknown): boolean {
    const now = this.now();
    this.codes = this.codes.filter((c) => c.expiresAt > now);
    if (typeof candidate !== 'string') return false;
    const at = this.codes.findIndex((c) => tokenMatches(candidate, c.code));
    if (at < 0) return false;
    this.codes.splice(at, 1);
    return true;
  }
}
