/**
 * Issue 12's team figure: three replicas each make 1,000 edits offline (quote fields, comments,
 * tags added and taken off, new tags), then reconnect and sync until every copy holds everything
 * (rounds A, B, C, then A and B again to receive what C sent). The baseline, measured in the
 * same run, is the time the 3,000 edits themselves took to save locally: the ratio says what
 * syncing costs on top of the work.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../src/main/services';
import { joinNotebook } from '../src/main/sync/join';
import { syncRound } from '../src/main/sync/syncRound';
import { startSyncServer } from '../src/main/sync/syncServer';
import { serverSecret } from '../src/main/sync/syncState';
import { round, seededRandom } from './stats';

const EDITS = 1_000;
const QUOTES = 40;
const TEXT = Array.from({ length: QUOTES }, (_, i) => `Paragraph ${i}: "Statement number ${i} was made," an official said.`).join('\n\n');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Call = (op: string, input: unknown) => Promise<any>;

async function open(dir: string, create = false): Promise<{ session: NotebookSession; call: Call }> {
  const session = await NotebookSession.open(dir, { create });
  const ops = createOperations(session);
  const call: Call = async (op, input) => {
    const result = await ops.invoke(op as never, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value;
  };
  return { session, call };
}

export async function syncBench(log: (line: string) => void) {
  const root = await mkdtemp(join(tmpdir(), 'qb-bench-sync-'));
  try {
    const shared = await open(join(root, 'shared.quotebook'), true);
    const { article } = await shared.call('articles:createFromText', { text: TEXT, title: 'Bench' });
    const text: string = (await shared.call('articles:get', { id: article.id })).article.text;
    const quoteIds: string[] = [];
    for (let i = 0; i < QUOTES; i++) {
      const words = `Statement number ${i} was made,`;
      const start = text.indexOf(words);
      quoteIds.push((await shared.call('quotes:create', { articleId: article.id, start, end: start + words.length, kind: 'direct' })).id);
    }
    const baseTags: string[] = [];
    for (const name of ['threat', 'warning', 'pledge', 'denial']) baseTags.push((await shared.call('tags:create', { name })).id);
    const secret = await serverSecret(shared.session.store.dir);
    const server = await startSyncServer({ store: shared.session.store, secret });

    const names = ['Ann', 'Bob', 'Cem'];
    const replicas = [];
    for (const name of names) {
      const dir = join(root, `${name}.quotebook`);
      await joinNotebook(dir, { url: server.url, secret, name });
      replicas.push({ name, ...(await open(dir)) });
    }

    log(`sync: ${names.length} replicas make ${EDITS} offline edits each…`);
    const editsStarted = performance.now();
    for (const [r, replica] of replicas.entries()) {
      const random = seededRandom(12 + r);
      const tags = [...baseTags];
      for (let i = 0; i < EDITS; i++) {
        const id = quoteIds[Math.floor(random() * QUOTES)]!;
        const pick = random();
        if (pick < 0.3) await replica.call('quotes:update', { id, patch: { comment: `${replica.name} note ${i}` } });
        else if (pick < 0.5) await replica.call('quotes:update', { id, patch: { kind: random() < 0.5 ? 'direct' : 'paraphrase' } });
        else if (pick < 0.9) {
          const current: string[] = (await replica.call('quotes:list', { articleId: article.id })).find((q: { id: string }) => q.id === id).tagIds;
          const tag = tags[Math.floor(random() * tags.length)]!;
          await replica.call('quotes:update', { id, patch: { tagIds: current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag] } });
        } else tags.push((await replica.call('tags:create', { name: `${replica.name} tag ${i}` })).id);
      }
    }
    const editsMs = performance.now() - editsStarted;

    log('sync: reconnecting and converging…');
    const syncStarted = performance.now();
    const order = [0, 1, 2, 0, 1];
    const rounds = [];
    for (const i of order) {
      const started = performance.now();
      const result = await syncRound(replicas[i]!.session.store, { url: server.url, secret });
      rounds.push({ replica: names[i], ms: round(performance.now() - started), sent: result.sent, received: result.received });
    }
    const convergeMs = performance.now() - syncStarted;

    const states = await Promise.all(replicas.map(async (r) => JSON.stringify(await r.call('quotes:list', { articleId: article.id }))));
    const converged = states.every((s) => s === states[0]);
    await server.close();
    for (const r of replicas) await r.session.close();
    await shared.session.close();
    return {
      replicas: names.length,
      editsPerReplica: EDITS,
      baselineLocalEditsMs: round(editsMs),
      convergeMs: round(convergeMs),
      convergeVsLocalEdits: round(convergeMs / editsMs),
      targetConvergeMs: 5_000,
      converged,
      rounds,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
