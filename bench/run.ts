/**
 * `npm run bench [-- NAME...]`: prints one JSON document of figures; progress goes to stderr.
 * With names (e.g. `npm run bench -- noteTyping readerOpen`) only those benchmarks run.
 */
import { cpus, loadavg } from 'node:os';
import { saveLatencyBench } from './saveLatency';
import { exportBench } from './exportBench';
import { importThroughputBench } from './importThroughput';
import { suggestSpeedBench } from './suggestSpeed';
import { suggestHostileBench } from './suggestHostile';
import { actorsBench } from './actorsBench';
import { noteTypingBench } from './noteTyping';
import { readerOpenBench } from './readerOpen';
import { libraryKeysBench } from './libraryKeys';
import { longArticleKeysBench } from './longArticleKeys';
import { interchangeBench } from './interchangeBench';
import { searchBench } from './searchBench';
import { cliStartBench } from './cliStart';
import { syncBench } from './syncBench';
import { backupBench } from './backupBench';
import { openLargeBench } from './openLarge';
import { openMemoryBench } from './openMemory';
import { switcherKeysBench } from './switcherKeys';
import { sameStatementBench } from './sameStatementBench';
import { searchMemoryBench } from './searchMemory';
import { liveSaveBench } from './liveSave';

const log = (line: string) => process.stderr.write(`${line}\n`);

const benches: Record<string, () => unknown> = {
  saveQuote: () => saveLatencyBench(log),
  export: () => exportBench(log),
  importThroughput: () => importThroughputBench(log),
  suggest: () => suggestSpeedBench(log),
  suggestHostile: () => suggestHostileBench(log),
  actors: () => actorsBench(log),
  sameStatement: () => sameStatementBench(log),
  noteTyping: () => noteTypingBench(log),
  liveSave: () => liveSaveBench(log),
  readerOpen: () => readerOpenBench(log),
  libraryKeys: () => libraryKeysBench(log),
  longArticle: () => longArticleKeysBench(log),
  interchange: () => interchangeBench(log),
  search: () => searchBench(log),
  searchMemory: () => searchMemoryBench(log),
  cliStart: () => cliStartBench(log),
  sync: () => syncBench(log),
  backup: () => backupBench(log),
  openLarge: () => openLargeBench(log),
  openMemory: () => openMemoryBench(log),
  switcherKeys: () => switcherKeysBench(log),
};

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in benches));
  if (unknown.length) {
    process.stderr.write(`Unknown benchmark ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}.\n`);
    process.exitCode = 2;
    return;
  }
  const figures: Record<string, unknown> = {
    machine: { node: process.version, platform: process.platform, cpus: cpus().length, loadAverageAtStart: loadavg()[0] },
  };
  // One at a time: they would disturb each other's timings.
  for (const name of wanted.length ? wanted : Object.keys(benches)) figures[name] = await benches[name]!();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
