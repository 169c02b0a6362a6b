/**
 * Issue 11 item 4's figure: suggesting on hostile text of 1M characters in one paragraph (targets:
 * ≤ 2 s and ≤ 300 MB peak), next to the sample article repeated to the same length (ordinary news
 * text, the baseline) measured in the same run. Each case runs in a fresh process (peak memory is
 * the process's own, Node and tsx included), cases alternate over the rounds, medians reported.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { round } from './stats';

const CASES = ['sample', 'noFullStops', 'straightQuotes', 'unclosedQuotes', 'apostrophes', 'abbreviations', 'capitals'];
const CHARS = 1_000_000;
const ROUNDS = 3;

interface Run {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  quotes: number;
  longestQuote: number;
}

function runCase(name: string): Run {
  const child = resolve(__dirname, 'suggestHostileChild.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, name, String(CHARS)], { cwd: resolve(__dirname, '..'), encoding: 'utf8', timeout: 600_000 });
  return JSON.parse(out) as Run;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function suggestHostileBench(log: (line: string) => void) {
  const runs = new Map<string, Run[]>(CASES.map((c) => [c, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of CASES) {
      log(`suggestHostile: round ${r + 1}/${ROUNDS}, ${name}`);
      runs.get(name)!.push(runCase(name));
    }
  }
  const summary = (name: string) => {
    const rs = runs.get(name)!;
    return { ms: round(median(rs.map((x) => x.ms))), cpuMs: round(median(rs.map((x) => x.cpuMs))), peakRssMb: round(median(rs.map((x) => x.peakRssMb))), quotes: rs[0]!.quotes, longestQuote: rs[0]!.longestQuote };
  };
  const baseline = summary('sample');
  const hostile = Object.fromEntries(
    CASES.filter((c) => c !== 'sample').map((c) => {
      const s = summary(c);
      return [c, { ...s, timeOverBaseline: round(s.cpuMs / baseline.cpuMs), memoryOverBaseline: round(s.peakRssMb / baseline.peakRssMb) }];
    }),
  );
  return { chars: CHARS, rounds: ROUNDS, baselineSampleRepeated: baseline, hostile, targets: { ms: 2000, peakRssMb: 300 } };
}
