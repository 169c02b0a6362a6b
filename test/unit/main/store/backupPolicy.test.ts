import { describe, expect, it } from 'vitest';
import { backupsToKeep, countBackupFiles, openBackupIsRecent } from '../../../../src/main/store/backupPolicy';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-05T12:00:00.000Z');
/** A backup id made `daysAgo` days before `now`. */
const idAt = (daysAgo: number, reason = 'open') => `${new Date(now.getTime() - daysAgo * DAY).toISOString().replace(/:/g, '-')}-${reason}`;

describe('rotation: the newest 10 plus one a week for 8 weeks', () => {
  it('keeps the newest 10 of a busy day and drops the rest of that day', () => {
    const ids = Array.from({ length: 15 }, (_, i) => idAt(i / 100, `merge-${i}`)); // newest first, same week
    const kept = backupsToKeep(ids, 10, now);
    expect([...kept].sort()).toEqual(ids.slice(0, 10).sort());
  });

  it('keeps the newest backup of each of the last 8 weeks, and nothing older beyond the newest 10', () => {
    // One backup a day for 100 days, newest first.
    const ids = Array.from({ length: 100 }, (_, day) => idAt(day));
    const kept = backupsToKeep(ids, 10, now);
    const newest = ids.slice(0, 10);
    for (const id of newest) expect(kept.has(id)).toBe(true);
    const older = [...kept].filter((id) => !newest.includes(id));
    // The weeks of the newest 10 already have their newest backup among them; the remaining weeks each add one.
    expect(older.length).toBeGreaterThanOrEqual(5);
    expect(older.length).toBeLessThanOrEqual(7);
    const weeksAgo = older.map((id) => (now.getTime() - Date.parse(id.slice(0, 24).replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3'))) / (7 * DAY));
    expect(Math.max(...weeksAgo)).toBeLessThan(8);
    expect(new Set(weeksAgo.map(Math.floor)).size).toBe(older.length); // one per week
    expect(kept.has(ids[99] as string)).toBe(false);
  });
});

describe('the backup on open', () => {
  it('is due when the last backup on open is a day old, not when it is from this morning', () => {
    expect(openBackupIsRecent([idAt(0.2)], now)).toBe(true);
    expect(openBackupIsRecent([idAt(1.01)], now)).toBe(false);
    // Other backups do not count: they were taken before an operation, not as the daily copy.
    expect(openBackupIsRecent([idAt(0.1, 'before-actor-merge')], now)).toBe(false);
    expect(openBackupIsRecent([`${idAt(0.1)}-2`], now)).toBe(true);
  });
});

describe('what a backup holds', () => {
  it('counts articles, quotes, notes, actors and tags from the files', () => {
    const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
    const counts = countBackupFiles([
      ['notebook.json', enc({ actors: [{}, {}], tags: [{}] })],
      ['articles/a.json', enc({ quotes: [{}, {}, {}] })],
      ['articles/b.json', new TextEncoder().encode('{"cut off')],
      ['notes/n.json', enc({})],
    ]);
    expect(counts).toEqual({ articles: 2, quotes: 3, notes: 1, actors: 2, tags: 1 });
  });
});
