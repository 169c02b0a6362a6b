/**
 * `quotebook reimport ARTICLE_ID FILE [--json]`: replaces an article's text with a newer version
 * read from FILE (any importable format). Every quote is placed in the new text; those whose words
 * are gone are kept as orphans and counted, so a script can tell the analyst to look.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MAX_IMPORT_BYTES, tooLargeReason } from '../import/limits';
import { CliError } from './cliError';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { printJson } from './problemNotice';

export async function reimportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 2) throw new CliError('Usage: quotebook reimport ARTICLE_ID FILE [--json]', 2);
  const [id, path] = positionals as [string, string];
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new CliError(`Cannot read "${path}": no such file. Nothing was changed.`);
  if (info.size > MAX_IMPORT_BYTES) throw new CliError(`"${path}" ${tooLargeReason(info.size)} Nothing was changed.`);
  const bytes = await readFile(path);
  await withNotebook(ctx, async (call) => {
    await call('articles:get', { id }); // an unknown article is reported before anything is backed up
    // The command line has no Undo: the operation keeps the text being replaced in a verified backup first.
    const { article, unchanged, report } = await call('articles:reimport', { id, file: { name: path, base64: bytes.toString('base64') } });
    const backup = (await call('backups:list', {})).find((b) => b.reason === 'before-reimport');
    if (ctx.json) return printJson(ctx, { article: { id: article.id, title: article.title }, unchanged, quotes: report, backup: backup?.id ?? null });
    if (unchanged) return ctx.io.out(`"${path}" has the same text as ${article.id}: nothing changed.`);
    const parts = [`${report.exact} found as before`, `${report.fuzzy} placed approximately`, `${report.orphaned} not found (kept as orphans)`];
    ctx.io.out(`Replaced the text of ${article.id}  ${article.title}. Quotes: ${parts.join(', ')}.`);
    if (backup) ctx.io.out(`The previous text is in the backup ${backup.id} (restore it with "quotebook backup restore ${backup.id}").`);
  });
}
