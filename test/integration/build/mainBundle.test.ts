/**
 * The built Electron main bundle must load: every package it requires has to resolve from a
 * CommonJS bundle (ESM-only packages must be bundled in). The Electron binary cannot run here,
 * so the bundle is loaded in plain Node with `electron` replaced by a recording double, and with
 * `require(esm)` turned off: Node 20.19+ and Electron's Node load an ES module from require()
 * (with a warning on stderr), older ones and other runtimes refuse, so relying on it is a bug.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const appRoot = resolve(__dirname, '..', '..', '..');
const bundle = join(appRoot, 'out', 'main', 'index.js');

const electronDouble = `
const calls = [];
const record = (name, value) => (...args) => { calls.push(name); return value; };
process.on('exit', () => process.stdout.write(JSON.stringify(calls)));
const app = {
  setName: record('app.setName'),
  getPath: record('app.getPath', '/tmp/app-data'),
  setPath: record('app.setPath'),
  requestSingleInstanceLock: record('app.requestSingleInstanceLock', false),
  quit: record('app.quit'),
  on: record('app.on'),
  whenReady: () => new Promise(() => {}),
  enableSandbox: record('app.enableSandbox'),
  isPackaged: false,
};
module.exports = {
  app,
  protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'), handle: record('protocol.handle') },
  BrowserWindow: function BrowserWindow() {}, dialog: {}, ipcMain: { handle: record('ipcMain.handle') }, Menu: {},
  nativeTheme: {}, shell: {}, session: {}, powerMonitor: {},
};
`;

const hook = (double: string) => `
const Module = require('node:module');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? ${JSON.stringify(double)} : original.call(this, request, ...rest);
};
`;

/** Runs `script` in Node with the electron double in place and `nodeFlags`; returns what it printed. */
async function runWithDouble(nodeFlags: string[], script: string[]) {
  expect(existsSync(bundle), `${bundle} is missing: run "npm run build" first`).toBe(true);
  const dir = await mkdtemp(join(tmpdir(), 'qb-bundle-'));
  try {
    const doublePath = join(dir, 'electron-double.cjs');
    await writeFile(doublePath, electronDouble);
    await writeFile(join(dir, 'hook.cjs'), hook(doublePath));
    return spawnSync(process.execPath, [...nodeFlags, '--require', join(dir, 'hook.cjs'), ...script], { cwd: appRoot, encoding: 'utf8', timeout: 60_000 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const noRequireEsm = '--no-experimental-require-module';

describe('built main bundle', () => {
  it.each([
    ['as Node runs it by default', []],
    ['with require(esm) turned off', [noRequireEsm]],
  ])('loads %s, with every dependency resolved, and asks for the single-instance lock before anything else', async (_how, flags) => {
    const run = await runWithDouble(flags, [bundle]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const calls = JSON.parse(run.stdout) as string[];
    // A second instance names its profile folder (the lock lives there), then hands over to the
    // first and quits before touching anything else.
    expect(calls).toEqual(['app.setName', 'app.getPath', 'app.setPath', 'app.requestSingleInstanceLock', 'app.quit']);
  });

  it('loads its lazily required chunks (Markdown import) with require(esm) turned off', async () => {
    const chunksDir = join(appRoot, 'out', 'main', 'chunks');
    const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).filter((f) => f.endsWith('.js')) : [];
    const loadAll = `for (const f of ${JSON.stringify(chunks.map((f) => join(chunksDir, f)))}) require(f);`;
    const run = await runWithDouble([noRequireEsm], ['-e', loadAll]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
