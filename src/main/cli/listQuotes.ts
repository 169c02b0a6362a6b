/**
 * `quotebook list quotes [--article ID] [--speaker NAME] [--tag TAG] [--kind K] [--json]`: quotes
 * in reading order with their words, kind, speaker, about-actors, tags and article. A tag filter
 * includes the tag's children; names are resolved like everywhere else (an unknown or ambiguous
 * name is an error, so a typo does not look like "no quotes").
 */
import { parseArgs } from 'node:util';
import type { Quote, QuoteKind } from '../../shared/model';
import { tagPath, withChildren } from '../../shared/tags/codebook';
import { CliError } from './cliError';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { lookUpActor, lookUpTag } from './nameLookup';
import { formatTable } from './table';
import { printJson } from './problemNotice';
import { quoteText } from '../../shared/anchoring/pieces';

/** A quote as `list quotes --json` prints it: the stored quote plus the names it refers to. */
export type ListedQuote = Quote & {
  /** The quote's words as shown: `target.exact`, or a quote in pieces' words joined with " … ". */
  words: string;
  speakerName: string | null;
  aboutNames: string[];
  tagNames: string[];
  articleTitle: string;
  /** The quotes of other articles that are the same statement (a line several outlets carry); empty when none. */
  sameStatementAs: string[];
};

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'paraphrase'];

export async function listQuotesCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { article: { type: 'string' }, speaker: { type: 'string' }, tag: { type: 'string' }, kind: { type: 'string' } },
  });
  if (positionals.length) throw new CliError('Usage: quotebook list quotes [--article ID] [--speaker NAME] [--tag TAG] [--kind K] [--json]', 2);
  const kind = values.kind?.toLowerCase() as QuoteKind | undefined;
  if (kind && !KINDS.includes(kind)) throw new CliError(`--kind must be direct, indirect or paraphrase, not "${values.kind}".`, 2);

  await withNotebook(ctx, async (call) => {
    const [quotes, actors, tags, articles, statements] = await Promise.all([
      call('quotes:list', values.article ? { articleId: values.article } : {}),
      call('actors:list', {}),
      call('tags:list', {}),
      call('articles:list', {}),
      ctx.json ? call('quotes:statements', values.article ? { articleId: values.article } : {}) : Promise.resolve({} as Record<string, string[]>),
    ]);
    let shown = quotes;
    if (values.speaker !== undefined) {
      const speaker = lookUpActor(actors, values.speaker);
      if (!speaker) throw new CliError(`There is no actor called “${values.speaker}”. See them with: quotebook list actors`);
      shown = shown.filter((q) => q.speakerId === speaker.id);
    }
    if (values.tag !== undefined) {
      const tag = lookUpTag(tags, values.tag);
      if (!tag) throw new CliError(`There is no tag called “${values.tag}”.`);
      const ids = withChildren(tag.id, tags);
      shown = shown.filter((q) => q.tagIds.some((id) => ids.has(id)));
    }
    if (kind) shown = shown.filter((q) => q.kind === kind);

    const actorName = new Map(actors.map((a) => [a.id, a.name]));
    const tagName = new Map(tags.map((t) => [t.id, tagPath(t, tags)]));
    const title = new Map(articles.map((a) => [a.id, a.title]));
    const rows: ListedQuote[] = shown.map((q) => ({
      ...q,
      words: quoteText(q.target),
      speakerName: q.speakerId ? (actorName.get(q.speakerId) ?? null) : null,
      aboutNames: q.aboutIds.map((id) => actorName.get(id) ?? id),
      tagNames: q.tagIds.map((id) => tagName.get(id) ?? id),
      articleTitle: title.get(q.articleId) ?? '',
      sameStatementAs: statements[q.id] ?? [],
    }));
    if (ctx.json) return printJson(ctx, rows);
    ctx.io.out(
      formatTable(
        ['ID', 'QUOTE', 'KIND', 'SPEAKER', 'ABOUT', 'TAGS', 'ARTICLE'],
        rows.map((q) => [
          q.id,
          q.anchorStatus === 'orphaned' ? `[not found in the text] ${quoteText(q.target)}` : quoteText(q.target),
          q.kind,
          q.speakerName ?? '',
          q.aboutNames.join(', '),
          q.tagNames.join(', '),
          q.articleTitle,
        ]),
        quotes.length === 0 ? 'No quotes yet.' : 'No quotes match.',
        48,
      ),
    );
  });
}
