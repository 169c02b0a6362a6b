/**
 * Issue 12's "memory of an open 10,000-article notebook ≤ 2× today's": the resident memory of a
 * process holding the notebook open with its live state (every save goes through the shared
 * documents) against the same notebook opened the way every open worked before the live notebook
 * (its files only), and against a process that opens nothing (Node, tsx and the modules), each in
 * a fresh process after garbage collection. Cases alternate over the rounds; medians reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NotebookStore } from '../src/main/store/notebookStore';
import { writeNotebookFolder } from './fixtures';
import { percentile, round } from './stats';

const ARTICLES = 10_000;
const ROUNDS = 3;
const MODES = ['none', 'files', 'live'] as const;

interface Sample {
  rssMB: number;
  heapMB: number;
  articles: number;
}

export async function openMemoryBench(log: (line: string) => void): Promise<unknown> {
  const dir = await mkdtemp(join(tmpdir(), 'qb-open-memory-'));
  const root = resolve(__dirname, '..');
  const child = resolve(__dirname, 'openMemoryChild.ts');
  try {
    const notebook = join(dir, 'Large.quotebook');
    await writeNotebookFolder(notebook, ARTICLES, 2);
    // The first open gives the notebook its live state (once, as the app does on upgrade).
    await (await NotebookStore.open(notebook, { backupOnOpen: false })).close();
    const samples: Record<string, Sample[]> = { none: [], files: [], live: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...MODES].reverse() : MODES;
      for (const mode of order) {
        const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, notebook, mode], { cwd: root, encoding: 'utf8', timeout: 600_000 });
        samples[mode]!.push(JSON.parse(out.trim().split('\n').at(-1)!) as Sample);
        log(`openMemory ${mode} round ${round + 1}: ${out.trim()}`);
      }
    }
    const median = (mode: string, key: 'rssMB' | 'heapMB') => round(percentile(samples[mode]!.map((s) => s[key]), 50));
    const held = (mode: string) => median(mode, 'rssMB') - median('none', 'rssMB');
    return {
      articles: ARTICLES,
      rssMB: { nothingOpen: median('none', 'rssMB'), filesOnly: median('files', 'rssMB'), live: median('live', 'rssMB') },
      heapMB: { nothingOpen: median('none', 'heapMB'), filesOnly: median('files', 'heapMB'), live: median('live', 'heapMB') },
      // What holding the notebook costs, above a process that opens nothing.
      heldMB: { filesOnly: round(held('files')), live: round(held('live')) },
      liveOverFiles: { rss: round(median('live', 'rssMB') / median('files', 'rssMB')), held: round(held('live') / held('files')) },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
