/** `quotebook add-text FILE [--title T] [--json]`: the minimal plain-text import. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { CliError } from './cliError';

const MAX_BYTES = 50 * 1024 * 1024;

/** Decodes UTF-8 strictly: a wrong encoding must be reported, not turned into replacement marks. */
function decodeUtf8(bytes: Buffer, file: string): string {
  if (bytes.includes(0)) throw new CliError(`"${file}" looks like a binary file, not text. Save the article as plain text (UTF-8) and try again.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`"${file}" is not valid UTF-8 text. Re-save it as UTF-8 and try again.`);
  }
}

export async function addTextCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { title: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError('Usage: quotebook add-text FILE [--title T] [--json]', 2);
  const file = positionals[0]!;
  const info = await stat(file).catch(() => {
    throw new CliError(`Cannot read "${file}": no such file.`);
  });
  if (!info.isFile()) throw new CliError(`"${file}" is not a file.`);
  if (info.size > MAX_BYTES) throw new CliError(`"${file}" is larger than 50 MB, which is too big for one article.`);
  const text = decodeUtf8(await readFile(file), file);
  await withNotebook(ctx, async (call) => {
    const result = await call('articles:createFromText', { text, fileName: basename(file), ...(values.title ? { title: values.title } : {}) });
    if (ctx.json) return ctx.io.out(JSON.stringify(result, null, 2));
    if (result.duplicateOf) ctx.io.out(`Already in the notebook (same text): ${result.article.id}  ${result.article.title}`);
    else ctx.io.out(`Added ${result.article.id}  ${result.article.title}`);
  });
}
