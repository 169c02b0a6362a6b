/**
 * Re-importing a newer version of an article: its text and blocks are replaced and every quote is
 * placed again in the new text (exact words first, then an approximate match on words and
 * context). A quote that cannot be placed keeps its old selectors and is marked as an orphan for
 * the analyst to fix; no quote is ever dropped.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { AnchoringReport, ReplaceTextResult } from '../../shared/anchoring/api';
import { anchorTargets } from '../../shared/anchoring/reanchor';
import { placeTarget } from '../../shared/anchoring/pieces';
import { UserError } from '../../shared/api/result';
import type { Block, Quote } from '../../shared/model';
import { normaliseText } from '../../shared/text/normalise';
import { parseInWorker } from '../untrusted';
import { guessPlainTextHeadings, plainTextBlocks } from '../../shared/text/plainTextBlocks';
import { summarise } from './articlesService';
import { sha256 } from './ids';
import { inReadingOrder } from './quotesService';
import type { NotebookSession } from './session';

/** The quote placed in `text`, with its anchor status as the re-anchoring found it. */
function replaced(quote: Quote, text: string, placed: ReturnType<typeof anchorTargets>[number], now: string): Quote {
  const { anchorStatus: previous, ...rest } = quote;
  if (placed.status === 'orphaned') return { ...rest, anchorStatus: 'orphaned', updatedAt: now };
  // A quote in pieces keeps them when their words are found again (placeTarget).
  const target = placeTarget(text, quote.target, placed.start, placed.end);
  // A quote placed approximately before stays "to check" until the analyst has looked at it.
  const status = placed.status === 'fuzzy' || previous === 'fuzzy' ? 'fuzzy' : undefined;
  const moved = target.start !== quote.target.start || target.exact !== quote.target.exact || status !== previous;
  return { ...rest, target, ...(status ? { anchorStatus: status } : {}), ...(moved ? { updatedAt: now } : {}) };
}

function checkBlocks(blocks: Block[], length: number): void {
  const bad = blocks.find((b) => b.start >= b.end || b.end > length);
  if (bad) throw new UserError('invalid-input', `A block of the new text (${bad.start}–${bad.end}) lies outside it (${length} characters). Re-import the file.`);
}

export async function replaceArticleText(session: NotebookSession, input: ParsedInputOf<'articles:replaceText'>): Promise<ReplaceTextResult> {
  const file = session.articleFile(input.id);
  const text = normaliseText(input.text);
  if (text.trim() === '') throw new UserError('invalid-input', `${input.fileName ? `"${input.fileName}"` : 'The new text'} is empty: the article's text was not replaced.`);
  if (text === file.article.text) {
    const quotes = inReadingOrder(file.quotes);
    return { article: summarise(file), unchanged: true, report: countStatuses(quotes), quotes };
  }
  const contentHash = sha256(text);
  const other = session.articleWithHash(contentHash);
  if (other && other !== file.article.id) {
    const title = session.articleFile(other).article.title;
    throw new UserError('conflict', `This text is already in the notebook as "${title}". Open that article, or delete it first.`);
  }
  let blocks: Block[];
  if (input.blocks) {
    blocks = input.blocks;
    checkBlocks(blocks, text.length);
  } else blocks = guessPlainTextHeadings(text, plainTextBlocks(text)).blocks;

  const now = new Date().toISOString();
  // Quotes are placed inside the article's write queue, so a quote added or edited while the file
  // was being read is placed too rather than lost.
  const next = await session.changeArticle(file.article.id, (current) => {
    const placements = anchorTargets(text, current.quotes.map((q) => q.target));
    return {
      ...current,
      article: {
        ...current.article,
        ...(input.title?.trim() ? { title: input.title.trim() } : {}),
        origin: { ...current.article.origin, name: input.fileName ?? current.article.origin.name, sha256: sha256(input.text) },
        text,
        blocks,
        contentHash,
      },
      quotes: current.quotes.map((quote, i) => replaced(quote, text, placements[i]!, now)),
    };
  });
  const quotes = next.quotes;
  const ordered = inReadingOrder(quotes);
  return { article: summarise(next), unchanged: false, report: countStatuses(ordered), quotes: ordered };
}

function countStatuses(quotes: readonly Quote[]): AnchoringReport {
  const report: AnchoringReport = { exact: 0, fuzzy: 0, orphaned: 0 };
  for (const quote of quotes) report[quote.anchorStatus ?? 'exact']++;
  return report;
}

/**
 * Re-importing from a file of any format Quotebook imports (a saved page, a PDF, …): the file is
 * read exactly as an import would read it, then its text and blocks replace the article's.
 */
export async function reimportArticle(session: NotebookSession, input: ParsedInputOf<'articles:reimport'>): Promise<ReplaceTextResult> {
  session.articleFile(input.id); // a missing article is reported before the file is read
  const { file } = input;
  const bytes = file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : Buffer.from(file.text ?? '', 'utf8');
  const draft = await parseInWorker(file.name, bytes);
  return replaceArticleText(session, { id: input.id, text: draft.text, blocks: draft.blocks, fileName: file.name, ...(file.title ? { title: file.title } : {}) });
}
