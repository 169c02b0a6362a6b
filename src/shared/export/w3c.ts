/**
 * Quotes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/): each quote
 * targets its article with a TextQuoteSelector and a TextPositionSelector (a quote in pieces: one
 * target per piece); tags are tagging
 * bodies, the comment a commenting body, and speaker and about-actors identifying bodies.
 */
import { isInPieces, quotePieces } from '../anchoring/pieces';
import { describeRange, isAnchored } from '../anchoring/selectors';
import type { ArticleFile, Quote } from '../model';
import type { ExportIndex, QuoteInContext } from './bundle';
import { cleanText, codePointOffset, isWebUrl } from './text';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
// Terms the Web Annotation vocabulary has no word for, kept under our own namespace.
const QB_CONTEXT = { qb: 'urn:quotebook:vocab#' };

/** A stable URN for a Quotebook entity (ids are stable strings). */
export const urn = (kind: 'quote' | 'article' | 'actor' | 'notebook', id: string): string => `urn:quotebook:${kind}:${id}`;

function articleSource(file: ArticleFile): string {
  const url = file.article.source.url.trim();
  return isWebUrl(url) ? url : urn('article', file.article.id);
}

function actorBody(index: ExportIndex, id: string, role: 'speaker' | 'about') {
  const actor = index.actor(id);
  const qid = actor?.externalIds.wikidata ?? actor?.externalIds.Wikidata;
  return {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: qid && /^Q\d+$/.test(qid) ? `http://www.wikidata.org/entity/${qid}` : urn('actor', id),
    'qb:role': role,
    ...(actor ? { 'qb:name': cleanText(actor.name) } : {}),
  };
}

/** One quote as an Annotation. Offsets are converted to code points, as the model counts characters. */
export function quoteAnnotation(index: ExportIndex, quote: Quote, article: ArticleFile): Record<string, unknown> {
  const bodies = [
    ...quote.tagIds.flatMap((id) => {
      const tag = index.tag(id);
      return tag ? [{ type: 'TextualBody', purpose: 'tagging', value: cleanText(tag.name) }] : [];
    }),
    ...(quote.comment.trim() ? [{ type: 'TextualBody', purpose: 'commenting', value: cleanText(quote.comment), format: 'text/plain' }] : []),
    ...(quote.speakerId ? [actorBody(index, quote.speakerId, 'speaker')] : []),
    ...quote.aboutIds.map((id) => actorBody(index, id, 'about')),
  ];
  return {
    '@context': [ANNO_CONTEXT, QB_CONTEXT],
    id: urn('quote', quote.id),
    type: 'Annotation',
    motivation: bodies.some((b) => b.purpose === 'tagging') ? 'tagging' : 'highlighting',
    created: quote.createdAt,
    modified: quote.updatedAt,
    'qb:kind': quote.kind,
    'qb:status': quote.status,
    ...(bodies.length ? { body: bodies } : {}),
    target: targets(quote, article),
  };
}

/**
 * The annotation's target: one for a quote, or one per piece for a quote split by its attribution
 * (the model allows several targets), so the attribution between the pieces is not annotated.
 */
function targets(quote: Quote, article: ArticleFile): Record<string, unknown> | Record<string, unknown>[] {
  const text = article.article.text;
  const resource = { type: 'SpecificResource', source: articleSource(article), 'qb:article': urn('article', article.article.id), 'qb:title': cleanText(article.article.title) };
  // An orphaned quote's offsets belong to an earlier text: a position (or a piece's context) in this one would mislead.
  if (quote.anchorStatus === 'orphaned' || !isInPieces(quote.target) || !isAnchored(text, quote.target)) {
    const { exact, prefix, suffix, start, end } = quote.target;
    return { ...resource, selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }, ...(quote.anchorStatus === 'orphaned' ? [] : [position(text, start, end)])] };
  }
  return quotePieces(quote.target).map((piece) => {
    const { exact, prefix, suffix } = describeRange(text, piece.start, piece.end);
    return { ...resource, selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }, position(text, piece.start, piece.end)] };
  });
}

function position(text: string, start: number, end: number) {
  return { type: 'TextPositionSelector', start: codePointOffset(text, start), end: codePointOffset(text, end) };
}

/** The quotes as an AnnotationCollection with one page, as JSON text. */
export function quotesW3c(index: ExportIndex, quotes: QuoteInContext[], label: string): string {
  const items = quotes.map(({ quote, article }) => {
    const { '@context': _context, ...rest } = quoteAnnotation(index, quote, article);
    return rest;
  });
  const collection = {
    '@context': [ANNO_CONTEXT, QB_CONTEXT],
    id: urn('notebook', index.bundle.notebook.id),
    type: 'AnnotationCollection',
    label: cleanText(label),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
