/**
 * Issue 7's figures: exporting a 1,000-article notebook (10 quotes each) as a Markdown folder —
 * first export, and a re-export where nothing changed — side by side with a baseline that writes
 * the same bytes to the same paths with plain `writeFile` (no manifest, no checks, no fsync): the
 * floor any exporter pays. Also the single-file formats against `JSON.stringify` of the notebook.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../src/main/services';
import { indexBundle, planNotebook, renderPlanned, type EntityKey } from '../src/shared/export';
import { writeNotebookFolder } from './fixtures';
import { percentile, round, time } from './stats';

const ARTICLES = 1_000;
const QUOTES_PER_ARTICLE = 10;
const ROUNDS = 3;
const median = (values: number[]) => percentile(values, 50);

type Ops = ReturnType<typeof createOperations>;

async function invoke(ops: Ops, name: string, input: unknown): Promise<{ files: unknown[] }> {
  const result = await ops.invoke(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { files: unknown[] };
}

/** The same files written the naive way: render, then writeFile each (64 at a time, like the fixtures). */
async function baselineFolder(session: NotebookSession, out: string): Promise<number> {
  const { ms } = await time(async () => {
    const index = indexBundle({ notebook: session.store.notebook(), articles: session.store.articles(), notes: session.store.notes() });
    const plan = planNotebook(index);
    const paths = new Map<EntityKey, string>(plan.map((p) => [p.key, p.folder ? `${p.folder}/${p.wantedName}` : p.wantedName]));
    for (const folder of new Set(plan.map((p) => p.folder))) await mkdir(join(out, folder), { recursive: true });
    for (let i = 0; i < plan.length; i += 64) {
      await Promise.all(plan.slice(i, i + 64).map((p) => writeFile(join(out, paths.get(p.key)!), renderPlanned(index, p.key, paths, false))));
    }
  });
  return ms;
}

export async function exportBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-export-'));
  try {
    log(`export: writing a ${ARTICLES}-article notebook…`);
    await writeNotebookFolder(join(root, 'nb.quotebook'), ARTICLES, QUOTES_PER_ARTICLE);
    const session = await NotebookSession.open(join(root, 'nb.quotebook'), { backupOnOpen: false });
    const ops = createOperations(session);
    try {
      // Warm the serialisers up first, so neither side pays for the JIT compiler; then take the
      // median of three alternating rounds, because other work on the machine skews single runs.
      log('export: warming up…');
      await baselineFolder(session, join(root, 'warm-up'));
      const firsts: number[] = [];
      const agains: number[] = [];
      const baselines: number[] = [];
      let files = 0;
      for (let r = 1; r <= ROUNDS; r++) {
        log(`export: round ${r} of ${ROUNDS}…`);
        baselines.push(await baselineFolder(session, join(root, `baseline-${r}`)));
        const first = await time(() => invoke(ops, 'export:markdown', { dir: join(root, `out-${r}`) }));
        firsts.push(first.ms);
        files = first.value.files.length;
        agains.push((await time(() => invoke(ops, 'export:markdown', { dir: join(root, `out-${r}`) }))).ms);
      }
      const [firstMs, againMs, baselineMs] = [median(firsts), median(agains), median(baselines)];

      log('export: single-file formats…');
      const single: Record<string, number> = {};
      for (const op of ['export:csv', 'export:json', 'export:webAnnotations']) single[op] = round((await time(() => invoke(ops, op, {}))).ms);
      const stringify = await time(async () => JSON.stringify({ notebook: session.store.notebook(), articles: session.store.articles() }));
      return {
        articles: ARTICLES,
        quotes: ARTICLES * QUOTES_PER_ARTICLE,
        markdownFolder: {
          files,
          firstExportMs: round(firstMs),
          reExportUnchangedMs: round(againMs),
          plainWriteBaselineMs: round(baselineMs),
          firstExportOverBaseline: round(firstMs / baselineMs),
          reExportOverBaseline: round(againMs / baselineMs),
        },
        singleFile: {
          csvMs: single['export:csv'],
          jsonMs: single['export:json'],
          webAnnotationsMs: single['export:webAnnotations'],
          jsonStringifyBaselineMs: round(stringify.ms),
          jsonOverBaseline: round(single['export:json']! / stringify.ms),
        },
      };
    } finally {
      await session.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
