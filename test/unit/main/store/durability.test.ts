/**
 * Durability, not only atomicity: a save has reached the disk only once the new file's bytes are
 * fsynced before the rename and its folder is fsynced after it. A SIGKILL keeps the page cache, so
 * the kill test passes without either sync; a power cut does not. These tests record every file
 * write, fsync and rename the store makes and check the order around each rename.
 */
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotebookStore } from '../../../../src/main/store';
import { DurableJsonAdapter } from '../../../../src/main/store/durableJsonAdapter';
import { ArticleFileSchema, type ArticleFile } from '../../../../src/shared/model';
import { makeArticleFile, makeNoteFile, makeQuote, withQuote } from '../../../helpers/storeFixtures';
import { tempDir } from '../../../helpers/tempDir';

type Event = { op: 'write' | 'sync'; path: string } | { op: 'rename'; from: string; to: string };

let events: Event[] = [];
/** FileHandle's class is not exported, so its prototype is taken from an open handle. */
let handlePrototype: FileHandle | undefined;

/** Records what the code under test does to the file system, and still does it. */
function recordFileSystem(): void {
  const handlePaths = new WeakMap<FileHandle, string>();
  const open = fsp.open.bind(fsp);
  vi.spyOn(fsp, 'open').mockImplementation(async (file, ...rest) => {
    const handle = await open(file, ...rest);
    handlePaths.set(handle, path.resolve(String(file)));
    return handle;
  });
  const rename = fsp.rename.bind(fsp);
  vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
    await rename(from, to);
    events.push({ op: 'rename', from: path.resolve(String(from)), to: path.resolve(String(to)) });
  });
  const proto = handlePrototype!;
  const { sync, writeFile } = proto;
  vi.spyOn(proto, 'sync').mockImplementation(async function (this: FileHandle) {
    await sync.call(this);
    events.push({ op: 'sync', path: handlePaths.get(this) ?? '?' });
  });
  vi.spyOn(proto, 'writeFile').mockImplementation(async function (this: FileHandle, ...args: Parameters<FileHandle['writeFile']>) {
    await writeFile.apply(this, args);
    events.push({ op: 'write', path: handlePaths.get(this) ?? '?' });
  });
}

/** Every rename of a file whose new bytes were not fsynced first, or whose folder was not fsynced after. */
function unsyncedRenames(recorded: Event[]): string[] {
  const problems: string[] = [];
  recorded.forEach((event, i) => {
    if (event.op !== 'rename') return;
    const before = recorded.slice(0, i);
    const lastWrite = before.findLastIndex((e) => e.op === 'write' && e.path === event.from);
    if (lastWrite >= 0 && !before.slice(lastWrite).some((e) => e.op === 'sync' && e.path === event.from)) {
      problems.push(`${path.basename(event.to)}: renamed into place without an fsync of its new bytes`);
    }
    if (!recorded.slice(i + 1).some((e) => e.op === 'sync' && e.path === path.dirname(event.to))) {
      problems.push(`${path.basename(event.to)}: its folder was not fsynced after the rename`);
    }
  });
  return problems;
}

const renamesInto = (recorded: Event[]) => recorded.flatMap((e) => (e.op === 'rename' ? [e.to] : []));

describe('durable saves', () => {
  beforeEach(async () => {
    const probe = await fsp.open(__filename, 'r');
    handlePrototype = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    events = [];
    recordFileSystem();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('the adapter fsyncs the temp file before renaming it over the target, then fsyncs the folder', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'a1.json');
    await new DurableJsonAdapter<ArticleFile>(target, { schema: ArticleFileSchema }).write(makeArticleFile('a1'));
    expect(renamesInto(events)).toEqual([target]);
    const rename = events.findIndex((e) => e.op === 'rename');
    const from = (events[rename] as { from: string }).from;
    expect(events.slice(0, rename)).toEqual([{ op: 'write', path: from }, { op: 'sync', path: from }]);
    expect(events.slice(rename + 1)).toEqual([{ op: 'sync', path: dir }]);
  });

  it('every rename the notebook store makes (articles, quotes, notes, notebook.json, a backup) is synced before and after', async () => {
    const dir = path.join(await tempDir(), 'Durable.quotebook');
    const store = await NotebookStore.open(dir, { create: true, backupOnOpen: false });
    await store.putArticle(makeArticleFile('a1', { quotes: [makeQuote('a1', 'q1')] }));
    await store.updateArticle('a1', (file) => withQuote(file, 'q2'));
    await store.putNote(makeNoteFile('n1'));
    await store.updateNotebook((nb) => {
      nb.settings = { theme: 'dark' };
    });
    await store.backup('test');
    await store.close();

    const into = renamesInto(events).map((to) => path.relative(dir, to));
    expect(into).toEqual(expect.arrayContaining(['notebook.json', 'articles/a1.json', 'notes/n1.json']));
    expect(into.filter((to) => to === 'articles/a1.json')).toHaveLength(2);
    expect(into.some((to) => to.startsWith('backups/'))).toBe(true);
    expect(unsyncedRenames(events)).toEqual([]);
  });

  it('notices a save whose bytes or folder were not synced (the check itself can fail)', () => {
    const write = (p: string): Event => ({ op: 'write', path: p });
    const sync = (p: string): Event => ({ op: 'sync', path: p });
    const rename: Event = { op: 'rename', from: '/nb/.a.tmp', to: '/nb/a.json' };
    expect(unsyncedRenames([write('/nb/.a.tmp'), rename, sync('/nb')])).toEqual(['a.json: renamed into place without an fsync of its new bytes']);
    expect(unsyncedRenames([write('/nb/.a.tmp'), sync('/nb/.a.tmp'), rename])).toEqual(['a.json: its folder was not fsynced after the rename']);
    expect(unsyncedRenames([write('/nb/.a.tmp'), sync('/nb/.a.tmp'), rename, sync('/nb')])).toEqual([]);
  });
});
