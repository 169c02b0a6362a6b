/**
 * Issue 13's "RSS added by the index ≤ 150 MB" at 10,000 articles × 3,000 words, measured in fresh
 * processes (bench/searchMemoryChild.ts) rather than before and after a build in one process,
 * where the garbage collector freeing earlier work hides what the index holds. The baseline is
 * the same notebook open without search, in the same run; the cases alternate over the rounds and
 * medians are reported. QUOTEBOOK_BENCH_SIZES / QUOTEBOOK_BENCH_WORDS change the notebook, as for
 * `search`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFolder } from './searchBench';
import { percentile, round } from './stats';

const ARTICLES = Number((process.env.QUOTEBOOK_BENCH_SIZES ?? '10000').split(',').at(-1));
const ROUNDS = 3;
const MODES = ['notebook', 'build', 'reopen'] as const;

interface Sample {
  rssMB: number;
  heapMB: number;
  rows: number;
  /** Opening the index until it has caught up with the files (the whole build, for `build`). */
  indexMs: number;
}

export async function searchMemoryBench(log: (line: string) => void): Promise<unknown> {
  const root = await mkdtemp(join(tmpdir(), 'qb-search-memory-'));
  const child = resolve(__dirname, 'searchMemoryChild.ts');
  // The cache goes with the temporary folder, never into the user's own cache.
  const env = { ...process.env, QUOTEBOOK_CACHE: join(root, 'cache') };
  try {
    const notebook = join(root, 'Search.quotebook');
    log(`searchMemory: writing ${ARTICLES} articles…`);
    await writeFolder(notebook, ARTICLES);
    const samples: Record<string, Sample[]> = { notebook: [], build: [], reopen: [] };
    const loads: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // `reopen` needs the index `build` leaves, so only the baseline moves around it.
      const order = r % 2 ? (['build', 'reopen', 'notebook'] as const) : MODES;
      for (const mode of order) {
        loads.push(loadavg()[0]!);
        const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, notebook, mode], { cwd: resolve(__dirname, '..'), env, encoding: 'utf8', timeout: 1_800_000 });
        samples[mode]!.push(JSON.parse(out.trim().split('\n').at(-1)!) as Sample);
        log(`searchMemory ${mode} round ${r + 1}: ${out.trim()}`);
      }
    }
    const median = (mode: string, key: 'rssMB' | 'heapMB') => round(percentile(samples[mode]!.map((s) => s[key]), 50));
    const added = (mode: string) => round(median(mode, 'rssMB') - median('notebook', 'rssMB'));
    return {
      articles: ARTICLES,
      rows: samples['reopen']![0]?.rows,
      rssMB: { notebookOnly: median('notebook', 'rssMB'), afterBuild: median('build', 'rssMB'), afterReopen: median('reopen', 'rssMB') },
      heapMB: { notebookOnly: median('notebook', 'heapMB'), afterBuild: median('build', 'heapMB'), afterReopen: median('reopen', 'heapMB') },
      // What search adds to the open notebook (target ≤ 150 MB).
      addedMB: { afterBuild: added('build'), afterReopen: added('reopen') },
      indexMs: { build: samples['build']!.map((x) => x.indexMs), reopen: samples['reopen']!.map((x) => x.indexMs) },
      loadAverage: { min: round(Math.min(...loads)), max: round(Math.max(...loads)) },
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
