/** Runs the CLI in-process (fast) or as a real child process (for exit codes, locks and serve). */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/main/cli/main';
import { newLaunchUrl, type ApiAccess } from './apiClient';

export const appRoot = resolve(__dirname, '..', '..');
export const samplePath = resolve(appRoot, '..', 'shared', 'corpus', 'nato-china-lethal-aid.txt');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Calls runCli with captured output; `env` is isolated so the user's real notebook is never touched. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { appRoot, io: { out: (t) => out.push(t), err: (t) => err.push(t) }, env });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The search cache children use: the test's temporary one (test/setup/searchCache.ts), never the user's. */
const testCache = () => process.env.QUOTEBOOK_CACHE ?? resolve(appRoot, 'test-results', 'search-cache');

/** Starts `quotebook …` as a child process through the real bin script. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(process.execPath, [resolve(appRoot, 'bin', 'quotebook.mjs'), ...args], {
    cwd: appRoot,
    env: { ...process.env, QUOTEBOOK_CACHE: testCache(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the real bin to completion. */
export function runBin(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}

/** A running `quotebook serve`, as the tests reach it. */
export interface ServeProcess extends ApiAccess {
  /** The one-time launch address serve printed (opens one tab, once). */
  url: string;
  /** A fresh one-time launch address, for another page or tab. */
  launchUrl: () => Promise<string>;
  stderr: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `quotebook serve` (on any free port unless `portArgs` say otherwise) and resolves once it
 * prints its address. The API token is read where the CLI reads it, the notebook's `.owner.json`.
 */
export function startServe(notebook: string, portArgs: string[] = ['--port', '0']): Promise<ServeProcess> {
  const child = spawnCli(['--notebook', notebook, '--json', 'serve', ...portArgs]);
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.on('data', (c) => {
      stdout += c;
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (!line || started) return;
      started = true;
      clearTimeout(timer);
      const { url } = JSON.parse(line) as { url: string };
      void readFile(join(notebook, '.owner.json'), 'utf8').then((text) => {
        const access = { origin: new URL(url).origin, token: (JSON.parse(text) as { token: string }).token };
        resolvePromise({
          ...access,
          url,
          launchUrl: () => newLaunchUrl(access),
          stderr: () => stderr,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('close', () => done());
              child.kill('SIGTERM');
            }),
        });
      }, reject);
    });
    child.on('close', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}
