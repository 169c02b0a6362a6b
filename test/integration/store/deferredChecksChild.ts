/**
 * Child of deferredChecksAlive.test.ts: opens a notebook with the article checks in the
 * background, as the app and `serve` do, and waits for them (`checked`) with nothing else to do. It prints
 * "checked" with the article count once they are done.
 */
import { NotebookStore } from '../../../src/main/store';

const [dir] = process.argv.slice(2);
const store = await NotebookStore.open(dir!, { deferChecks: true, backupOnOpen: false });
await store.checked;
process.stdout.write(`checked ${store.articles().length}\n`);
await store.close();
