/**
 * `quotebook suggest FILE|ARTICLE_ID... [--json] [--accept [--min-confidence X]]`: proposes the
 * quotes (direct and reported), speakers and actors of an article; several inputs give JSON Lines. With `--accept` the suggestions
 * (those at or above the confidence given) are saved as quotes; a FILE is imported first.
 * Offsets are UTF-16 code units of the article text, as every other range in Quotebook.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { IdSchema } from '../../shared/model';
import { suggestTooLongReason, type SuggestedActor, type SuggestedQuote } from '../../shared/suggest';
import { aboutChoices } from '../../shared/suggest/aboutChoices';
import { MAX_IMPORT_BYTES, tooLargeReason } from '../import';
import { parseInWorker } from '../untrusted';
import { CliError } from './cliError';
import { formatTable } from './table';
import type { Caller, CliContext } from './context';
import { withNotebook } from './context';
import { importOne } from './importCommand';
import { printJson } from './problemNotice';

const USAGE = 'Usage: quotebook suggest FILE|ARTICLE_ID... [--json] [--accept [--min-confidence X]]';

interface Options {
  accept: boolean;
  min: number;
}

export async function suggestCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { accept: { type: 'boolean' }, 'min-confidence': { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) throw new CliError(USAGE, 2);
  const min = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
  if (!Number.isFinite(min) || min < 0 || min > 1) throw new CliError('--min-confidence takes a number from 0 to 1, e.g. --min-confidence 0.8', 2);
  if (values['min-confidence'] !== undefined && !values.accept) throw new CliError('--min-confidence only applies with --accept.', 2);
  const options = { accept: !!values.accept, min };
  if (positionals.length === 1) return suggestSingle(ctx, positionals[0]!, options);
  return suggestCorpus(ctx, positionals, options);
}

/** Checks one input: a file to read, or an article id. */
async function inputOf(target: string): Promise<{ file: string; size: number } | { articleId: string }> {
  const info = await stat(target).catch(() => null);
  if (!info && !IdSchema.safeParse(target).success) throw new CliError(`"${target}" is neither a file nor an article id. ${USAGE}`, 2);
  if (info && !info.isFile()) throw new CliError(`"${target}" is not a file.`);
  return info ? { file: target, size: info.size } : { articleId: target };
}

/** One input's suggestions (and, with --accept, what was saved), as its JSON object. */
async function suggestOne(call: Caller, target: string, { accept, min }: Options) {
  const input = await inputOf(target);
  let articleId = 'articleId' in input ? input.articleId : null;
  if ('file' in input && accept) articleId = await importFile(call, input.file);
  const suggestions = articleId ? await call('suggest:article', { articleId }) : await call('suggest:text', await fileText(target, (input as { size: number }).size));
  const out = { ...('file' in input ? { file: input.file } : {}), ...(articleId ? { articleId } : {}), quotes: suggestions.quotes.map(quoteJson), actors: suggestions.actors.map(actorJson) };
  if (!accept) return { out };
  // Stances (beliefs, wishes, findings) are not speech: accepted one by one in the app, never in bulk.
  const stances = suggestions.quotes.filter((q) => q.stance).length;
  const chosen = suggestions.quotes.filter((q) => q.confidence >= min && !q.stance);
  const accepted = chosen.length
    ? await call('suggest:accept', { articleId: articleId!, items: chosen.map((q) => ({ start: q.start, end: q.end, kind: q.kind, cue: q.cue, speaker: speakerChoice(q, suggestions.actors), about: aboutChoices(q, suggestions.actors), ...(q.pieces ? { pieces: q.pieces } : {}) })) })
    : { quotes: [], createdActors: [] };
  const summary = {
    saved: accepted.quotes.length,
    skipped: suggestions.quotes.length - chosen.length,
    stancesSkipped: stances,
    createdActors: accepted.createdActors.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    quoteIds: accepted.quotes.map((q) => q.id),
  };
  return { out, summary };
}

