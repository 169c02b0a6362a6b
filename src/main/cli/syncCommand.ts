/**
 * `quotebook sync …`: sharing a notebook with a team.
 *   sync serve [--host H] [--port N]       serve --notebook as the team's shared copy
 *   sync join URL --secret S --name NAME   make an empty --notebook folder a replica
 *   sync                                   one round with the server: send, receive, exit
 */
import { parseArgs } from 'node:util';
import { withNotebook, type CliContext } from './context';
import { CliError } from './cliError';
import { NotebookStore } from '../store';
import { startSyncServer } from '../sync/syncServer';
import { readRemote, serverSecret } from '../sync/syncState';
import { joinNotebook } from '../sync/join';
import { SyncError } from '../sync/syncRound';
import { noticeProblems, printJson } from './problemNotice';

const USAGE = `Usage:
  quotebook --notebook DIR sync serve [--host H] [--port N] [--json]
  quotebook --notebook NEW sync join URL --secret S --name "Your name"
  quotebook --notebook DIR sync [--json]`;

export async function syncCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'serve') return await serve(ctx, rest);
    if (sub === 'join') return await join(ctx, rest);
    if (sub === undefined) return await round(ctx);
  } catch (error) {
    if (error instanceof SyncError) throw new CliError(error.message);
    throw error;
  }
  throw new CliError(`Unknown sync command "${sub}".\n${USAGE}`, 2);
}

async function serve(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { host: { type: 'string' }, port: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length) throw new CliError(USAGE, 2);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${values.port}".`, 2);
  const host = values.host ?? '127.0.0.1';
  const store = await NotebookStore.open(ctx.notebookDir, { create: true });
  noticeProblems(ctx, store.problems);
  let server;
  try {
    server = await startSyncServer({ store, secret: await serverSecret(store.dir), host, port });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`Port ${port} is already in use. Choose another with --port, or leave it out to pick a free one.`);
    throw error;
  }
  const secret = await serverSecret(store.dir);
  if (ctx.json) printJson(ctx, { url: server.url, secret }, true);
  else {
    ctx.io.out(`Serving "${store.notebook().name}" for sync at ${server.url}  (Ctrl+C to stop)`);
    ctx.io.out(`Each analyst joins with:  quotebook --notebook NEW.quotebook sync join ${server.url} --secret ${secret} --name "Their name"`);
    if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') ctx.io.err('This server speaks plain WebSocket: put it behind TLS (see docs/team.md) before other machines use it.');
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
}

async function join(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { secret: { type: 'string' }, name: { type: 'string' } }, allowPositionals: true, strict: true });
  const [url, ...extra] = positionals;
  if (!url || extra.length || !values.secret || !values.name?.trim()) throw new CliError(`sync join needs the server's address, its secret and your name.\n${USAGE}`, 2);
  if (!/^wss?:\/\//.test(url)) throw new CliError(`"${url}" is not a sync server address: it starts with ws:// or wss://.`, 2);
  const result = await joinNotebook(ctx.notebookDir, { url, secret: values.secret, name: values.name, onProgress: progress(ctx) });
  if (ctx.json) printJson(ctx, result, true);
  else ctx.io.out(`Joined "${result.notebook.name}" as ${result.author.name}: ${result.documents} documents in ${ctx.notebookDir}.`);
}

/** One round; while the app (or serve) has the notebook open, the round is its own, run at once. */
async function round(ctx: CliContext): Promise<void> {
  const remote = await readRemote(ctx.notebookDir);
  if (!remote) throw noServer(ctx);
  const result = await withNotebook(ctx, (call, owner) => {
    // A round can take a while; say what is waiting, and whose round it is.
    if (!ctx.json) ctx.io.err(`Syncing with ${remote.url}${owner ? ` through the Quotebook that has this notebook open (pid ${owner.pid})` : ''}…`);
    return call('sync:now', {});
  });
  if (!result) throw noServer(ctx);
  if (result.state === 'offline') throw new CliError(result.lastError ?? `The sync server at ${result.url} did not answer.`);
  if (ctx.json) printJson(ctx, { sent: result.sent, received: result.received }, true);
  else ctx.io.out(`Synced with ${result.url}: sent ${result.sent}, received ${result.received} of ${result.documents} documents.`);
}

const noServer = (ctx: CliContext) =>
  new CliError(`This notebook has no sync server. Join one first: quotebook --notebook ${ctx.notebookDir} sync join URL --secret S --name "Your name"`);

/** A progress line on stderr for long rounds (only when a person is watching). */
function progress(ctx: CliContext): ((done: number, total: number) => void) | undefined {
  if (ctx.json || !process.stderr.isTTY) return undefined;
  return (done, total) => {
    if (total > 20 && (done % 50 === 0 || done === total)) ctx.io.err(`  ${done} of ${total} documents…`);
  };
}
