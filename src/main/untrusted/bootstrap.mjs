// Starts the untrusted-input worker from the TypeScript sources (the CLI, `serve` and the tests
// run from sources through tsx); the Electron build starts the bundled untrustedWorker.js instead.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
