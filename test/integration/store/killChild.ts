/**
 * Child process for kill.test.ts, bundled once with esbuild and run as `node child.mjs <dir> <round>`.
 * Opens the notebook (creating it the first time, re-taking the lock a killed predecessor left),
 * then saves quotes in a loop: append one quote to an article, putArticle, and only after the save
 * resolved print `ack <quoteId>`. The parent kills it with SIGKILL at a random moment.
 */
import { NotebookStore } from '../../../src/main/store';
import { makeArticleFile, withQuote } from '../../helpers/storeFixtures';

const [dir, roundArg] = process.argv.slice(2);
if (!dir || !roundArg) throw new Error('usage: child <notebookDir> <round>');
const round = Number(roundArg);

const store = await NotebookStore.open(dir, { create: true });
process.stdout.write('ready\n');

// A few articles shared across rounds, so files keep growing and existing files get rewritten.
const ids = [`art-${round % 8}`, `art-${(round + 3) % 8}`];
for (let seq = 0; ; seq++) {
  const articleId = ids[seq % ids.length] as string;
  const current = store.article(articleId) ?? makeArticleFile(articleId);
  const quoteId = `q-${round}-${seq}`;
  await store.putArticle(withQuote(current, quoteId));
  // stdout to a pipe is synchronous on Linux: once write() returns, the parent will see the line.
  process.stdout.write(`ack ${quoteId}\n`);
}
