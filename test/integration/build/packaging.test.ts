/**
 * The installers' contents, checked here although `npm run dist` runs on a connected machine:
 * electron-builder packs the app for real (`--dir`, Linux) around a stand-in for the Electron
 * binary, and the packed app.asar is read back. The packed main must find its preload, its
 * renderer and every package it requires; nothing from the sources, the tests or the CLI's
 * TypeScript runner ships.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, posix, relative, resolve, sep } from 'node:path';
import { preloadPath } from '../../../src/main/electron/windowOptions';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

const appRoot = resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as {
  main: string;
  build: Record<string, unknown> & { mac: { fileAssociations: { ext: string; isPackage?: boolean }[] } };
};

/** The file paths inside an asar archive (its header is a JSON tree after two length prefixes). */
function asarFiles(archive: string): Set<string> {
  const fd = openSync(archive, 'r');
  try {
    const sizes = Buffer.alloc(8);
    readSync(fd, sizes, 0, 8, 0);
    const header = Buffer.alloc(sizes.readUInt32LE(4));
    readSync(fd, header, 0, header.length, 8);
    const tree = JSON.parse(header.subarray(8, 8 + header.readUInt32LE(4)).toString('utf8')) as Node;
    const files = new Set<string>();
    type Node = { files?: Record<string, Node> };
    const walk = (node: Node, at: string) => {
      for (const [name, child] of Object.entries(node.files ?? {})) {
        const path = at ? `${at}/${name}` : name;
        if (child.files) walk(child, path);
        else files.add(path);
      }
    };
    walk(tree, '');
    return files;
  } finally {
    closeSync(fd);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => posix.join(relative(appRoot, dir).split(sep).join('/'), f.split(sep).join('/')));
}

let work = '';
let packed = new Set<string>();

beforeAll(async () => {
  expect(existsSync(join(appRoot, 'out', 'main', 'index.js')), 'run "npm run build" first').toBe(true);
  work = await makeTempDir('qb-pack-');
  // What electron-builder copies as "Electron": only the executable's name matters here.
  const electronDist = join(work, 'electron-dist');
  await mkdir(join(electronDist, 'resources'), { recursive: true });
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\n');
  await chmod(join(electronDist, 'electron'), 0o755);
  const run = spawnSync(
    process.execPath,
    [join(appRoot, 'node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(work, 'dist')}`],
    { cwd: appRoot, encoding: 'utf8', timeout: 240_000 },
  );
  expect(run.status, run.stderr + run.stdout).toBe(0);
  packed = asarFiles(join(work, 'dist', 'linux-unpacked', 'resources', 'app.asar'));
}, 300_000);

afterAll(async () => {
  if (work) await removeTempDir(work);
});

describe('the packed app (electron-builder --dir)', () => {
  it('holds every built file and the sample article', () => {
    const expected = [...filesUnder(join(appRoot, 'out')).filter((f) => !f.endsWith('.map')), ...filesUnder(join(appRoot, 'resources', 'sample')), 'package.json'];
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.filter((f) => !packed.has(f))).toEqual([]);
  });

  it('resolves the main entry, the preload and the renderer inside the archive', () => {
    const main = posix.normalize(pkg.main);
    expect(packed.has(main)).toBe(true);
    // The same computation the shell makes at run time, from the packed main's folder.
    const mainDir = posix.dirname(main);
    expect(packed.has(preloadPath(mainDir).split(sep).join('/'))).toBe(true);
    const page = posix.join(mainDir, '..', 'renderer', 'index.html');
    expect(packed.has(page)).toBe(true);
    // Every script and stylesheet the page loads is there too.
    const html = readFileSync(join(appRoot, page), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => posix.join('out', 'renderer', m[1]!));
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((a) => !packed.has(a))).toEqual([]);
  });

  it('ships every package the main bundle requires', () => {
    const code = readdirSync(join(appRoot, 'out', 'main'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(appRoot, 'out', 'main', f), 'utf8'))
      .join('\n');
    const required = new Set([...code.matchAll(/require\("([^".][^"]*)"\)|import\("([^".][^"]*)"\)/g)].map((m) => (m[1] ?? m[2])!));
    const packages = [...required]
      .filter((name) => name !== 'electron' && !name.startsWith('node:') && !builtinModules.includes(name))
      .map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
    expect(packages.length).toBeGreaterThan(3);
    expect(packages.filter((name) => !packed.has(`node_modules/${name}/package.json`))).toEqual([]);
  });

  it('ships nothing from the sources, the tests or the CLI’s TypeScript runner', () => {
    const leaked = [...packed].filter((f) => /^(src|test|scripts|bench|docs|bin)\//.test(f) || (!f.startsWith('node_modules/') && /\.(ts|tsx|map)$/.test(f)));
    expect(leaked).toEqual([]);
    expect([...packed].filter((f) => /^node_modules\/(tsx|esbuild|@esbuild)\//.test(f))).toEqual([]);
  });
});

describe('the installer configuration', () => {
  it('builds AppImage and .deb, .dmg and NSIS, under one app id, with the icon from resources/', () => {
    const build = pkg.build as unknown as { appId: string; icon: string; linux: { target: string[] }; mac: { target: string[] }; win: { target: string[] } };
    expect(build.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.mac.target).toEqual(['dmg']);
    expect(build.win.target).toEqual(['nsis']);
    expect(build.icon.startsWith('resources/')).toBe(true);
    // electron-builder derives .icns and .ico from one PNG of at least 512×512 (macOS needs it).
    const png = readFileSync(join(appRoot, build.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(Math.min(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(512);
  });

  it('opens .quotebook folders on macOS, where a folder can be a document', () => {
    expect(pkg.build.mac.fileAssociations).toEqual([expect.objectContaining({ ext: 'quotebook', isPackage: true })]);
  });
});
