/** `quotebook trash list|restore`: deleted quotes, kept in the notebook's trash until restored. */
import { parseArgs } from 'node:util';
import { CliError } from './cliError';
import { withNotebook, type CliContext } from './context';
import { printJson } from './problemNotice';
import { formatTable } from './table';
import { quoteText } from '../../shared/anchoring/pieces';

const USAGE = 'quotebook trash list | trash restore QUOTE_ID...';

export async function trashCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  const [verb, ...ids] = positionals;
  if (verb === 'list' && !ids.length) {
    const { quotes } = await withNotebook(ctx, (call) => call('trash:list', {}));
    if (ctx.json) return printJson(ctx, { quotes });
    ctx.io.out(
      formatTable(
        ['QUOTE', 'DELETED', 'ARTICLE', 'WORDS'],
        quotes.map(({ quote, articleTitle }) => [quote.id, quote.deletedAt.slice(0, 16).replace('T', ' '), articleTitle, quoteText(quote.target)]),
        'The trash is empty: no deleted quotes.',
      ),
    );
    if (quotes.length) ctx.io.out('\nBring one back with: quotebook trash restore QUOTE');
    return;
  }
  if (verb === 'restore' && ids.length) {
    const restored = await withNotebook(ctx, async (call) => {
      const done = [];
      for (const quoteId of ids) done.push(await call('trash:restore', { quoteId }));
      return done;
    });
    if (ctx.json) return printJson(ctx, { restored });
    for (const q of restored) ctx.io.out(`Restored the quote ${q.id} “${quoteText(q.target).length > 60 ? `${quoteText(q.target).slice(0, 59)}…` : quoteText(q.target)}”.`);
    return;
  }
  throw new CliError(`Usage: ${USAGE}`, 2);
}
