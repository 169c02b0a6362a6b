/**
 * `quotebook quote add ARTICLE_ID --exact TEXT [--occurrence N] [--kind K] [--speaker NAME]
 * [--about NAME]... [--tag TAG]... [--comment TEXT] [--json]`: marks a quote by its words. Actors
 * and tags named but missing are created; everything is checked before anything is written.
 */
import { parseArgs } from 'node:util';
import { findQuote } from '../../shared/anchoring/find';
import { anchorTarget } from '../../shared/anchoring/reanchor';
import type { Actor, QuoteKind, Tag } from '../../shared/model';
import { tagPath } from '../../shared/tags/codebook';
import { CliError } from './cliError';
import type { Caller, CliContext } from './context';
import { withNotebook } from './context';
import { actorByName, lookUpActor, lookUpTag, tagByName, type Created } from './nameLookup';
import { printJson } from './problemNotice';
import { quoteText } from '../../shared/anchoring/pieces';

const USAGE =
  'Usage: quotebook quote add ARTICLE_ID --exact TEXT [--occurrence N] [--kind direct|indirect|paraphrase] [--speaker NAME] [--about NAME]... [--tag TAG]... [--comment TEXT] [--json]';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'paraphrase'];

export async function quoteCommand(ctx: CliContext, args: string[]): Promise<void> {
  const [verb, ...rest] = args;
  if (verb === 'add') return addQuote(ctx, rest);
  throw new CliError(verb ? `Unknown quote command "${verb}".\n${USAGE}` : USAGE, 2);
}

/** A short excerpt for messages. */
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

async function addQuote(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      exact: { type: 'string' },
      occurrence: { type: 'string' },
      kind: { type: 'string' },
      speaker: { type: 'string' },
      about: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      comment: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new CliError(`Say which article the quote is in.\n${USAGE}`, 2);
  const exact = values.exact;
  if (!exact?.trim()) throw new CliError(`Say the quote's words with --exact.\n${USAGE}`, 2);
  const occurrence = values.occurrence === undefined ? 1 : Number(values.occurrence);
  if (!Number.isInteger(occurrence) || occurrence < 1) throw new CliError(`--occurrence must be 1 or more, not "${values.occurrence}".`, 2);
  const kind = values.kind === undefined ? undefined : (values.kind.toLowerCase() as QuoteKind);
  if (kind !== undefined && !KINDS.includes(kind)) throw new CliError(`--kind must be direct, indirect or paraphrase, not "${values.kind}".`, 2);

  await withNotebook(ctx, async (call) => {
    const { article } = await call('articles:get', { id: positionals[0]! });
    const found = findQuote(article.text, exact);
    if (found.length === 0) {
      const near = anchorTarget(article.text, { exact, prefix: '', suffix: '', start: 0, end: 0 });
      const hint = near.status === 'orphaned' ? '' : ` The closest passage is “${clip(article.text.slice(near.start, near.end))}”.`;
      throw new CliError(`“${clip(exact)}” does not occur in “${article.title}”.${hint} Copy the words exactly as the article has them.`);
    }
    const range = found[occurrence - 1];
    if (!range) throw new CliError(`“${clip(exact)}” occurs ${found.length === 1 ? 'once' : `${found.length} times`} in “${article.title}”, so there is no occurrence ${occurrence}.`);

    const created: Created = { actors: [], tags: [] };
    const actors = await call('actors:list', {});
    const tags = await call('tags:list', {});
    // Resolve every name before creating any, so a refused (ambiguous) name creates nothing.
    const speaker = values.speaker?.trim() ? values.speaker : undefined;
    const aboutNames = (values.about ?? []).filter((n) => n.trim());
    const tagNames = (values.tag ?? []).filter((n) => n.trim());
    for (const name of [...(speaker ? [speaker] : []), ...aboutNames]) lookUpActor(actors, name);
    for (const name of tagNames) lookUpTag(tags, name);
    const speakerActor = speaker ? await actorByName(call, actors, speaker, created) : null;
    const about: Actor[] = [];
    for (const name of aboutNames) about.push(await actorByName(call, actors, name, created));
    const quoteTags: Tag[] = [];
    for (const name of tagNames) quoteTags.push(await tagByName(call, tags, name, created));

    let quote;
    try {
      quote = await call('quotes:create', {
        articleId: article.id,
        start: range.start,
        end: range.end,
        kind,
        speakerId: speakerActor?.id ?? null,
        aboutIds: about.map((a) => a.id),
        tagIds: quoteTags.map((t) => t.id),
        ...(values.comment ? { comment: values.comment } : {}),
      });
    } catch (error) {
      // The quote was not saved: take back the actors and tags made for it, so nothing is saved.
      throw new CliError(`${(error as Error).message} ${await undoCreated(call, created, tags)}`);
    }
    if (ctx.json) return printJson(ctx, { quote, created });
    for (const actor of created.actors) ctx.io.out(`Created actor ${actor.id}  ${actor.name} (${actor.kind})`);
    for (const tag of created.tags) ctx.io.out(`Created tag ${tag.id}  ${tagPath(tag, tags)}`);
    const who = speakerActor ? ` by ${speakerActor.name}` : '';
    const whom = about.length ? ` about ${about.map((a) => a.name).join(', ')}` : '';
    const coded = quoteTags.length ? `; tags: ${quoteTags.map((t) => tagPath(t, tags)).join(', ')}` : '';
    const which = found.length > 1 ? ` (occurrence ${occurrence} of ${found.length})` : '';
    ctx.io.out(`Added ${quote.id}  “${clip(quoteText(quote.target))}”${which}: ${quote.kind}${who}${whom}${coded}`);
  });
}

/**
 * Removes what `quote add` created before its quote failed (children before parents). Returns the
 * sentence for the analyst: nothing was kept, or exactly what is still in the notebook.
 */
async function undoCreated(call: Caller, created: Created, tags: Tag[]): Promise<string> {
  const left: string[] = [];
  for (const tag of [...created.tags].reverse()) {
    await call('tags:delete', { id: tag.id }).catch(() => left.push(`tag "${tagPath(tag, [...tags, ...created.tags])}" (${tag.id})`));
  }
  for (const actor of [...created.actors].reverse()) {
    await call('actors:delete', { id: actor.id }).catch(() => left.push(`actor "${actor.name}" (${actor.id})`));
  }
  if (!left.length) {
    return created.actors.length || created.tags.length
      ? 'Nothing was saved: the actors and tags made for this quote were removed again.'
      : 'Nothing was saved.';
  }
  return `The quote was not saved, but these were created for it and are still in the notebook: ${left.join(', ')}.`;
}
