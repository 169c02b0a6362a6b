/**
 * Issue 15's figures on a 1,000-article notebook with 10 coded quotes each (speaker, about-actor,
 * two tags): the REFI-QDA project export against the JSON export of the same notebook (same run,
 * alternated, after a warm-up; ratio of medians), and agreement between two coders of those
 * 1,000 articles × 10 quotes — end to end (the other notebook opened from disk) and the pure
 * comparison alone — against the 1 s budget.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../src/main/services';
import { codedArticles } from '../src/shared/agreement/coded';
import { compareCoders } from '../src/shared/agreement/compare';
import { describeRange } from '../src/shared/anchoring/selectors';
import type { Actor, ArticleFile, Tag } from '../src/shared/model';
import { writeNotebookFolder } from './fixtures';
import { percentile, round, time } from './stats';

const ARTICLES = 1_000;
const QUOTES = 10;
const ROUNDS = 7;

type Ops = ReturnType<typeof createOperations>;
async function invoke(ops: Ops, name: string, input: unknown): Promise<unknown> {
  const result = await ops.invoke(name, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const actors: Actor[] = Array.from({ length: 12 }, (_, i) => ({ id: `act_b${i}`, name: `Actor ${i}`, kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour: 'blue' }));
const tags: Tag[] = Array.from({ length: 8 }, (_, i) => ({ id: `tag_b${i}`, name: `Tag ${i}`, parentId: i >= 4 ? `tag_b${i - 4}` : null, colour: 'teal', description: '' }));

/** Codes every quote; `variant` > 0 makes a second coder who differs on a share of them. */
function code(file: ArticleFile, index: number, variant: number): ArticleFile {
  const quotes = file.quotes.flatMap((q, j) => {
    const n = index * QUOTES + j;
    const differs = variant > 0 && n % 7 === 0;
    if (variant > 0 && n % 31 === 0) return []; // the other coder missed this one
    const shift = variant > 0 && n % 11 === 0 ? 3 : 0;
    return [
      {
        ...q,
        target: shift ? describeRange(file.article.text, q.target.start + shift, q.target.end) : q.target,
        speakerId: actors[(n + (differs ? 1 : 0)) % actors.length]!.id,
        aboutIds: [actors[(n + 5) % actors.length]!.id],
        tagIds: [tags[n % tags.length]!.id, tags[(n + (differs ? 2 : 3)) % tags.length]!.id],
        kind: variant > 0 && n % 13 === 0 ? ('indirect' as const) : q.kind,
      },
    ];
  });
  return { ...file, quotes };
}

async function codedNotebook(dir: string, variant: number): Promise<NotebookSession> {
  await writeNotebookFolder(dir, ARTICLES, QUOTES);
  const session = await NotebookSession.open(dir, { backupOnOpen: false });
  await session.store.updateNotebook((nb) => {
    nb.actors = actors;
    nb.tags = tags;
  });
  const files = session.store.articles();
  for (let i = 0; i < files.length; i += 32) await Promise.all(files.slice(i, i + 32).map((f, k) => session.store.putArticle(code(f, i + k, variant))));
  return session;
}

export async function interchangeBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-interchange-'));
  try {
    log(`interchange: writing two coded ${ARTICLES}-article notebooks…`);
    const mine = await codedNotebook(join(root, 'mine.quotebook'), 0);
    const theirs = await codedNotebook(join(root, 'theirs.quotebook'), 1);
    await theirs.close();
    const ops = createOperations(mine);
    try {
      log('interchange: warming up…');
      await invoke(ops, 'export:json', {});
      await invoke(ops, 'export:qdpx', {});
      const qdpx: number[] = [];
      const json: number[] = [];
      let qdpxBytes = 0;
      let jsonBytes = 0;
      for (let r = 0; r < ROUNDS; r++) {
        log(`interchange: export round ${r + 1} of ${ROUNDS}…`);
        // Alternate which goes first, so neither always runs on a warmer heap.
        const order = r % 2 === 0 ? ['qdpx', 'json'] : ['json', 'qdpx'];
        for (const format of order) {
          const { ms, value } = await time(() => invoke(ops, `export:${format}`, {}) as Promise<{ content: { text: string; base64?: string } }>);
          if (format === 'qdpx') {
            qdpx.push(ms);
            qdpxBytes = Math.round((value.content.base64!.length * 3) / 4);
          } else {
            json.push(ms);
            jsonBytes = Buffer.byteLength(value.content.text);
          }
        }
      }

      log('interchange: agreement…');
      const source = { kind: 'notebook', dir: join(root, 'theirs.quotebook') };
      await invoke(ops, 'agreement:compare', { source });
      const endToEnd: number[] = [];
      const pure: number[] = [];
      let report: { units: number; matched: number; overall: { alpha: number | null } } | undefined;
      const theirsSession = await NotebookSession.open(join(root, 'theirs.quotebook'), { readOnly: true });
      const mineCoded = codedArticles(mine.store.articles(), actors, tags);
      const theirsCoded = codedArticles(theirsSession.store.articles(), actors, tags);
      await theirsSession.close();
      for (let r = 0; r < ROUNDS; r++) {
        endToEnd.push((await time(async () => (report = (await invoke(ops, 'agreement:compare', { source })) as typeof report))).ms);
        pure.push((await time(async () => compareCoders(mineCoded, theirsCoded))).ms);
      }
      const median = (v: number[]) => percentile(v, 50);
      return {
        articles: ARTICLES,
        quotesPerArticle: QUOTES,
        rounds: ROUNDS,
        qdpxExport: { medianMs: median(qdpx), p95Ms: percentile(qdpx, 95), bytes: qdpxBytes },
        jsonExport: { medianMs: median(json), p95Ms: percentile(json, 95), bytes: jsonBytes },
        qdpxOverJson: round(median(qdpx) / median(json)),
        agreement: {
          units: report?.units,
          matched: report?.matched,
          alphaAllTags: report?.overall.alpha === null || report?.overall.alpha === undefined ? null : round(report.overall.alpha),
          endToEndMedianMs: median(endToEnd),
          endToEndP95Ms: percentile(endToEnd, 95),
          compareOnlyMedianMs: median(pure),
          compareOnlyP95Ms: percentile(pure, 95),
          withinOneSecond: percentile(endToEnd, 95) <= 1000,
        },
      };
    } finally {
      await mine.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
