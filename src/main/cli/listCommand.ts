/** `quotebook list articles|actors|quotes|notes [--json]` */
import type { CliContext } from './context';
import { withNotebook } from './context';
import { CliError } from './cliError';
import { formatTable } from './table';
import { listQuotesCommand } from './listQuotes';
import { printJson } from './problemNotice';

const kinds = ['articles', 'actors', 'quotes', 'notes'] as const;

export async function listCommand(ctx: CliContext, args: string[]): Promise<void> {
  const kind = args[0];
  if (kind === 'quotes') return listQuotesCommand(ctx, args.slice(1));
  if (!kinds.includes(kind as (typeof kinds)[number]) || args.length > 1) {
    throw new CliError(`Say what to list: quotebook list ${kinds.join('|')} [--json]`, 2);
  }
  await withNotebook(ctx, async (call) => {
    if (kind === 'articles') {
      const articles = await call('articles:list', {});
      if (ctx.json) return printJson(ctx, articles);
      ctx.io.out(
        formatTable(
          ['ID', 'TITLE', 'OUTLET', 'PUBLISHED', 'QUOTES'],
          articles.map((a) => [a.id, a.title, a.source.outlet, a.source.publishedAt.slice(0, 10), String(a.quoteCount)]),
          'No articles yet. Add one with: quotebook import FILE',
        ),
      );
    } else if (kind === 'actors') {
      // One pass over the quotes in the service, rather than one scan per actor here.
      const [actors, counts] = await Promise.all([call('actors:list', {}), call('actors:counts', {})]);
      const rows = actors.map((a) => ({ ...a, quoteCounts: counts[a.id] ?? { said: 0, about: 0 } }));
      if (ctx.json) return printJson(ctx, rows);
      ctx.io.out(
        formatTable(
          ['ID', 'NAME', 'KIND', 'SAID', 'ABOUT'],
          rows.map((a) => [a.id, a.name, a.kind, String(a.quoteCounts.said), String(a.quoteCounts.about)]),
          'No actors yet.',
        ),
      );
    } else {
      const notes = await call('notes:list', {});
      if (ctx.json) return printJson(ctx, notes);
      ctx.io.out(formatTable(['ID', 'TITLE', 'UPDATED'], notes.map((n) => [n.id, n.title, n.updatedAt.slice(0, 16).replace('T', ' ')]), 'No notes yet.'));
    }
  });
}
