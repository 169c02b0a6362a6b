/**
 * Turns an article and its quotes into what the reader shows. Leading blocks that only repeat the
 * section or the title are taken out of the body because the reader's header already shows them;
 * they are returned separately so the header can still highlight a quote inside the headline.
 */
import { quotePieces } from '../../../../shared/anchoring/pieces';
import type { Article, Quote } from '../../../../shared/model';
import { plainTextBlocks } from '../../../../shared/text/plainTextBlocks';
import { segmentBlocks, type SegmentedBlock } from '../../../../shared/text/segments';

type ArticleLayoutInput = Pick<Article, 'text' | 'blocks' | 'title' | 'section'>;

export interface ArticleLayout {
  /** The blocks shown in the reader's editor. */
  body: SegmentedBlock[];
  /** The leading block that repeats the section, if any (shown as the kicker). */
  section: SegmentedBlock | null;
  /** The leading block that repeats the title, if any (shown as the title). */
  title: SegmentedBlock | null;
}

const normalise = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** Lays out the article for the reader: header blocks apart, the rest as blocks of runs. */
export function layoutArticle(article: ArticleLayoutInput, quotes: readonly Pick<Quote, 'id' | 'target'>[]): ArticleLayout {
  const blocks = article.blocks.length > 0 ? article.blocks : plainTextBlocks(article.text);
  // A quote in pieces is marked piece by piece under one id: the attribution between stays plain text.
  const spans = quotes.flatMap((quote) => quotePieces(quote.target).map((piece) => ({ id: quote.id, ...piece })));
  const laidOut = segmentBlocks(article.text, blocks, spans);

  const layout: ArticleLayout = { body: laidOut, section: null, title: null };
  const section = normalise(article.section);
  const title = normalise(article.title);
  let skip = 0;
  // At most one section line and one title, in either order, at the very top.
  while (skip < laidOut.length && skip < 2) {
    const block = laidOut[skip]!;
    const text = normalise(article.text.slice(block.start, block.end));
    if (text !== '' && text === title && !layout.title) layout.title = block;
    else if (text !== '' && text === section && !layout.section) layout.section = block;
    else break;
    skip++;
  }
  layout.body = laidOut.slice(skip);
  return layout;
}
