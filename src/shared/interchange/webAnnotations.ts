/**
 * Reading W3C Web Annotations (as the export writes them, or as another tool does) back into
 * quote targets. An annotation with several targets on one article is one quote in pieces, the
 * way the export writes a quote split by its attribution. Each target is placed by its
 * TextQuoteSelector (its TextPositionSelector, in code points, only says where to look first), so
 * an annotation made on a slightly different copy of the text still lands on its words.
 */
import { describePieces, type Piece } from '../anchoring/pieces';
import { anchorTarget } from '../anchoring/reanchor';
import type { QuoteKind, TextTarget } from '../model';

/** An article the annotations may target: by its Quotebook URN, or by its web address. */
export interface AnnotatedArticle {
  id: string;
  text: string;
  url: string;
}

/** One annotation read back: the article it is on and the quote's target there. */
export interface ReadAnnotation {
  /** The annotation's id (`urn:quotebook:quote:…` for Quotebook's own), or null. */
  id: string | null;
  articleId: string;
  target: TextTarget;
  kind: QuoteKind;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'paraphrase'];

/** The annotations of a collection, a page, a list, or a single annotation. */
function annotationsOf(doc: unknown): Json[] {
  if (Array.isArray(doc)) return doc.flatMap(annotationsOf);
  if (!isObject(doc)) return [];
  if (doc.type === 'Annotation') return [doc];
  if (isObject(doc.first)) return annotationsOf(doc.first);
  return asArray(doc.items).filter(isObject).filter((a) => a.type === 'Annotation');
}

/** The UTF-16 offset of code point `points` of `text` (W3C positions count code points). */
function utf16Offset(text: string, points: number): number {
  let i = 0;
  for (let n = 0; n < points && i < text.length; n++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
}

/** Places one target (a SpecificResource with selectors) in its article; null when it cannot be placed. */
function placeOne(target: unknown, articles: readonly AnnotatedArticle[]): { articleId: string; piece: Piece } | null {
  if (!isObject(target)) return null;
  const urn = typeof target['qb:article'] === 'string' ? target['qb:article'].replace(/^urn:quotebook:article:/, '') : null;
  const article = articles.find((a) => a.id === urn) ?? articles.find((a) => a.url !== '' && a.url === target.source);
  if (!article) return null;
  const selectors = asArray(target.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== '');
  if (!quote) return null;
  const position = selectors.find((s) => s.type === 'TextPositionSelector' && Number.isInteger(s.start));
  const start = position ? utf16Offset(article.text, position.start as number) : 0;
  const exact = quote.exact as string;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const placed = anchorTarget(article.text, { exact, prefix: str(quote.prefix), suffix: str(quote.suffix), start, end: start + exact.length });
  return placed.status === 'orphaned' ? null : { articleId: article.id, piece: { start: placed.start, end: placed.end } };
}

/**
 * The quotes that `doc` (an AnnotationCollection, a page or annotations) holds on `articles`.
 * An annotation whose targets are not all found on one article is left out and counted.
 */
export function readWebAnnotations(doc: unknown, articles: readonly AnnotatedArticle[]): { quotes: ReadAnnotation[]; skipped: number } {
  const quotes: ReadAnnotation[] = [];
  let skipped = 0;
  for (const annotation of annotationsOf(doc)) {
    const placed = asArray(annotation.target).map((t) => placeOne(t, articles));
    const articleId = placed[0]?.articleId;
    if (!articleId || placed.some((p) => p === null || p.articleId !== articleId)) {
      skipped++;
      continue;
    }
    const pieces = placed.map((p) => p!.piece).sort((a, b) => a.start - b.start);
    const text = articles.find((a) => a.id === articleId)!.text;
    // Pieces that touch or overlap (another tool's choice) are one range: still the quote, whole.
    const apart = pieces.every((p, i) => i === 0 || pieces[i - 1]!.end < p.start);
    const target = apart ? describePieces(text, pieces) : describePieces(text, [{ start: pieces[0]!.start, end: Math.max(...pieces.map((p) => p.end)) }]);
    const kind = KINDS.find((k) => k === annotation['qb:kind']) ?? 'direct';
    quotes.push({ id: typeof annotation.id === 'string' ? annotation.id : null, articleId, target, kind });
  }
  return { quotes, skipped };
}
