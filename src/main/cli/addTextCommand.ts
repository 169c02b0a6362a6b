/**
 * `quotebook add-text FILE [--title T] [--json]`: the older, single-file name of `import`, kept so
 * scripts that use it keep working, with its original output (`{article, duplicateOf}`).
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { CliError } from './cliError';
import { importOne } from './importCommand';
import { printJson } from './problemNotice';

/** `add-text FILE [--title T]`: the older single-file form, with its original output. */
export async function addTextCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { title: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError('Usage: quotebook add-text FILE [--title T] [--json]  (or: quotebook import FILE|DIR...)', 2);
  const path = positionals[0]!;
  const info = await stat(path).catch(() => {
    throw new CliError(`Cannot read "${path}": no such file.`);
  });
  if (!info.isFile()) throw new CliError(`"${path}" is not a file.`);
  await withNotebook(ctx, async (call) => {
    const result = await importOne(call, path, values.title);
    if (result.failed) throw new CliError(result.failed.error);
    const { article, duplicateOf } = result.imported!;
    if (ctx.json) return printJson(ctx, { article, duplicateOf });
    if (duplicateOf) ctx.io.out(`Already in the notebook (same text): ${article.id}  ${article.title}`);
    else ctx.io.out(`Added ${article.id}  ${article.title}`);
  });
}
