/**
 * `quotebook serve [--port N]`: the browser edition on 127.0.0.1. It prints a one-time launch
 * address (a code that opens one tab, once, within minutes; never the API token), and
 * `quotebook serve --new-address` asks the running serve for another one, for a new tab.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliContext } from './context';
import { openOperations } from './context';
import { CliError } from './cliError';
import { LAUNCH_PATH, startServer } from '../server/httpServer';
import { LiveHub } from '../live/liveHub';
import { announceOwner, findOwner, OWNER_TOKEN_HEADER } from '../live/ownerEndpoint';
import { printJson, problemLine } from './problemNotice';

/** The built renderer; in a checkout it is built on first use so `serve` just works. */
export function ensureRendererBuilt(ctx: CliContext): string {
  const dir = join(ctx.appRoot, 'out', 'renderer');
  if (existsSync(join(dir, 'index.html'))) return dir;
  const builder = join(ctx.appRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!existsSync(builder)) throw new CliError(`The interface is not built (${dir} is missing). Run "npm run build" first.`);
  ctx.io.err('Building the interface (first run only)…');
  const build = spawnSync(process.execPath, [builder, 'build'], { cwd: ctx.appRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0 || !existsSync(join(dir, 'index.html'))) throw new CliError('Building the interface failed; see the messages above. Try "npm run build".');
  return dir;
}

/**
 * The port a notebook is served on when none is given: the same one every time for the same
 * folder, so the browser keeps what it stores per address (unsaved note drafts, the layout, the
 * open tabs) from one run to the next. 41000–48999 stays clear of Linux's ephemeral range.
 */
export function preferredPort(notebookDir: string): number {
  return 41_000 + (createHash('sha256').update(resolve(notebookDir)).digest().readUInt16BE(0) % 8000);
}

const inUse = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EADDRINUSE';

/** `serve --new-address`: a fresh launch address from the serve that has this notebook open. */
async function printNewAddress(ctx: CliContext): Promise<void> {
  const owner = await findOwner(ctx.notebookDir);
  const notRunning = `No \`quotebook serve\` is running for ${ctx.notebookDir}. Start one with "quotebook serve"; it prints the address to open.`;
  if (!owner) throw new CliError(notRunning);
  let url: unknown;
  try {
    const response = await fetch(`${owner.url}${LAUNCH_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [OWNER_TOKEN_HEADER]: owner.token }, body: '{}' });
    url = ((await response.json()) as { value?: { url?: unknown } }).value?.url;
  } catch {
    throw new CliError(`The process that has this notebook open (pid ${owner.pid}) did not answer. ${notRunning}`);
  }
  // The desktop app also owns notebooks but has no browser edition to open.
  if (typeof url !== 'string') throw new CliError(`The process that has this notebook open (pid ${owner.pid}) is not \`quotebook serve\`. ${notRunning}`);
  if (ctx.json) printJson(ctx, { url }, true);
  else ctx.io.out(`Open this address in a new browser tab within 5 minutes (it works once): ${url}`);
}

export async function serveCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { port: { type: 'string' }, 'new-address': { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length) throw new CliError('Usage: quotebook serve [--notebook DIR] [--port N] | quotebook serve --new-address', 2);
  if (values['new-address']) return printNewAddress(ctx);
  const chosen = values.port === undefined ? null : Number(values.port);
  if (chosen !== null && (!Number.isInteger(chosen) || chosen < 0 || chosen > 65535)) throw new CliError(`--port must be a number from 0 to 65535, not "${values.port}".`, 2);
  const rendererDir = ensureRendererBuilt(ctx);
  // The page shows the library while the articles are still checked; damage they find is told here too.
  const { dispatcher, session } = await openOperations(ctx, { deferChecks: true });
  const known = new Set(session.store.problems.map((p) => p.message));
  session.ready.then(
    () => session.store.problems.filter((p) => !known.has(p.message)).forEach((p) => ctx.io.err(problemLine(p))),
    (error: unknown) => ctx.io.err(`quotebook: error: the notebook's articles could not be read: ${error instanceof Error ? error.message : String(error)}`),
  );
  // A notebook that joined a team syncs on its own while it is served (see docs/team.md).
  session.enableTeamSync();
  const live = new LiveHub(session.store);
  session.onSwitch((store) => live.retarget(store));
  let server;
  try {
    if (chosen !== null) server = await startServer({ dispatcher, rendererDir, port: chosen, live });
    else {
      const usual = preferredPort(ctx.notebookDir);
      server = await startServer({ dispatcher, rendererDir, port: usual, live }).catch(async (error: unknown) => {
        if (!inUse(error)) throw error;
        ctx.io.err(`Port ${usual}, this notebook's usual one, is in use; using another. Unsaved note drafts from earlier runs stay with the usual address.`);
        return startServer({ dispatcher, rendererDir, port: 0, live });
      });
    }
  } catch (error) {
    await session.close();
    throw new CliError(inUse(error) ? `Port ${chosen} is already in use. Choose another with --port, or leave it out to pick a free one.` : String(error));
  }
  // The command line finds this process beside the lock and works through it.
  const withdraw = await announceOwner(session.store.dir, { url: `http://127.0.0.1:${server.port}`, token: server.token });
  if (ctx.json) printJson(ctx, { url: server.url, port: server.port, notebook: ctx.notebookDir }, true);
  else {
    ctx.io.out(`Quotebook is running at ${server.url}  (notebook: ${ctx.notebookDir}; Ctrl+C to stop)`);
    ctx.io.out('That address opens one browser tab, once, within 5 minutes. For another tab run: quotebook serve --new-address');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await withdraw();
  await server.close();
  live.close();
  await session.close();
}
