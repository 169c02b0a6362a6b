/**
 * The built Electron main bundle must load: every package it requires has to resolve from a
 * CommonJS bundle (ESM-only packages must be bundled in). The Electron binary cannot run here,
 * so the bundle is loaded in plain Node with `electron` replaced by a recording double.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
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

describe('built main bundle', () => {
  it('loads in Node with every dependency resolved and asks for the single-instance lock first', async () => {
    expect(existsSync(bundle), `${bundle} is missing: run "npm run build" first`).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'qb-bundle-'));
    try {
      const doublePath = join(dir, 'electron-double.cjs');
      await writeFile(doublePath, electronDouble);
      await writeFile(join(dir, 'hook.cjs'), hook(doublePath));
      const run = spawnSync(process.execPath, ['--require', join(dir, 'hook.cjs'), bundle], { cwd: appRoot, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const calls = JSON.parse(run.stdout) as string[];
      // A second instance names its profile folder (the lock lives there), then hands over to the
      // first and quits before touching anything else.
      expect(calls).toEqual(['app.setName', 'app.getPath', 'app.setPath', 'app.requestSingleInstanceLock', 'app.quit']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
