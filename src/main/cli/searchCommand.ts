/**
 * `quotebook search QUERY [--limit N] [--json]`: the notebook's full-text search (the same
 * operation and syntax as the app's search view), best first. With --json, an array of
 * `{kind, id, articleId?, title, snippet, score}`; what could not be used of the query goes to stderr, and so does a
 * warning when the words match too many places to rank (the hits are then the most recently added).
 */
import { parseArgs } from 'node:util';
import type { SearchHit } from '../../shared/search/api';
import { unrankedNotice } from '../../shared/search/unrankedNotice';
import { CliError } from './cliError';
import { withNotebook, type CliContext } from './context';
import { formatTable } from './table';

const USAGE = 'Usage: quotebook search QUERY [--limit N] [--json]   (quote a QUERY with spaces: quotebook search "lethal aid")';

/** The snippet with its matched words in [brackets], for a terminal. */
function bracketed(hit: SearchHit): string {
  let out = '';
  let from = 0;
  for (const [start, end] of hit.highlights) {
    out += `${hit.snippet.slice(from, start)}[${hit.snippet.slice(start, end)}]`;
    from = end;
  }
  return out + hit.snippet.slice(from);
}

export async function searchCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { limit: { type: 'string' } } });
  const query = positionals.join(' ').trim();
  if (!query) throw new CliError(`Say what to search for. ${USAGE}`, 2);
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError(`--limit must be a whole number from 1 to 1000, not "${values.limit}".`, 2);

  await withNotebook(ctx, async (call) => {
    const { hits, notices, unranked } = await call('search:query', { query, limit });
    for (const notice of notices) ctx.io.err(`quotebook: ${notice}`);
    // On stderr, like the notices: --json output stays a plain array of hits.
    if (unranked) ctx.io.err(`quotebook: ${unrankedNotice(unranked, hits.length)}`);
    if (ctx.json) {
      const rows = hits.map((h) => ({ kind: h.kind, id: h.id, ...(h.articleId ? { articleId: h.articleId } : {}), title: h.title, snippet: h.snippet, score: h.score }));
      return ctx.io.out(JSON.stringify(rows, null, 2));
    }
    ctx.io.out(
      formatTable(
        ['KIND', 'ID', 'TITLE', 'SNIPPET'],
        hits.map((h) => [h.kind, h.id, h.title, bracketed(h)]),
        `Nothing found for “${query}”.`,
        100,
      ),
    );
  });
}
