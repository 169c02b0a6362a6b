import { describe, expect, it } from 'vitest';
import { createApi } from '../../../../src/renderer/src/api/createApi';
import { createHttpCaller, messages, TOKEN_HEADER } from '../../../../src/renderer/src/api/httpTransport';
import { createBridgeCaller, bridgeMessages } from '../../../../src/renderer/src/api/bridgeTransport';
import { operationNames } from '../../../../src/shared/api/contract';
import { bridgeName, type QuotebookApi } from '../../../../src/shared/api/bridge';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fake server: records each request and answers with `respond`. */
function fakeFetch(respond: (seen: Seen) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    const request = { url: String(url), init: init ?? {} };
    seen.push(request);
    return respond(request);
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP transport', () => {
  it('posts the input as JSON to /api/<operation> with the token header', async () => {
    const server = fakeFetch(() => json({ ok: true, value: [] }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 'secret' }));
    const result = await api.quotesList({ articleId: 'a1' });
    expect(result).toEqual({ ok: true, value: [] });
    expect(server.seen).toHaveLength(1);
    const [request] = server.seen;
    expect(request!.url).toBe('/api/quotes:list');
    expect(request!.init.method).toBe('POST');
    expect(new Headers(request!.init.headers).get(TOKEN_HEADER)).toBe('secret');
    expect(new Headers(request!.init.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(request!.init.body))).toEqual({ articleId: 'a1' });
  });

  it('sends {} when an operation has no input', async () => {
    const server = fakeFetch(() => json({ ok: true, value: [] }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 't' }));
    await api.articlesList(undefined as never);
    expect(server.seen[0]!.init.body).toBe('{}');
  });

  it('passes a server error Result through unchanged, whatever the status', async () => {
    const error = { ok: false, error: { code: 'not-found', message: 'That article is not in this notebook.' } };
    const server = fakeFetch(() => json(error, 404));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 't' }));
    expect(await api.articlesGet({ id: 'missing' })).toEqual(error);
  });

  it('turns a network failure into a readable error', async () => {
    const server = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 't' }));
    expect(await api.notebookInfo({})).toEqual({ ok: false, error: { code: 'unavailable', message: messages.notAnswering } });
  });

  it('turns a non-JSON answer into a readable error naming the status', async () => {
    const server = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 't' }));
    const result = await api.articlesList({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(messages.unreadable(502));
  });

  it('rejects JSON that is not a Result', async () => {
    const server = fakeFetch(() => json({ articles: [] }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 't' }));
    const result = await api.articlesList({});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: messages.unreadable(200) } });
  });

  it('explains a refused token when the server answers 403 without a Result', async () => {
    const server = fakeFetch(() => new Response('Forbidden', { status: 403 }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 'old' }));
    expect(await api.articlesList({})).toEqual({ ok: false, error: { code: 'forbidden', message: messages.forbidden } });
  });

  it('does not call the server without a token', async () => {
    const server = fakeFetch(() => json({ ok: true, value: [] }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => null }));
    expect(await api.articlesList({})).toEqual({ ok: false, error: { code: 'forbidden', message: messages.noToken } });
    expect(server.seen).toHaveLength(0);
  });

  it('sends no cookies: the token travels in its header only', async () => {
    const server = fakeFetch(() => json({ ok: true, value: [] }));
    await createApi(createHttpCaller({ fetch: server.fetch, token: () => 't' })).articlesList({});
    expect(server.seen[0]!.init.credentials).toBe('omit');
  });

  it('tells the page each time it is refused, with what to do, for a missing, spent or refused credential', async () => {
    const told: string[] = [];
    const refusing = fakeFetch(() => json({ ok: false, error: { code: 'forbidden', message: 'Missing or wrong token.' } }, 401));
    const stale = createApi(createHttpCaller({ fetch: refusing.fetch, token: () => 'old', onRefused: (m) => told.push(m) }));
    expect(await stale.articlesList({})).toEqual({ ok: false, error: { code: 'forbidden', message: messages.forbidden } });
    const none = fakeFetch(() => json({ ok: true, value: [] }));
    const spent = createApi(createHttpCaller({ fetch: none.fetch, token: async () => null, problem: () => 'spent', onRefused: (m) => told.push(m) }));
    expect(await spent.articlesList({})).toEqual({ ok: false, error: { code: 'forbidden', message: messages.launchSpent } });
    expect(told).toEqual([messages.forbidden, messages.launchSpent]);
    for (const message of told) expect(message).toContain('quotebook serve --new-address');
  });

  it('uses the base URL when given', async () => {
    const server = fakeFetch(() => json({ ok: true, value: null }));
    const api = createApi(createHttpCaller({ fetch: server.fetch, token: () => 't', baseUrl: 'http://127.0.0.1:5190' }));
    await api.notesGet({ id: 'n1' });
    expect(server.seen[0]!.url).toBe('http://127.0.0.1:5190/api/notes:get');
  });
});

describe('createApi', () => {
  it('has one function per contract operation', () => {
    const api = createApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual(operationNames.map((n) => bridgeName(n)).sort());
  });
});

describe('bridge transport', () => {
  it('forwards to the preload function of the same name', async () => {
    const calls: unknown[] = [];
    const bridge = { articlesList: async (input: unknown) => (calls.push(input), { ok: true, value: ['x'] }) };
    const api = createApi(createBridgeCaller(bridge as unknown as QuotebookApi));
    expect(await api.articlesList({})).toEqual({ ok: true, value: ['x'] });
    expect(calls).toEqual([{}]);
  });

  it('turns a rejected IPC call or a missing function into an error Result', async () => {
    const bridge = { articlesList: () => Promise.reject(new Error('IPC closed')) };
    const api = createApi(createBridgeCaller(bridge as unknown as QuotebookApi));
    expect(await api.articlesList({})).toEqual({ ok: false, error: { code: 'internal', message: bridgeMessages.failed } });
    const missing = await api.tagsList({});
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toBe(bridgeMessages.missing('tags:list'));
  });
});
