/**
 * `quotebook export markdown|csv|json|w3c|qdpx|qdc|gexf|graphml --out DIR [--note ID | --article ID | --actor ID | --quote ID…] [--wikilinks]`
 * and `quotebook import-json FILE` (into an empty notebook).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExportOutcome } from '../../shared/export/schemas';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { CliError } from './cliError';
import { printJson } from './problemNotice';

const FORMATS = ['markdown', 'csv', 'json', 'w3c', 'qdpx', 'qdc', 'gexf', 'graphml'] as const;
const USAGE =
  'Usage: quotebook export markdown|csv|json|w3c|qdpx|qdc|gexf|graphml --out DIR [--note ID | --article ID | --actor ID | --quote ID...] [--wikilinks] [--network actors|concepts] [--dynamic]  (--out - prints a single file)';
const NETWORKS = ['actors', 'concepts'] as const;

type Scope = { kind: 'notebook' } | { kind: 'note' | 'article' | 'actor'; id: string } | { kind: 'quotes'; ids: string[] };

function scopeOf(values: { note?: string | undefined; article?: string | undefined; actor?: string | undefined; quote?: string[] | undefined }): Scope {
  const chosen = [
    values.note !== undefined && ({ kind: 'note', id: values.note } as const),
    values.article !== undefined && ({ kind: 'article', id: values.article } as const),
    values.actor !== undefined && ({ kind: 'actor', id: values.actor } as const),
    values.quote?.length && ({ kind: 'quotes', ids: values.quote } as const),
  ].filter((s) => s !== false && s !== undefined && s !== 0);
  if (chosen.length > 1) throw new CliError('Choose one of --note, --article, --actor or --quote (or none, for the whole notebook).', 2);
  return (chosen[0] as Scope | undefined) ?? { kind: 'notebook' };
}

function summary(outcome: ExportOutcome): string {
  const count = (status: string) => outcome.files.filter((f) => f.status === status).length;
  const parts = [`${count('created')} created`, `${count('updated')} updated`, `${count('unchanged')} unchanged`];
  const files = outcome.files.length === 1 ? `${outcome.files[0]!.path}` : `${outcome.files.length} files`;
  return [`Exported ${files} to ${outcome.dir} (${parts.join(', ')}).`, ...outcome.notices.map((n) => `Note: ${n}`)].join('\n');
}

export async function exportCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      note: { type: 'string' },
      article: { type: 'string' },
      actor: { type: 'string' },
      quote: { type: 'string', multiple: true },
      wikilinks: { type: 'boolean' },
      network: { type: 'string' },
      dynamic: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const format = FORMATS.find((f) => f === positionals[0]);
  if (positionals.length !== 1 || !format) throw new CliError(USAGE, 2);
  if (!values.out) throw new CliError(`Say where to export with --out DIR.\n${USAGE}`, 2);
  if (values.wikilinks && format !== 'markdown') throw new CliError('--wikilinks only applies to Markdown exports.', 2);
  const isNetwork = format === 'gexf' || format === 'graphml';
  const network = NETWORKS.find((n) => n === (values.network ?? 'actors'));
  if (values.network !== undefined && !isNetwork) throw new CliError('--network only applies to gexf and graphml exports.', 2);
  if (!network) throw new CliError(`--network is "actors" (who speaks about whom) or "concepts" (actors × tags), not "${values.network}".`, 2);
  if (values.dynamic && format !== 'gexf') throw new CliError('--dynamic only applies to gexf exports (Gephi reads time from GEXF).', 2);
  const scope = scopeOf(values);
  const toStdout = values.out === '-';
  if (toStdout && format === 'qdpx') throw new CliError('A .qdpx project is a zip archive, not text: give a folder with --out DIR.', 2);
  const dir = toStdout ? undefined : path.resolve(values.out);
  await withNotebook(ctx, async (call) => {
    const input = { scope, ...(dir ? { dir } : {}) };
    const outcome: ExportOutcome =
      format === 'markdown'
        ? await call('export:markdown', { ...input, wikilinks: values.wikilinks ?? false })
        : isNetwork
          ? await call(format === 'gexf' ? 'export:gexf' : 'export:graphml', { ...input, network, dynamic: values.dynamic ?? false })
          : format === 'qdpx' || format === 'qdc'
            ? await call(format === 'qdpx' ? 'export:qdpx' : 'export:qdc', input)
            : await call(format === 'w3c' ? 'export:webAnnotations' : format === 'csv' ? 'export:csv' : 'export:json', input);
    if (toStdout) {
      // io.out adds the final line feed back, so `> file` gives the same bytes as --out DIR.
      return ctx.io.out((outcome.content?.text ?? '').replace(/\n$/, ''));
    }
    if (ctx.json) printJson(ctx, outcome);
    else ctx.io.out(summary(outcome));
  });
}

export async function importJsonCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new CliError('Usage: quotebook --notebook NEW-FOLDER import-json FILE  (imports a JSON export into an empty notebook)', 2);
  await withNotebook(ctx, async (call) => {
    const outcome = await call('notebook:importJson', { file: path.resolve(positionals[0]!) });
    if (ctx.json) return printJson(ctx, outcome);
    const c = outcome.counts;
    ctx.io.out(`Imported ${c.articles} articles (${c.quotes} quotes), ${c.notes} notes, ${c.actors} actors and ${c.tags} tags into ${ctx.notebookDir}.`);
  });
}
