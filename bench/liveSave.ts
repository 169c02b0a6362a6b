/**
 * What the owner does for each keystroke typed in a live note: apply the window's Yjs update, then
 * save the note (materialise it from the document, validate, compare, hash, append to the update
 * log and rewrite the file durably). Measured as CPU per save and wall time, on a note with 100
 * paragraphs and 100 quote cards, against a baseline in the same run: serialising the same note and
 * writing it durably (`writeFileDurable`), the least any save of a whole file costs. Cases alternate.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createOperations, NotebookSession } from '../src/main/services';
import { LiveHub } from '../src/main/live/liveHub';
import { writeFileDurable } from '../src/main/store/fsUtil';
import { serializeJson } from '../src/main/store/durableJsonAdapter';
import { decodeFrame, decodeSynced, encodeFrame, LiveType } from '../src/shared/live/protocol';
import { syntheticText } from './fixtures';
import { percentile, round } from './stats';

const CARDS = 100;
const ROUNDS = 8;
const PER_ROUND = 25;

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(value)] });

async function measure(work: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - t0 };
}

const summary = (samples: { cpu: number; wall: number }[]) => ({
  cpuP50: percentile(samples.map((s) => s.cpu), 50),
  cpuP95: percentile(samples.map((s) => s.cpu), 95),
  wallP50: percentile(samples.map((s) => s.wall), 50),
  wallP95: percentile(samples.map((s) => s.wall), 95),
  samples: samples.length,
});

export async function liveSaveBench(log: (line: string) => void) {
  const dir = await mkdtemp(join(tmpdir(), 'qb-bench-livesave-'));
  const session = await NotebookSession.open(join(dir, 'bench.quotebook'), { create: true, backupOnOpen: false });
  const hub = new LiveHub(session.store);
  try {
    log('live save: a note with 100 quote cards…');
    const ops = createOperations(session);
    const call = async (op: string, input: unknown) => {
      const result = await ops.invoke(op, input);
      if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
      return result.value as { id: string; target: { exact: string }; article: { id: string } };
    };
    const cards: unknown[] = [];
    const words = syntheticText(99).split(/\s+/);
    for (let a = 0; a < CARDS / 10; a++) {
      const { article } = await call('articles:createFromText', { text: syntheticText(a), title: `Bench article ${a}`, source: { outlet: 'Bench Times', publishedAt: '2024-01-01' } });
      for (let q = 0; q < 10; q++) {
        const quote = await call('quotes:create', { articleId: article.id, start: q * 40 + 1, end: q * 40 + 60 });
        const i = cards.length / 2;
        cards.push(paragraph(words.slice((i * 17) % 500, ((i * 17) % 500) + 40).join(' ')), { type: 'quote-card', version: 1, quoteId: quote.id, citedText: quote.target.exact });
      }
    }
    const note = await call('notes:save', { title: 'With 100 cards', content: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: cards } } });

    // A window's copy of the note, as the live channel hands it over.
    const doc = new Y.Doc();
    const name = `note:${note.id}`;
    let synced!: () => void;
    const ready = new Promise<void>((resolve) => (synced = resolve));
    const client = hub.connect({
      send: (bytes) => {
        const frame = decodeFrame(bytes);
        if (frame?.type === LiveType.synced) {
          Y.applyUpdate(doc, decodeSynced(frame.payload)!.update);
          synced();
        }
      },
      close: () => undefined,
    });
    client.receive(encodeFrame(LiveType.subscribe, name, Y.encodeStateVector(doc)));
    await ready;
    const firstParagraph = () => (doc.get('root', Y.XmlText).toDelta() as { insert: Y.XmlText }[])[0]!.insert;
    /** One keystroke in the window, saved by the owner. */
    const keystroke = () => {
      const before = Y.encodeStateVector(doc);
      const target = firstParagraph();
      target.insert(target.length, 'x');
      return session.store.applyRemote({ kind: 'note', id: note.id }, [Y.encodeStateAsUpdate(doc, before)], 'bench-window');
    };
    const baselineFile = join(dir, 'baseline.json');
    const stored = session.store.note(note.id)!;
    const baseline = () => writeFileDurable(baselineFile, serializeJson(stored));

    for (let i = 0; i < 5; i++) {
      await keystroke();
      await baseline();
    }
    const saves: { cpu: number; wall: number }[] = [];
    const writes: { cpu: number; wall: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PER_ROUND; i++) {
        saves.push(await measure(keystroke));
        writes.push(await measure(baseline));
      }
    }
    const save = summary(saves);
    const write = summary(writes);
    return {
      what: 'owner saving one keystroke of a live note with 100 quote cards, ms',
      save,
      baselineSerialiseAndWriteDurably: write,
      cpuP50Ratio: round(save.cpuP50 / write.cpuP50),
      wallP50Ratio: round(save.wallP50 / write.wallP50),
      loadAverage: round(loadavg()[0]!),
    };
  } finally {
    hub.close();
    await session.close();
    await rm(dir, { recursive: true, force: true });
  }
}
