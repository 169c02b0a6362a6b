#!/usr/bin/env node
// `npm start`: the desktop app. Installs skip Electron's binary download (it needs the internet and
// npm 11 asks before running install scripts), so it is fetched here, on first use. Where that is
// impossible, the browser edition starts instead, so the user still gets the app.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const passThrough = process.argv.slice(2);

/** Electron's package records the binary's path in path.txt once it is downloaded. */
function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

function tryInstallElectron() {
  if (!existsSync(join(electronDir, 'install.js'))) return false;
  console.error('Quotebook: downloading the Electron runtime (first start only)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  // The installer prints a long stack trace when offline; keep only its first line for the user.
  const result = spawnSync(process.execPath, ['install.js'], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'], env, encoding: 'utf8' });
  const ok = result.status === 0 && electronBinaryPresent();
  if (!ok) {
    const reason = (result.stderr || '').split('\n').find((line) => line.trim()) ?? `exit code ${result.status}`;
    console.error(`Quotebook: the download failed: ${reason.trim()}`);
  }
  return ok;
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (electronBinaryPresent() || tryInstallElectron()) {
  run(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview', ...passThrough]);
} else {
  console.error(
    'Quotebook: the Electron runtime is not installed and could not be downloaded (no internet?).\n' +
      'Starting the browser edition instead: open the address below in your browser.\n' +
      'To get the desktop app later, run "npm start" again while online.',
  );
  run(process.execPath, [join(root, 'bin', 'quotebook.mjs'), 'serve', ...passThrough]);
}
