/**
 * `npm start` where the desktop window cannot run. The real Electron cannot run here, so the
 * script runs in a copy of the project whose Electron is a fake that fails in one way each:
 * missing (and not downloadable), Ubuntu's SUID sandbox abort, a crash. Each must be explained and
 * end in the browser edition, never in a silent or "clean" exit.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { classifyDesktopExit, SUID_SANDBOX_MESSAGE } from '../../../scripts/desktopExit.mjs';
import { tempDir } from '../../helpers/tempDir';

const appRoot = resolve(__dirname, '..', '..', '..');
const SERVE_MARK = 'FAKE BROWSER EDITION';

/** A project copy with the real start script and fakes for Electron, electron-vite and the CLI. */
async function fakeProject(electron: { binary?: string; install?: string }) {
  const root = await tempDir('qb-start-');
  const write = async (file: string, text: string, mode?: number) => {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), text);
    if (mode) await chmod(join(root, file), mode);
  };
  for (const file of ['start.mjs', 'desktopExit.mjs']) {
    await mkdir(join(root, 'scripts'), { recursive: true });
    await copyFile(join(appRoot, 'scripts', file), join(root, 'scripts', file));
  }
  await write('node_modules/electron-vite/bin/electron-vite.js', 'process.exit(0);\n');
  await write('bin/quotebook.mjs', `console.log(${JSON.stringify(SERVE_MARK)}, JSON.stringify(process.argv.slice(2)));\n`);
  await write('node_modules/electron/install.js', electron.install ?? 'console.error("Error: getaddrinfo ENOTFOUND github.com"); process.exit(1);\n');
  if (electron.binary) {
    await write('node_modules/electron/path.txt', 'electron');
    await write('node_modules/electron/dist/electron', `#!${process.execPath}\n${electron.binary}`, 0o755);
  }
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], { cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, QUOTEBOOK_NO_SANDBOX: '' } });
  return { root, run };
}

const sandboxAbort = `process.stderr.write(${JSON.stringify(`[1:2:FATAL:setuid_sandbox_host.cc(163)] The ${SUID_SANDBOX_MESSAGE}. Rather than run without sandboxing I'm aborting now.\n`)}); process.kill(process.pid, 'SIGTRAP');`;

describe('npm start when the desktop window cannot run', () => {
  it('without an Electron binary and without internet: says so and starts the browser edition', async () => {
    const { run } = await fakeProject({});
    expect(run.stderr).toContain('the download failed: Error: getaddrinfo ENOTFOUND github.com');
    expect(run.stderr).toMatch(/not installed and could not be downloaded/);
    expect(run.stdout).toContain(SERVE_MARK);
  });

  it('on Ubuntu’s SUID sandbox abort: explains it, gives the fix with the helper’s path, starts the browser edition, and does not exit 0', async () => {
    const { root, run } = await fakeProject({ binary: sandboxAbort });
    expect(run.stderr).toContain(SUID_SANDBOX_MESSAGE); // Electron's own line stays visible
    expect(run.stderr).toMatch(/security settings .* stopped the desktop window before it opened/);
    expect(run.stderr).toContain(`sudo chmod 4755 "${join(root, 'node_modules', 'electron', 'dist', 'chrome-sandbox')}"`);
    expect(run.stderr).toContain('docs/desktop.md');
    expect(run.stdout).toContain(SERVE_MARK);
    expect(run.status).not.toBe(0);
  });

  it('on a crash (killed by a signal): reports the crash, starts the browser edition, and does not exit 0', async () => {
    const { run } = await fakeProject({ binary: "process.kill(process.pid, 'SIGSEGV');" });
    expect(run.stderr).toContain('the desktop app crashed (signal SIGSEGV)');
    expect(run.stdout).toContain(SERVE_MARK);
    expect(run.status).not.toBe(0);
  });

  it('when the app ends normally: exits 0 without starting the browser edition, and passes the project folder to Electron', async () => {
    const { root, run } = await fakeProject({ binary: 'console.log("ARGS", JSON.stringify(process.argv.slice(2)), process.cwd());' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`ARGS ["."] ${root}`);
    expect(run.stdout).not.toContain(SERVE_MARK);
  });

  it('when the app reports its own error: keeps its exit code and does not hide it behind the browser edition', async () => {
    const { run } = await fakeProject({ binary: 'console.error("notebook damaged"); process.exit(3);' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('exit code 3');
    expect(run.stdout).not.toContain(SERVE_MARK);
  });
});

describe('classifyDesktopExit', () => {
  it.each([
    [{ code: 0, signal: null, stderr: '' }, 'ok'],
    [{ code: null, signal: 'SIGINT', stderr: '' }, 'stopped'],
    [{ code: 130, signal: null, stderr: '' }, 'stopped'],
    [{ code: null, signal: 'SIGTRAP', stderr: `FATAL: ${SUID_SANDBOX_MESSAGE}` }, 'sandbox'],
    [{ code: 133, signal: null, stderr: '' }, 'crashed'],
    [{ code: null, signal: 'SIGABRT', stderr: '' }, 'crashed'],
    [{ code: 0xc0000005, signal: null, stderr: '' }, 'crashed'],
    [{ code: 1, signal: null, stderr: 'could not open notebook' }, 'failed'],
  ] as const)('%o is %s', (exit, kind) => {
    expect(classifyDesktopExit(exit)).toBe(kind);
  });
});
