/**
 * The bin runs the built CLI (scripts/cliBuild.mjs): it builds it when missing, rebuilds it when a
 * source changed, and runs the sources through tsx when the build fails. Each case works on a copy
 * of the app (sources, scripts, bin; node_modules linked) so it can edit sources freely.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../../helpers/tempDir';
import { samplePath } from '../../helpers/cliRunner';

const appRoot = resolve(__dirname, '..', '..', '..');
const FROM_SOURCES = 'running from the sources';

async function copyOfApp(): Promise<string> {
  const root = await tempDir('quotebook-built-cli-');
  for (const part of ['bin', 'scripts', join('src', 'main'), join('src', 'shared'), 'package.json']) {
    await cp(join(appRoot, part), join(root, part), { recursive: true });
  }
  await symlink(join(appRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Runs the copy's bin; require(esm) is off, so nothing ESM-only may be left for require(). */
function runBin(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--no-experimental-require-module', join(root, 'bin', 'quotebook.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, QUOTEBOOK_CACHE: join(root, 'cache'), QUOTEBOOK_CLI_FROM_SOURCES: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

async function editSource(root: string, file: string, from: string, to: string): Promise<void> {
  const path = join(root, file);
  const text = await readFile(path, 'utf8');
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
}

describe('the built CLI', () => {
  it('is built on first start, then runs --help and imports through its worker', { timeout: 180_000 }, async () => {
    const root = await copyOfApp();
    const help = await runBin(root, ['--help']);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: quotebook');
    expect(existsSync(join(root, 'out', 'cli', 'quotebook.cjs'))).toBe(true);

    // Importing reads the file in the untrusted worker, which must be found beside the build.
    const notebook = join(root, 'Research.quotebook');
    const imported = await runBin(root, ['--notebook', notebook, 'import', samplePath]);
    expect(imported.stderr).not.toContain(FROM_SOURCES);
    expect(imported.code).toBe(0);
    const listed = await runBin(root, ['--notebook', notebook, '--json', 'list', 'articles']);
    expect(listed.code).toBe(0);
    const articles = JSON.parse(listed.stdout) as { title: string; quoteCount: number }[];
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toMatch(/NATO/);
  });

  it('is rebuilt when a source changed since it was built', { timeout: 180_000 }, async () => {
    const root = await copyOfApp();
    expect((await runBin(root, ['--help'])).stdout).toContain('Usage: quotebook [--notebook DIR]');
    await editSource(root, 'src/main/cli/main.ts', 'Usage: quotebook [--notebook DIR]', 'Usage (changed): quotebook [--notebook DIR]');
    const after = await runBin(root, ['--help']);
    expect(after.stderr).toBe('');
    expect(after.stdout).toContain('Usage (changed): quotebook');
    expect(await readFile(join(root, 'out', 'cli', 'quotebook.cjs'), 'utf8')).toContain('Usage (changed)');
  });

  it('runs the sources, saying why, when the build fails', { timeout: 180_000 }, async () => {
    const root = await copyOfApp();
    // The bundler resolves every import up front; tsx only when the command runs.
    await editSource(root, 'src/main/cli/main.ts', '  unlock: async () =>', "  broken: async () => (await import('./noSuchCommand')).broken,\n  unlock: async () =>");
    const help = await runBin(root, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: quotebook');
    expect(help.stderr).toContain(FROM_SOURCES);
    expect(help.stderr).toContain('noSuchCommand');
  });
});
