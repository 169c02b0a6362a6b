/**
 * Issue 16 item 1's figure: how long the CLI takes to start, against `node -e 0` (the floor no
 * Node program starts under) measured in the same run. Cases: `quotebook --help`, `quotebook list
 * articles` on a notebook holding the sample article, both through the real bin (the built CLI,
 * with its freshness check), and the old way of running the sources through tsx (fewer rounds: it
 * takes seconds). Each run is a fresh process; the cases take turns in a fresh random order each
 * round after one uncounted round. Wall time is what a script waits; CPU time (user + system, read
 * by the child as it exits) is steadier on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureCliBuild } from '../scripts/cliBuild.mjs';
import { percentile, round, seededRandom, shuffled } from './stats';

const appRoot = resolve(__dirname, '..');
const bin = join(appRoot, 'bin', 'quotebook.mjs');
const samplePath = resolve(appRoot, '..', 'shared', 'corpus', 'nato-china-lethal-aid.txt');
const ROUNDS = 20;
const SOURCE_ROUNDS = 3;
const CPU_MARK = 'bench-cpu-us ';
// Loaded before the program: prints the process's own CPU time as it exits.
const reportCpu = `data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\n${CPU_MARK}"+(u.user+u.system)+"\\n")})`;

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function runOnce(args: string[], env: NodeJS.ProcessEnv = {}): Sample {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', reportCpu, ...args], { cwd: appRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const cpu = child.stderr.split('\n').find((line) => line.startsWith(CPU_MARK));
  return { wallMs, cpuMs: Number(cpu?.slice(CPU_MARK.length)) / 1000 };
}

function summary(samples: Sample[], floor?: { wallMs: number; cpuMs: number }) {
  const wall = samples.map((s) => s.wallMs);
  const cpu = samples.map((s) => s.cpuMs);
  const figures = { samples: samples.length, wallMsP50: percentile(wall, 50), wallMsP95: percentile(wall, 95), cpuMsP50: percentile(cpu, 50) };
  if (!floor) return figures;
  return { ...figures, wallOverNodeP50: round(figures.wallMsP50 / floor.wallMs), cpuOverNodeP50: round(figures.cpuMsP50 / floor.cpuMs) };
}

export async function cliStartBench(log: (line: string) => void) {
  const built = await ensureCliBuild(appRoot);
  if ('error' in built) throw new Error(`the CLI could not be built: ${built.error}`);
  const dir = mkdtempSync(join(tmpdir(), 'quotebook-cli-start-'));
  try {
    const notebook = join(dir, 'Bench.quotebook');
    runOnce([bin, '--notebook', notebook, 'import', samplePath]);
    const cases: Record<string, () => Sample> = {
      node: () => runOnce(['-e', '0']),
      help: () => runOnce([bin, '--help']),
      listArticles: () => runOnce([bin, '--notebook', notebook, 'list', 'articles']),
    };
    const samples = new Map<string, Sample[]>(Object.keys(cases).map((name) => [name, []]));
    const sources: Sample[] = [];
    const random = seededRandom(16);
    for (let r = -1; r < ROUNDS; r++) {
      log(`cliStart: round ${r + 1}/${ROUNDS}${r < 0 ? ' (uncounted)' : ''}`);
      for (const name of shuffled(Object.keys(cases), random)) {
        const sample = cases[name]!();
        if (r >= 0) samples.get(name)!.push(sample);
      }
      // The old way, every few rounds, so it shares the machine's mood with the rest.
      if (r >= 0 && r % Math.ceil(ROUNDS / SOURCE_ROUNDS) === 0) sources.push(runOnce([bin, '--help'], { QUOTEBOOK_CLI_FROM_SOURCES: '1' }));
    }
    const node = summary(samples.get('node')!);
    const floor = { wallMs: node.wallMsP50, cpuMs: node.cpuMsP50 };
    return {
      method: `${ROUNDS} counted rounds after 1 uncounted, cases in a seeded random order each round; the sources through tsx ${sources.length} times spread over the run`,
      nodeBaseline: node,
      help: summary(samples.get('help')!, floor),
      listArticles: summary(samples.get('listArticles')!, floor),
      helpFromSourcesThroughTsx: summary(sources, floor),
      target: { startMs: 300 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
