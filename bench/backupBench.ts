/**
 * Issue 11 item 8's cost: a verified backup (taken before every merge or delete of an actor or a
 * tag) on notebooks of 1,000 and 5,000 articles × 10 quotes, against opening the same notebook
 * (one read of every file, measured in the same run) and against a tag merge's own work.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../src/main/services';
import { writeNotebookFolder } from './fixtures';
import { percentile, round, time } from './stats';

const SAMPLES = 5;

async function measure(dir: string, articles: number) {
  await writeNotebookFolder(dir, articles, 10);
  const opens: number[] = [];
  const backups: number[] = [];
  // Alternate the cases so a busy moment of the machine hits both alike.
  for (let s = 0; s < SAMPLES; s++) {
    const opened = await time(() => NotebookSession.open(dir, { backupOnOpen: false }));
    opens.push(opened.ms);
    const session = opened.value;
    const made = await time(() => createOperations(session).invoke('backups:create', {}));
    if (!made.value.ok) throw new Error(made.value.error.message);
    backups.push(made.ms);
    await session.close();
  }
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  const ops = createOperations(session);
  const a = await ops.invoke('tags:create', { name: 'a' });
  const b = await ops.invoke('tags:create', { name: 'b' });
  if (!a.ok || !b.ok) throw new Error('tags:create failed');
  const merge = await time(() => ops.invoke('tags:merge', { fromId: (a.value as { id: string }).id, intoId: (b.value as { id: string }).id }));
  await session.close();
  const open = percentile(opens, 50);
  const backup = percentile(backups, 50);
  return { articles, openP50Ms: open, backupP50Ms: backup, backupOverOpen: round(backup / open), tagMergeWithBackupMs: round(merge.ms) };
}

export async function backupBench(log: (line: string) => void) {
  const rows = [];
  for (const articles of [1_000, 5_000]) {
    const root = await mkdtemp(join(tmpdir(), `qb-bench-backup-${articles}-`));
    try {
      log(`backup: ${articles} articles…`);
      rows.push(await measure(join(root, 'nb.quotebook'), articles));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }
  return { rows };
}
