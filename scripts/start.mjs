#!/usr/bin/env node
// `npm start`: the desktop app. Installs skip Electron's binary download (it needs the internet and
// npm 11 asks before running install scripts), so it is fetched here, on first use. Where the
// desktop window cannot run (no binary and no internet, Ubuntu's sandbox abort, a crash at start)
// the user is told why in one line and gets the browser edition instead, so they still get the app.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyDesktopExit, desktopFailureMessage, NO_SANDBOX_WARNING, SUID_SANDBOX_MESSAGE } from './desktopExit.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);
/** Enough of Electron's stderr to recognise how it ended, without keeping a long session's log. */
const STDERR_TAIL = 64 * 1024;

/** Electron's package records the binary's path in path.txt once it is downloaded. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryInstallElectron() {
  if (!existsSync(join(electronDir, 'install.js'))) return false;
  console.error('Quotebook: downloading the Electron runtime (first start only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  // The installer prints a long stack trace when offline; keep only its first line for the user.
  const result = spawnSync(process.execPath, ['install.js'], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'], env, encoding: 'utf8' });
  const ok = result.status === 0 && electronBinary() !== null;
  if (!ok) {
    const reason = (result.stderr || '').split('\n').find((line) => line.trim()) ?? `exit code ${result.status}`;
    console.error(`Quotebook: the download failed: ${reason.trim()}`);
  }
  return ok;
}

/** Forwards Ctrl+C and `kill` to `child`, so stopping `npm start` stops the app it started. */
function forwardStopSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
}

/** The browser edition, as the fallback; `failed` keeps the exit status from reading as success. */
function startBrowserEdition(failed) {
  console.error('Starting the browser edition instead: open the address below in your browser.');
  const child = spawn(process.execPath, [join(root, 'bin', 'quotebook.mjs'), 'serve', ...passThrough], { cwd: root, stdio: 'inherit' });
  forwardStopSignals(child);
  child.on('close', (code, signal) => process.exit(code || (signal ? 1 : failed ? 1 : 0)));
}

function build() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Quotebook: the build failed (${result.signal ?? `exit code ${result.status}`}); its messages are above.`);
    process.exit(result.status || 1);
  }
}

/** Runs Electron directly (not through electron-vite, which reports a crash as a clean exit). */
function startDesktop(binary) {
  const args = ['.', ...passThrough];
  if (process.env.QUOTEBOOK_NO_SANDBOX === '1') {
    console.error(NO_SANDBOX_WARNING);
    args.push('--no-sandbox');
  }
  const env = { ...process.env };
  // Set by some tools; it would make Electron a plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, args, { cwd: root, stdio: ['inherit', 'inherit', 'pipe'], env });
  forwardStopSignals(child);
  let tail = '';
  let sandboxAbort = false;
  // A binary that cannot be executed emits 'error' and then 'close': answer only once.
  let ended = false;
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-STDERR_TAIL);
    sandboxAbort ||= tail.includes(SUID_SANDBOX_MESSAGE);
  });
  child.on('error', (error) => {
    if (ended) return;
    ended = true;
    console.error(`Quotebook: the desktop app could not be started (${error.message}).`);
    startBrowserEdition(true);
  });
  child.on('close', (code, signal) => {
    if (ended) return;
    ended = true;
    const kind = classifyDesktopExit({ code, signal, stderr: sandboxAbort ? SUID_SANDBOX_MESSAGE : tail });
    if (kind === 'ok') process.exit(0);
    if (kind === 'stopped') process.exit(code || 130);
    if (kind === 'failed') {
      console.error(`Quotebook: the desktop app stopped with exit code ${code}; its message is above.`);
      process.exit(code ?? 1);
    }
    console.error(desktopFailureMessage(kind, { code, signal, sandboxHelper: join(dirname(binary), 'chrome-sandbox') }));
    startBrowserEdition(true);
  });
}

const binary = electronBinary() ?? (tryInstallElectron() ? electronBinary() : null);
if (binary) {
  build();
  startDesktop(binary);
} else {
  console.error(
    'Quotebook: the Electron runtime is not installed and could not be downloaded (no internet?).\n' +
      'To get the desktop app later, run "npm start" again while online.',
  );
  startBrowserEdition(false);
}
