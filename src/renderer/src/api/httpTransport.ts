/**
 * The browser edition's transport: each operation is `POST /api/<operation>` with the input as
 * JSON and the per-run token in `X-Quotebook-Token`. The server always answers with a Result;
 * anything else (no answer, HTML, a proxy error) becomes a Result error the user can act on.
 */
import { fail, type Result } from '../../../shared/api/result';
import type { Caller } from './createApi';

/** The header carrying the token `quotebook serve` printed. */
export const TOKEN_HEADER = 'X-Quotebook-Token';

export const messages = {
  notAnswering: "Quotebook's server is not answering. Is `quotebook serve` still running?",
  noToken:
    'This page was opened without its access token. Open the full address that `quotebook serve` printed (it ends with ?token=…).',
  unreadable: (status: number) =>
    `Quotebook's server sent an answer that could not be read (HTTP ${status}). Reload the page; if it keeps happening, restart \`quotebook serve\`.`,
  forbidden:
    'The server refused this page\'s access token. Open the address that `quotebook serve` printed when it last started.',
} as const;

export interface HttpTransportOptions {
  /** The fetch to use (injected so tests can fake the server). */
  fetch: typeof globalThis.fetch;
  /** The token to send, or null when the page has none. */
  token: () => string | null;
  /** Prefix of the API paths; empty for the page's own origin. */
  baseUrl?: string;
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
    const token = options.token();
    if (!token) return fail('forbidden', messages.noToken);

    let response: Response;
    try {
      response = await options.fetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
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
    if (isResult(body)) return body;
    if (response.status === 401 || response.status === 403) return fail('forbidden', messages.forbidden);
    return fail('internal', messages.unreadable(response.status));
  };
}
