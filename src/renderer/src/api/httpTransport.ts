/**
 * The browser edition's transport: each operation is `POST /api/<operation>` with the input as
 * JSON and the per-run token in `X-Quotebook-Token` (never a cookie: see token.ts). The server always answers with a Result;
 * anything else (no answer, HTML, a proxy error) becomes a Result error the user can act on.
 */
import { fail, type Result } from '../../../shared/api/result';
import type { Caller } from './createApi';

/** The header carrying the token this tab got for its launch code. */
export const TOKEN_HEADER = 'X-Quotebook-Token';

/** How to get into Quotebook again; every refusal ends with it. */
const howToOpen =
  'Run `quotebook serve --new-address` in a terminal and open the address it prints, or go back to the tab where Quotebook already runs.';

export const messages = {
  notAnswering: "Quotebook's server is not answering. Is `quotebook serve` still running?",
  noToken: `This tab is not connected to Quotebook. To keep your notebook safe from other sites, each tab opens with its own one-time address, so a new tab, a bookmark or a copied address opens nothing. ${howToOpen}`,
  launchSpent: `This address was already used or has expired: each address opens one tab, once, within 5 minutes, so the copy in your browser history opens nothing. ${howToOpen}`,
  unreadable: (status: number) =>
    `Quotebook's server sent an answer that could not be read (HTTP ${status}). Reload the page; if it keeps happening, restart \`quotebook serve\`.`,
  forbidden: `Quotebook's server no longer accepts this tab (it was probably restarted since the tab opened). ${howToOpen}`,
} as const;

export interface HttpTransportOptions {
  /** The fetch to use (injected so tests can fake the server). */
  fetch: typeof globalThis.fetch;
  /** The token to send, or null when the page has none (waits for the session to open). */
  token: () => string | null | Promise<string | null>;
  /** Why there is no token, when known ('spent': the launch address was used before). */
  problem?: () => 'spent' | 'missing' | null;
  /** Prefix of the API paths; empty for the page's own origin. */
  baseUrl?: string;
  /** Told each time the page is refused access (no token, or the server refused it), to show it. */
  onRefused?: (message: string) => void;
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null) return false;
  const value = body as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (value.ok === true) return 'value' in value;
  return value.ok === false && typeof value.error?.code === 'string' && typeof value.error.message === 'string';
}

/** A caller that reaches the operations over HTTP. */
export function createHttpCaller(options: HttpTransportOptions): Caller {
  const base = options.baseUrl ?? '';
  return async (name, input) => {
    const refused = (message: string) => {
      options.onRefused?.(message);
      return fail('forbidden', message);
    };
    const token = await options.token();
    if (!token) return refused(options.problem?.() === 'spent' ? messages.launchSpent : messages.noToken);

    let response: Response;
    try {
      response = await options.fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return fail('unavailable', messages.notAnswering);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    // The server's 401 talks about tokens; this tab knows better what the analyst should do.
    if (response.status === 401 || response.status === 403) return refused(messages.forbidden);
    if (isResult(body)) return body;
    return fail('internal', messages.unreadable(response.status));
  };
}
