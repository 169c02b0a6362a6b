/** `npm run bench`: prints one JSON document of figures; progress goes to stderr. */
import { cpus } from 'node:os';
import { saveLatencyBench } from './saveLatency';
import { exportBench } from './exportBench';
import { importThroughputBench } from './importThroughput';
import { suggestSpeedBench } from './suggestSpeed';
import { actorsBench } from './actorsBench';
import { noteTypingBench } from './noteTyping';
import { readerOpenBench } from './readerOpen';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const figures = {
    machine: { node: process.version, platform: process.platform, cpus: cpus().length },
    saveQuote: await saveLatencyBench(log),
    export: await exportBench(log),
    importThroughput: await importThroughputBench(log),
    suggest: suggestSpeedBench(log),
    actors: await actorsBench(log),
    noteTyping: await noteTypingBench(log),
    readerOpen: await readerOpenBench(log),
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
