/**
 * One case of bench/openMemory.ts, in a process of its own so its memory is its own: opens the
 * notebook at argv[2] with the live state (`live`, today) or without it (`files`, how every open
 * worked before the live notebook), or opens nothing (`none`: Node, tsx and the modules), then
 * collects garbage and prints the resident and heap sizes as JSON.
 */
import { NotebookStore } from '../src/main/store/notebookStore';

const [dir = '', mode = 'none'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

async function main(): Promise<void> {
  let store: NotebookStore | null = null;
  if (mode !== 'none') {
    store = await NotebookStore.open(dir, { backupOnOpen: false, live: mode === 'live', lock: false });
  }
  for (let i = 0; i < 3; i++) gc!();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ mode, rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20, articles: store?.articles().length ?? 0 })}\n`);
  await store?.close();
}

void main();
