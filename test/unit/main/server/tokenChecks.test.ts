/**
 * The browser edition's secret, for every kind of route: no header at all, an empty one, a wrong
 * one, and the right token in the wrong place are each refused, the operation never runs and
 * nothing of the notebook comes back. (A server that skipped the check when the header was absent
 * used to pass every server test and answer 200 with data.)
 *
 * API operations take the token in the `x-quotebook-token` header only. The page and its assets
 * take no credential at all (the page trades a one-time launch code for the token: see
 * launchCodes.test.ts), so they must hold nothing of the notebook and never set a cookie.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, TOKEN_HEADER, type RunningServer } from '../../../../src/main/server/httpServer';
import { createDispatcher, type Handlers } from '../../../../src/main/services/dispatcher';
import { send, type RawResponse } from '../../../helpers/rawHttp';

const SECRET_TITLE = 'Notebook data that must not leak';
const PAGE_MARK = 'The Quotebook page';
const ASSET_MARK = 'the Quotebook bundle';

const invoked: string[] = [];
const handlers = new Proxy({} as Handlers, {
  get: (_t, name: string) => () => {
    invoked.push(name);
    return [{ id: 'a1', title: SECRET_TITLE }];
  },
});

/** Swaps one character, so the wrong token has the right length (the constant-time path). */
const sameLengthWrong = (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;

describe('the token, for every route kind', () => {
  let server: RunningServer;
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qb-token-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), `<!doctype html><title>${PAGE_MARK}</title>`);
    await writeFile(join(root, 'assets', 'app.js'), `console.log('${ASSET_MARK}')`);
    server = await startServer({ dispatcher: createDispatcher(handlers), rendererDir: root, port: 0 });
  });
  beforeEach(() => {
    invoked.length = 0;
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  const cookieName = () => `quotebook_token_${server.port}`;
  const refused = (res: RawResponse, mark: string) => {
    expect(res.status).toBe(401);
    expect(res.body).not.toContain(mark);
    expect(res.headers['set-cookie']).toBeUndefined();
  };

  describe('API operations (POST /api/<operation>)', () => {
    const call = (headers: Record<string, string>, path = '/api/articles:list', body = '{}') =>
      send(server.port, path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

    it('run with the token in its header (so the refusals below are about the token)', async () => {
      const res = await call({ [TOKEN_HEADER]: server.token });
      expect(res.status).toBe(200);
      expect(res.body).toContain(SECRET_TITLE);
      expect(invoked).toEqual(['articles:list']);
    });

    type Attempt = { headers?: Record<string, string>; path?: string; body?: string };
    it.each<[string, () => Attempt]>([
      ['no token header at all', () => ({})],
      ['an empty token header', () => ({ headers: { [TOKEN_HEADER]: '' } })],
      ['a wrong token of the right length', () => ({ headers: { [TOKEN_HEADER]: sameLengthWrong(server.token) } })],
      ['a wrong, shorter token', () => ({ headers: { [TOKEN_HEADER]: 'wrong' } })],
      ['the token with a character added', () => ({ headers: { [TOKEN_HEADER]: `${server.token}x` } })],
      ['the token repeated in two headers', () => ({ headers: { [TOKEN_HEADER]: `${server.token}, ${server.token}` } })],
      ['the token in the query string', () => ({ path: `/api/articles:list?token=${encodeURIComponent(server.token)}` })],
      ['the token in the page cookie', () => ({ headers: { cookie: `${cookieName()}=${server.token}` } })],
      ['the token as a bearer Authorization', () => ({ headers: { authorization: `Bearer ${server.token}` } })],
      ['the token under another header name', () => ({ headers: { 'x-token': server.token } })],
      ['the token in the JSON body', () => ({ body: JSON.stringify({ token: server.token, [TOKEN_HEADER]: server.token }) })],
    ])('refuse %s, without running the operation', async (_name, attempt) => {
      const { headers = {}, path, body } = attempt();
      const res = await call(headers, path, body);
      refused(res, SECRET_TITLE);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(invoked).toEqual([]);
    });

    it('refuse a GET without the token the same way (no method check answers first)', async () => {
      const res = await send(server.port, '/api/articles:list');
      refused(res, SECRET_TITLE);
      expect(invoked).toEqual([]);
    });
  });

  // Page routes: the app's page, one of its assets and a path that does not exist. They are public:
  // served without any credential, never with notebook data, never setting a cookie.
  const pageRoutes = [
    ['the page', '/', PAGE_MARK],
    ['an asset', '/assets/app.js', ASSET_MARK],
    ['a missing file', '/nothing-here.js', 'Not found'],
  ] as const;

  describe.each(pageRoutes)('%s', (_kind, path, mark) => {
    it.each<[string, () => Record<string, string>]>([
      ['no credential at all', () => ({})],
      ['the token in a cookie', () => ({ cookie: `${cookieName()}=${server.token}` })],
    ])('answers the same with %s: no notebook data, no cookie, no operation run', async (_name, headers) => {
      const res = await send(server.port, path, { headers: headers() });
      expect(res.status).toBe(mark === 'Not found' ? 404 : 200);
      expect(res.body).toContain(mark);
      expect(res.body).not.toContain(SECRET_TITLE);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(invoked).toEqual([]);
    });
  });
});
