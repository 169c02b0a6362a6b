/**
 * The browser edition's page is opened as `/?launch=…`: a one-time code, not the API token. The
 * code is removed from the address bar at once, then traded (a same-origin POST to
 * `/api/session`) for the token, which is kept in this tab's sessionStorage (so a reload still
 * works) and sent as a header, never in a cookie or an address, so no other local site or the
 * browser's history can hold it. A code works once: the address in the history opens nothing.
 */

const STORAGE_KEY = 'quotebook.token';

export interface TokenPlace {
  location: { href: string };
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** POSTs the code to the page's own server; resolves with the token, or null when refused. */
  redeem: (code: string) => Promise<string | null>;
}

/** Why the page has no token (shown instead of a generic error), or null. */
export type SessionProblem = 'spent' | 'missing' | null;

/** Opens the page's session: trades a launch code in the address, or reads the token this tab kept. */
export async function openSession(place: TokenPlace): Promise<{ token: string | null; problem: SessionProblem }> {
  const url = new URL(place.location.href);
  const code = url.searchParams.get('launch');
  // Older addresses carried the token itself: it is never read from there, only cleaned away.
  const stale = url.searchParams.has('token');
  if (code !== null || stale) {
    url.searchParams.delete('launch');
    url.searchParams.delete('token');
    place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  if (code) {
    const token = await place.redeem(code).catch(() => null);
    if (token) {
      try {
        place.storage?.setItem(STORAGE_KEY, token);
      } catch {
        // Storage can be disabled; the token then lives only as long as this page.
      }
      return { token, problem: null };
    }
  }
  let kept: string | null = null;
  try {
    kept = place.storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    kept = null;
  }
  if (kept) return { token: kept, problem: null };
  return { token: null, problem: code ? 'spent' : 'missing' };
}

/** Trades a launch code at the page's own server (same origin, JSON, so no other site can). */
export async function redeemAtOwnServer(fetcher: typeof globalThis.fetch, code: string): Promise<string | null> {
  const response = await fetcher('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ launch: code }),
    credentials: 'omit',
    cache: 'no-store',
  });
  const body = (await response.json().catch(() => null)) as { ok?: boolean; value?: { token?: unknown } } | null;
  return body?.ok && typeof body.value?.token === 'string' ? body.value.token : null;
}
