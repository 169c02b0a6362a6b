/**
 * `quotebook unlock [--yes]`: removes a notebook lock that Quotebook cannot prove stale by itself,
 * typically one written on another computer (a copied folder, a shared drive). It is shown first and
 * removed only after the analyst confirms, and never while a process on this machine holds it.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { CliContext } from './context';
import { CliError } from './cliError';
import { inspectLock, isForeignLock, removeLock } from '../store/lock';

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function unlockCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { yes: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length) throw new CliError('Usage: quotebook unlock [--yes]', 2);
  const lock = await inspectLock(ctx.notebookDir);
  if (!lock) return ctx.io.out('The notebook is not locked.');
  const info = lock.info;
  if (info && !lock.stale && !isForeignLock(info)) {
    throw new CliError(
      `The notebook is held by a running Quotebook process on this computer (pid ${info.pid}${info.user ? ` of ${info.user}` : ''}, since ${info.startedAt}). Close it there; its lock goes with it. Nothing was removed.`,
    );
  }
  const who = info
    ? `pid ${info.pid}${info.user ? ` of ${info.user}` : ''} on ${info.hostname || 'an unknown computer'}, since ${info.startedAt}`
    : 'an unreadable lock file';
  ctx.io.err(
    `The notebook's lock was taken by ${who}. ${lock.stale ? 'That process no longer runs.' : 'Quotebook cannot check from here whether that process still runs.'} ` +
      'Removing the lock while it does run lets two programs change the notebook at once.',
  );
  if (!values.yes && !(await confirm('Remove the lock? [y/N] '))) {
    throw new CliError('The lock was not removed. Run "quotebook unlock --yes" once you are sure no Quotebook uses this notebook elsewhere.');
  }
  if (!(await removeLock(ctx.notebookDir, lock.text))) throw new CliError('The lock changed while you confirmed (someone opened the notebook); it was left in place.');
  ctx.io.out('The lock was removed. The notebook can be opened again.');
}
