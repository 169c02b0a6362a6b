#!/usr/bin/env node
// Runs the built CLI (out/cli/quotebook.cjs), building it first when it is missing or older than
// its sources (scripts/cliBuild.mjs), so a checkout works after `npm install` without a build
// step and later starts take a fraction of a second. If it cannot be built (esbuild missing, a
// build error), the TypeScript sources run through tsx as before, only slower.
// QUOTEBOOK_CLI_FROM_SOURCES=1 runs the sources on purpose.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuild } from '../scripts/cliBuild.mjs';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function loadCli() {
  if (!process.env.QUOTEBOOK_CLI_FROM_SOURCES) {
    const built = await ensureCliBuild(appRoot);
    if ('file' in built) return createRequire(import.meta.url)(built.file);
    process.stderr.write(`quotebook: running from the sources (slower to start): the CLI could not be built: ${built.error}\n`);
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('../src/main/cli/main.ts', import.meta.url);
}

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2), { appRoot });
