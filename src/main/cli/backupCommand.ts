/**
 * `quotebook backup list|create|restore`: the notebook's verified backups. Listing and restoring
 * also work when notebook.json itself is damaged and the notebook cannot be opened.
 */
import { parseArgs } from 'node:util';
import type { BackupSummary } from '../../shared/backups/api';
import { listNotebookBackups, NotebookDamagedError, restoreNotebookBackup } from '../store';
import { CliError } from './cliError';
import { withNotebook, type CliContext } from './context';
import { printJson } from './problemNotice';
import { formatTable } from './table';

const USAGE = 'quotebook backup list | backup create [--reason WORDS] | backup restore BACKUP_ID';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "12 articles, 40 quotes, 3 notes, 9 actors, 7 tags" */
export function describeCounts(c: BackupSummary['counts']): string {
  return [plural(c.articles, 'article'), plural(c.quotes, 'quote'), plural(c.notes, 'note'), plural(c.actors, 'actor'), plural(c.tags, 'tag')].join(', ');
}

const when = (iso: string) => iso.slice(0, 19).replace('T', ' ') + ' UTC';

/** Runs `work` on the notebook; when notebook.json is damaged, runs `fallback` on the folder instead. */
async function orWhenDamaged<T>(ctx: CliContext, work: Parameters<typeof withNotebook<T>>[1], fallback: () => Promise<T>): Promise<T> {
  try {
    return await withNotebook(ctx, work);
  } catch (error) {
    if (!(error instanceof NotebookDamagedError)) throw error;
    return fallback();
  }
}

export async function backupCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { reason: { type: 'string' } }, allowPositionals: true, strict: true });
  const [verb, ...rest] = positionals;
  if (verb === 'list' && !rest.length && values.reason === undefined) return listBackups(ctx);
  if (verb === 'create' && !rest.length) return createBackup(ctx, values.reason);
  if (verb === 'restore' && rest.length === 1 && values.reason === undefined) return restoreBackup(ctx, rest[0] as string);
  throw new CliError(`Usage: ${USAGE}`, 2);
}

async function listBackups(ctx: CliContext): Promise<void> {
  const backups: BackupSummary[] = await orWhenDamaged(ctx, (call) => call('backups:list', {}), () => listNotebookBackups(ctx.notebookDir));
  if (ctx.json) return printJson(ctx, { backups });
  ctx.io.out(
    formatTable(
      ['ID', 'MADE', 'WHY', 'HOLDS'],
      backups.map((b) => [b.id, when(b.createdAt), b.reason, describeCounts(b.counts)]),
      'This notebook has no verified backup yet. Make one with "quotebook backup create".',
      120,
    ),
  );
}

async function createBackup(ctx: CliContext, reason: string | undefined): Promise<void> {
  const made = await withNotebook(ctx, (call) => call('backups:create', reason === undefined ? {} : { reason }));
  if (ctx.json) return printJson(ctx, { backup: made });
  ctx.io.out(`Made and verified the backup ${made.id}: ${describeCounts(made.counts)}.`);
}

async function restoreBackup(ctx: CliContext, id: string): Promise<void> {
  const result = await orWhenDamaged(
    ctx,
    (call) => call('backups:restore', { id }),
    // notebook.json is unusable, so no process can have the notebook open: restore on the folder.
    () => restoreNotebookBackup(ctx.notebookDir, id),
  );
  if (ctx.json) return printJson(ctx, { restored: result });
  ctx.io.out(`Restored the backup ${result.backupId} (${plural(result.restoredFiles, 'file')}).`);
  if (result.beforeRestoreBackupId) {
    ctx.io.out(`The notebook as it was just before is the backup ${result.beforeRestoreBackupId}: restore that one to undo this. The replaced files are also kept in "${result.movedAsideTo}".`);
  }
}
