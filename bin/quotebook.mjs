#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources through tsx, so a checkout works after
// `npm install` without a build step.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { runCli } = await tsImport('../src/main/cli/main.ts', import.meta.url);
process.exitCode = await runCli(process.argv.slice(2), { appRoot });
