/**
 * Files moved aside as damaged stay reported until the analyst acknowledges them, in every process
 * that opens the notebook (the app, `serve`, each CLI command). The truth is the `*.damaged-*`
 * files present in the folder; `problems.json` adds what the process that moved them knew (what
 * was wrong, when) and which ones were acknowledged. A damaged copy that no longer exists (the
 * analyst removed or recovered it by hand) is no longer a problem.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DamageKind } from './errors';
import { hasCode, readdirOrEmpty, sha256, writeFileDurable } from './fsUtil';
import { ARTICLES_DIR, NOTES_DIR } from './paths';

export const PROBLEMS_FILE = 'problems.json';

/** `<name>.json.damaged-<time>` (a `-2` suffix when two were moved aside at the same moment). */
const DAMAGED_RE = /^([A-Za-z0-9_.-]{1,80}\.json)\.damaged-(.+)$/;

const EntrySchema = z.object({
  id: z.string(),
  file: z.string(),
  movedTo: z.string(),
  kind: z.string(),
  detail: z.string(),
  foundAt: z.string(),
  acknowledgedAt: z.string().optional(),
});
const LedgerSchema = z.object({ format: z.literal('quotebook-problems'), problems: z.array(EntrySchema) });

export type LedgerEntry = z.infer<typeof EntrySchema>;

/** A damaged file moved aside, as recorded or as found on disk. */
export interface MovedAside {
  id: string;
  /** The file it was, notebook-relative (`articles/abc.json`). */
  file: string;
  movedTo: string;
  kind: DamageKind | 'unknown';
  detail: string;
  foundAt: string;
  acknowledgedAt?: string;
}

/** Short stable id for a moved-aside file, typed in `quotebook problems --ack ID`. */
export function problemId(movedTo: string): string {
  return sha256(new TextEncoder().encode(movedTo)).slice(0, 8);
}

async function readLedger(dir: string): Promise<LedgerEntry[]> {
  try {
    const parsed = LedgerSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, PROBLEMS_FILE), 'utf8')));
    // An unreadable ledger loses only acknowledgements and details: the damaged files are still listed.
    return parsed.success ? parsed.data.problems : [];
  } catch (err) {
    if (hasCode(err, 'ENOENT') || err instanceof SyntaxError) return [];
    throw err;
  }
}

async function writeLedger(dir: string, entries: LedgerEntry[]): Promise<void> {
  await writeFileDurable(path.join(dir, PROBLEMS_FILE), `${JSON.stringify({ format: 'quotebook-problems', problems: entries }, null, 2)}\n`);
}

/** Time in a `.damaged-<time>` suffix, back in ISO form (`2026-12-05T02-17-41.123Z` → `…02:17:41.123Z`). */
function timeOfSuffix(suffix: string): string {
  const iso = suffix.replace(/-\d+$/, '').replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3');
  return Number.isNaN(Date.parse(iso)) ? '' : iso;
}

/** Every `*.damaged-*` file in the notebook's own folders (not in trash/ or backups/). */
async function damagedFilesPresent(dir: string): Promise<Array<{ file: string; movedTo: string; time: string }>> {
  const found: Array<{ file: string; movedTo: string; time: string }> = [];
  for (const sub of ['', ARTICLES_DIR, NOTES_DIR]) {
    for (const name of await readdirOrEmpty(path.join(dir, sub))) {
      const m = DAMAGED_RE.exec(name);
      if (!m) continue;
      const prefix = sub ? `${sub}/` : '';
      found.push({ file: `${prefix}${m[1]}`, movedTo: `${prefix}${name}`, time: timeOfSuffix(m[2] as string) });
    }
  }
  return found.sort((a, b) => (a.movedTo < b.movedTo ? -1 : 1));
}

/** Damaged files still in the folder, with what the ledger knows; acknowledged ones included. */
export async function movedAsideFiles(dir: string): Promise<MovedAside[]> {
  const ledger = new Map((await readLedger(dir)).map((e) => [e.movedTo, e]));
  return (await damagedFilesPresent(dir)).map(({ file, movedTo, time }) => {
    const known = ledger.get(movedTo);
    return {
      id: problemId(movedTo),
      file,
      movedTo,
      kind: (known?.kind ?? 'unknown') as MovedAside['kind'],
      detail: known?.detail ?? '',
      foundAt: known?.foundAt ?? time,
      ...(known?.acknowledgedAt ? { acknowledgedAt: known.acknowledgedAt } : {}),
    };
  });
}

/** Remember files the loader just moved aside. Only the lock holder calls this. */
export async function recordMovedAside(dir: string, moved: Array<{ file: string; movedTo: string; kind: DamageKind; detail: string }>): Promise<void> {
  if (!moved.length) return;
  const entries = await readLedger(dir);
  const now = new Date().toISOString();
  for (const m of moved) {
    if (entries.some((e) => e.movedTo === m.movedTo)) continue;
    entries.push({ id: problemId(m.movedTo), file: m.file, movedTo: m.movedTo, kind: m.kind, detail: m.detail, foundAt: now });
  }
  await writeLedger(dir, entries);
}

/**
 * Mark problems as seen: `ids` (short ids, or the moved-aside path) or every open one. Returns the
 * ids acknowledged now; unknown ids are returned in `unknown`. Only the lock holder calls this.
 */
export async function acknowledgeMovedAside(dir: string, which: string[] | 'all'): Promise<{ acknowledged: string[]; unknown: string[] }> {
  const present = await movedAsideFiles(dir);
  const open = present.filter((p) => !p.acknowledgedAt);
  const chosen = which === 'all' ? open : open.filter((p) => which.includes(p.id) || which.includes(p.movedTo));
  const known = new Set(present.flatMap((p) => [p.id, p.movedTo]));
  const unknown = which === 'all' ? [] : which.filter((w) => !known.has(w));
  if (chosen.length) {
    const now = new Date().toISOString();
    const stillThere = new Set(present.map((p) => p.movedTo));
    // Entries for copies that are gone are dropped, so the ledger does not grow forever.
    const entries = (await readLedger(dir)).filter((e) => stillThere.has(e.movedTo));
    for (const p of chosen) {
      const entry = entries.find((e) => e.movedTo === p.movedTo);
      if (entry) entry.acknowledgedAt = now;
      else entries.push({ id: p.id, file: p.file, movedTo: p.movedTo, kind: p.kind, detail: p.detail, foundAt: p.foundAt, acknowledgedAt: now });
    }
    await writeLedger(dir, entries);
  }
  return { acknowledged: chosen.map((p) => p.id), unknown };
}
