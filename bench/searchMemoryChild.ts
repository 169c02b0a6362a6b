/**
 * One case of bench/searchMemory.ts, in a process of its own so its memory is its own. Opens the
 * notebook at argv[2] as the app does, then:
 * - `notebook`: nothing more (the baseline: what the open notebook holds without search);
 * - `build`: builds the search index from nothing (the cache deleted first) and runs the bench's
 *   queries — the first search after installing or after the cache was removed;
 * - `reopen`: opens the index the `build` case left (it only checks the files' stamps) and runs the
 *   same queries — every later start.
 * Then collects garbage and prints the resident and heap sizes as JSON. SQLite runs inside
 * WebAssembly, whose memory grows and is never given back, so the resident size after the queries
 * is what the index costs for the rest of the session.
 */
import { rm } from 'node:fs/promises';
import { createOperations, NotebookSession } from '../src/main/services';
import { searchIndexPath } from '../src/main/search/cacheLocation';
import { QUERIES } from './searchBench';

const [dir = '', mode = 'notebook'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

async function main(): Promise<void> {
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  let rows = 0;
  let indexMs = 0;
  if (mode !== 'notebook') {
    if (mode === 'build') await rm(searchIndexPath(dir), { force: true });
    const started = performance.now();
    const index = await session.searchIndex();
    await index.ready;
    indexMs = performance.now() - started;
    const ops = createOperations(session);
    for (const q of QUERIES) {
      const result = await ops.invoke('search:query', { query: q.query, limit: 50 });
      if (!result.ok) throw new Error(result.error.message);
    }
    rows = index.index.size();
  }
  for (let i = 0; i < 3; i++) gc!();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ mode, rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20, rows, indexMs: Math.round(indexMs) })}\n`);
  await session.close();
}

void main();
