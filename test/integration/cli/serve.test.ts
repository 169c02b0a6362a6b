/**
 * `quotebook serve` without --port serves a notebook at the same address every time, so the
 * browser keeps its unsaved note drafts, layout and tabs for it across runs; when that port is
 * taken it says so and serves on another.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preferredPort } from '../../../src/main/cli/serveCommand';
import { cli, startServe } from '../../helpers/cliRunner';

let dir: string;
let blocker: Server | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-cli-serve-'));
});
afterEach(async () => {
  await new Promise<void>((done) => (blocker ? blocker.close(() => done()) : done()));
  blocker = null;
  await rm(dir, { recursive: true, force: true });
});

const portOf = (url: string) => Number(new URL(url).port);

describe('quotebook serve', () => {
  it('gives each notebook its own address, the same on every run', async () => {
    const notebook = join(dir, 'Research.quotebook');
    const first = await startServe(notebook, []);
    await first.stop();
    const second = await startServe(notebook, []);
    await second.stop();
    expect(portOf(first.url)).toBe(preferredPort(notebook));
    expect(portOf(second.url)).toBe(portOf(first.url));
    expect(new URL(second.url).hostname).toBe('127.0.0.1');
    expect(preferredPort(join(dir, 'Other.quotebook'))).not.toBe(preferredPort(notebook));
  }, 120_000); // serve starts through the bin; room for a busy machine

  it('says so and serves elsewhere when the usual port is taken', async () => {
    const notebook = join(dir, 'Busy.quotebook');
    const usual = preferredPort(notebook);
    blocker = createServer();
    await new Promise<void>((done) => blocker!.listen(usual, '127.0.0.1', () => done()));
    const served = await startServe(notebook, []);
    // stderr and stdout arrive on separate pipes: the note may land just after the address.
    await expect.poll(() => served.stderr()).toContain(`Port ${usual}, this notebook's usual one, is in use`);
    await served.stop();
    expect(portOf(served.url)).not.toBe(usual);
  }, 120_000); // serve starts through the bin; room for a busy machine

  it('prints a one-time address, never the token, and gives another for a new tab with --new-address', async () => {
    const notebook = join(dir, 'Tabs.quotebook');
    const none = await cli(['--notebook', notebook, 'serve', '--new-address']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No `quotebook serve` is running');
    const served = await startServe(notebook);
    try {
      expect(served.url).toMatch(/\/\?launch=[\w-]{32}$/);
      expect(served.url).not.toContain(served.token);
      const asked = await cli(['--notebook', notebook, '--json', 'serve', '--new-address']);
      expect(asked.code, asked.stderr).toBe(0);
      const { url } = JSON.parse(asked.stdout) as { url: string };
      expect(url.startsWith(`${served.origin}/?launch=`)).toBe(true);
      expect(url).not.toContain(served.token);
      const trade = () =>
        fetch(`${served.origin}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ launch: new URL(url).searchParams.get('launch') }) });
      expect(await (await trade()).json()).toEqual({ ok: true, value: { token: served.token } });
      expect((await trade()).status).toBe(401);
    } finally {
      await served.stop();
    }
  }, 120_000); // serve starts through the bin; room for a busy machine
});
