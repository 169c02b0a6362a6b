/**
 * Which backups to keep, when a backup on open is due, and what a backup holds (its counts), as
 * pure functions over backup ids and file bytes, so the promises in docs/data-format.md are
 * tested without waiting weeks.
 */

/** Backups made at most this far apart are "the same day" for the backup on open. */
export const DAILY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAILY_MS;
/** Besides the newest backups, the newest one of each week is kept for this many weeks. */
export const WEEKLY_WEEKS = 8;
/** The reason of the backup taken when a notebook is opened for writing. */
export const OPEN_REASON = 'open';

/** When a backup id (`2026-12-05T07-30-00.000Z-reason`) was made, in ms; NaN if it is not one. */
export function backupTime(id: string): number {
  return Date.parse(id.slice(0, 24).replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3'));
}

/** The reason part of an id, without the `-2` a same-millisecond twin gets. */
function reasonSlug(id: string): string {
  return id.slice(25).replace(/-\d+$/, '');
}

/**
 * The ids rotation keeps, from ids sorted newest first: the newest `keep`, plus the newest of each
 * calendar week (weeks counted from the Unix epoch) that began less than WEEKLY_WEEKS weeks ago,
 * so an old state can still be found after a busy week of merges.
 */
export function backupsToKeep(idsNewestFirst: readonly string[], keep: number, now: Date): Set<string> {
  const kept = new Set(idsNewestFirst.slice(0, Math.max(keep, 1)));
  const oldestWeek = Math.floor(now.getTime() / WEEK_MS) - (WEEKLY_WEEKS - 1);
  const weeksSeen = new Set<number>();
  for (const id of idsNewestFirst) {
    const week = Math.floor(backupTime(id) / WEEK_MS);
    if (Number.isNaN(week) || week < oldestWeek || weeksSeen.has(week)) continue;
    weeksSeen.add(week);
    kept.add(id);
  }
  return kept;
}

/** True when a backup on open was made less than a day before `now` (so no new one is due). */
export function openBackupIsRecent(ids: readonly string[], now: Date): boolean {
  return ids.some((id) => {
    const age = now.getTime() - backupTime(id);
    return reasonSlug(id) === OPEN_REASON && age >= 0 && age < DAILY_MS;
  });
}

/** What a backup holds, shown when choosing one to restore. */
export interface BackupCounts {
  articles: number;
  quotes: number;
  notes: number;
  actors: number;
  tags: number;
}

const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** Counts the articles, quotes, notes, actors and tags in a backup's files (notebook-relative path → bytes). */
export function countBackupFiles(files: Iterable<readonly [string, Uint8Array]>): BackupCounts {
  const counts: BackupCounts = { articles: 0, quotes: 0, notes: 0, actors: 0, tags: 0 };
  const decoder = new TextDecoder();
  for (const [rel, bytes] of files) {
    if (rel.startsWith('notes/')) {
      counts.notes++;
      continue;
    }
    if (rel.startsWith('articles/')) counts.articles++;
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;
    } catch {
      continue; // a verified copy of a file that was already unreadable: nothing to count
    }
    if (rel.startsWith('articles/')) {
      counts.quotes += length(data.quotes);
    } else {
      counts.actors += length(data.actors);
      counts.tags += length(data.tags);
    }
  }
  return counts;
}