async function suggestSingle(ctx: CliContext, target: string, options: Options): Promise<void> {
  await inputOf(target);
  await withNotebook(ctx, async (call) => {
    const { out, summary } = await suggestOne(call, target, options);
    const { file: _file, ...shown } = out as typeof out & { file?: string };
    if (!summary) return print(ctx, shown);
    if (ctx.json) return printJson(ctx, { ...shown, accepted: summary });
    print(ctx, shown);
    const below = summary.skipped - summary.stancesSkipped;
    const stances = summary.stancesSkipped;
    const left = [below && `${below} below confidence ${options.min}`, stances && `${stances} ${stances === 1 ? 'stance' : 'stances'} (not speech)`].filter(Boolean).join(', ');
    ctx.io.out(`\nSaved ${summary.saved} quotes${left ? ` (${left} left out)` : ''}; ${summary.createdActors.length} new actors${summary.createdActors.length ? `: ${summary.createdActors.map((a) => a.name).join(', ')}` : ''}.`);
  });
}

/**
 * Several inputs: one JSON object per line (JSON Lines), in the order given, so a corpus is scored
 * in one process. An input that fails gets a line `{file|input, error}` and a line on stderr; the
 * others go on, and the exit code is 1.
 */
async function suggestCorpus(ctx: CliContext, targets: string[], options: Options): Promise<void> {
  let failed = 0;
  await withNotebook(ctx, async (call) => {
    for (const target of targets) {
      try {
        const { out, summary } = await suggestOne(call, target, options);
        ctx.io.out(JSON.stringify(summary ? { ...out, accepted: summary } : out));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        failed++;
        ctx.io.out(JSON.stringify({ input: target, error: error.message }));
        ctx.io.err(`${target}: ${error.message}`);
      }
    }
  });
  if (failed) throw new CliError(`${failed} of ${targets.length} inputs could not be read (see above).`, 1);
}

async function importFile(call: Caller, path: string): Promise<string> {
  const result = await importOne(call, path, undefined);
  if (result.failed) throw new CliError(result.failed.error);
  return result.imported!.id;
}

/** The text a FILE would be imported as (any format the importer reads), without importing it. */
async function fileText(path: string, size: number): Promise<{ text: string; blocks: { kind: 'heading' | 'paragraph' | 'blockquote' | 'listItem'; start: number; end: number }[] }> {
  if (size > MAX_IMPORT_BYTES) throw new CliError(`"${path}" ${tooLargeReason(size)}`);
  let draft: Awaited<ReturnType<typeof parseInWorker>>;
  try {
    draft = await parseInWorker(path, await readFile(path));
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const tooLong = suggestTooLongReason(draft.text.length);
  if (tooLong) throw new CliError(`"${path}" ${tooLong}`);
  return { text: draft.text, blocks: draft.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end })) };
}

function quoteJson(q: SuggestedQuote) {
  const speaker = q.speaker ? { name: q.speaker.name, kind: q.speaker.kind, anonymous: q.speaker.anonymous, actorId: q.speaker.actorId } : null;
  const about = q.about.map((a) => ({ name: a.name, kind: a.kind, actorId: a.actorId }));
  return { start: q.start, end: q.end, text: q.text, kind: q.kind, speaker, about, confidence: q.confidence, cue: q.cue, reason: q.reason, ...(q.stance ? { stance: true } : {}), ...(q.pieces ? { pieces: q.pieces } : {}) };
}

function actorJson(a: SuggestedActor) {
  return { name: a.name, kind: a.kind, aliases: a.aliases, role: a.role, affiliation: a.affiliation, actorId: a.actorId, mentions: a.mentions };
}

/** The speaker as `suggest:accept` takes it, with the aliases and role the article gave the actor. */
function speakerChoice(q: SuggestedQuote, actors: readonly SuggestedActor[]) {
  if (!q.speaker) return null;
  const actor = q.speaker.actorIndex === null ? undefined : actors[q.speaker.actorIndex];
  return { name: q.speaker.name, kind: q.speaker.kind, anonymous: q.speaker.anonymous, actorId: q.speaker.actorId, aliases: actor?.aliases ?? [], role: actor?.role ?? '' };
}

function print(ctx: CliContext, out: { quotes: ReturnType<typeof quoteJson>[]; actors: ReturnType<typeof actorJson>[] }): void {
  if (ctx.json) return printJson(ctx, out);
  const rows = out.quotes.map((q) => [q.confidence.toFixed(2), q.kind, q.speaker?.name ?? '(no speaker)', q.about.map((a) => a.name).join(', '), q.text]);
  ctx.io.out(formatTable(['conf', 'kind', 'speaker', 'about', 'quote'], rows, 'No quotes to suggest.', 70));
  if (out.actors.length) ctx.io.out(`\nActors: ${out.actors.map((a) => `${a.name} (${a.kind}${a.actorId ? ', in notebook' : ''})`).join(', ')}`);
}
