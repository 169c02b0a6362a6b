// @ts-check
/**
 * The built command line: out/cli/quotebook.cjs (and the untrusted-input worker beside it), made
 * with esbuild from src/main/cli. Compiling the TypeScript sources through tsx on every start cost
 * seconds; the bin (bin/quotebook.mjs) runs this build instead, rebuilding it first when it is
 * missing or older than its sources. Plain JavaScript, so it runs before anything is compiled.
 *
 * The bundle is CommonJS like the Electron main bundle, for the same reasons (see
 * electron.vite.config.ts): ESM-only dependencies are bundled in, every other dependency is
 * required from node_modules, so Yjs is loaded once; pdf.js stays outside, loaded with import().
 */
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { esmOnlyPackages } from './esmOnlyPackages.mjs';

/** Where the build goes, relative to the app root. */
export const CLI_BUILD_DIR = join('out', 'cli');
/** The built CLI's entry, relative to the app root. */
export const CLI_BUILD_FILE = join(CLI_BUILD_DIR, 'quotebook.cjs');
const STAMP = 'stamp.json';
const LOCK = '.building';
/** Never bundled: pdf.js must stay beside its worker file; tsx only runs the sources. */
const KEPT_EXTERNAL = new Set(['pdfjs-dist', 'tsx']);
/** Files outside the bundle's inputs whose change must also rebuild it. */
const EXTRA_INPUTS = ['package.json', join('node_modules', '.package-lock.json'), 'scripts/cliBuild.mjs', 'scripts/esmOnlyPackages.mjs'];
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 120_000;

/**
 * @typedef {{ inputs: Record<string, [number, number]> }} Stamp
 * Each input file (relative to the app root) with the mtime and size it had when built.
 */

/** @param {string} file */
function fingerprint(file) {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? /** @type {[number, number]} */ ([stats.mtimeMs, stats.size]) : null;
}

/**
 * True when out/cli holds a build made from the sources as they are now. Cheap (one stat per
 * source file, a few milliseconds), so the bin can ask on every start.
 * @param {string} appRoot
 */
export function isCliBuildFresh(appRoot) {
  let stamp;
  try {
    stamp = /** @type {Stamp} */ (JSON.parse(readFileSync(join(appRoot, CLI_BUILD_DIR, STAMP), 'utf8')));
  } catch {
    return false;
  }
  if (!existsSync(join(appRoot, CLI_BUILD_FILE))) return false;
  for (const [file, [mtime, size]] of Object.entries(stamp.inputs)) {
    const now = fingerprint(join(appRoot, file));
    // A file that did not exist at build time is recorded as [-1, -1].
    if ((now?.[0] ?? -1) !== mtime || (now?.[1] ?? -1) !== size) return false;
  }
  return true;
}

/**
 * Builds the CLI into out/cli. The files are written beside it first and renamed into place, so
 * a CLI already running from the old build (or starting meanwhile) never reads a half-written one.
 * @param {string} appRoot
 * @returns {Promise<void>}
 */
export async function buildCli(appRoot) {
  const { build } = await import('esbuild');
  const packageJson = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8'));
  const dependencies = Object.keys(packageJson.dependencies ?? {});
  const bundled = new Set(esmOnlyPackages(appRoot, dependencies).filter((name) => !KEPT_EXTERNAL.has(name)));
  const outDir = join(appRoot, CLI_BUILD_DIR);
  const tempDir = join(outDir, `.build-${process.pid}-${Date.now()}`);
  mkdirSync(tempDir, { recursive: true });
  try {
    const result = await build({
      absWorkingDir: appRoot,
      entryPoints: { quotebook: 'src/main/cli/main.ts', untrustedWorker: 'src/main/untrusted/worker.ts' },
      outdir: tempDir,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: dependencies.filter((name) => !bundled.has(name)),
      // Lexical's production build: a third of the size of its development build, which is most
      // of what a start spends compiling.
      conditions: ['production'],
      // import.meta.url means the bundle's own file, as it meant the source file (the worker is
      // found beside it, the sample article above it).
      banner: { js: 'var __quotebookFileUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { 'import.meta.url': '__quotebookFileUrl' },
      metafile: true,
      logLevel: 'silent',
    });
    /** @type {Stamp} */
    const stamp = { inputs: {} };
    const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.split(/[\\/]/).includes('node_modules'));
    for (const file of [...inputs, ...EXTRA_INPUTS]) stamp.inputs[file] = fingerprint(join(appRoot, file)) ?? [-1, -1];
    writeFileSync(join(tempDir, STAMP), JSON.stringify(stamp));
    // The worker is started by file name from the host: the .js name the Electron build uses.
    renameSync(join(tempDir, 'untrustedWorker.cjs'), join(outDir, 'untrustedWorker.js'));
    renameSync(join(tempDir, 'quotebook.cjs'), join(outDir, 'quotebook.cjs'));
    renameSync(join(tempDir, STAMP), join(outDir, STAMP));
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Makes sure out/cli holds a current build and returns its entry file, or the reason it could not
 * be built. When several CLIs start at once on a stale build, one builds and the others wait.
 * @param {string} appRoot
 * @returns {Promise<{ file: string } | { error: string }>}
 */
export async function ensureCliBuild(appRoot) {
  const file = resolve(appRoot, CLI_BUILD_FILE);
  if (isCliBuildFresh(appRoot)) return { file };
  const lock = join(appRoot, CLI_BUILD_DIR, LOCK);
  mkdirSync(join(appRoot, CLI_BUILD_DIR), { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') return { error: describe(error) };
      const since = fingerprint(lock);
      if (since && Date.now() - since[0] > STALE_LOCK_MS) rmSync(lock, { force: true });
      else await sleep(100);
      if (isCliBuildFresh(appRoot)) return { file };
    }
  }
  try {
    if (!isCliBuildFresh(appRoot)) await buildCli(appRoot);
    return { file };
  } catch (error) {
    return { error: describe(error) };
  } finally {
    rmSync(lock, { force: true });
  }
}

/** @param {unknown} error */
function describe(error) {
  const built = /** @type {{ errors?: { text: string, location?: { file: string, line: number } | null }[] }} */ (error);
  if (Array.isArray(built?.errors) && built.errors.length) {
    return built.errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text)).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
