/**
 * A quote as it appears in a note or a dossier: the words as a block quote, then an attribution
 * line (speaker, role, article, outlet, date) ending in a footnote that names the source.
 */
import type { BlockContent, FootnoteDefinition, PhrasingContent } from 'mdast';
import type { ArticleFile } from '../../model';
import type { ExportIndex, QuoteInContext } from '../bundle';
import { isWebUrl, oneLine, readableDate } from '../text';
import { blockquoteText, joinPhrasing, paragraph, quoteWordsBlocks, text } from './nodes';
import { webLink, type LinkContext } from './links';
import { quoteText } from '../../anchoring/pieces';

const KIND_WORDS = { direct: null, indirect: 'reported speech', paraphrase: 'paraphrase' } as const;

/** Collects one footnote per source article, numbered in order of first citation. */
export class SourceNotes {
  #ids = new Map<string, string>();
  #definitions: FootnoteDefinition[] = [];

  /** The footnote reference for `article`, defining the footnote on first use. */
  cite(article: ArticleFile): PhrasingContent {
    let id = this.#ids.get(article.article.id);
    if (!id) {
      id = String(this.#ids.size + 1);
      this.#ids.set(article.article.id, id);
      this.#definitions.push({ type: 'footnoteDefinition', identifier: id, label: id, children: [paragraph(...sourceLine(article))] });
    }
    return { type: 'footnoteReference', identifier: id, label: id };
  }

  /** The footnote definitions, to put at the end of the document. */
  get definitions(): FootnoteDefinition[] {
    return this.#definitions;
  }
}

/** "Title, Outlet, 14 February 2023, by A. Writer. https://…" — or the imported file's name. */
export function sourceLine(file: ArticleFile): PhrasingContent[] {
  const { title, source, origin } = file.article;
  const url = source.url.trim();
  const parts = joinPhrasing([
    text(oneLine(title)),
    source.outlet.trim() && text(oneLine(source.outlet)),
    source.publishedAt.trim() && text(readableDate(source.publishedAt)),
    source.authors.length > 0 && text(`by ${oneLine(source.authors.join(', '))}`),
  ]);
  // The address is shown, not hidden behind the title, so it survives printing and pasting.
  if (isWebUrl(url)) parts.push(text('. '), webLink(url, url));
  else if (url) parts.push(text(`. Address: ${oneLine(url)}`));
  else if (origin.name.trim()) parts.push(text(`. File: ${oneLine(origin.name)}`));
  return parts;
}

/** The attribution line's pieces: speaker (linked), role, kind unless direct, article (linked), outlet, date. */
export function attribution(index: ExportIndex, links: LinkContext, { quote, article }: QuoteInContext): PhrasingContent[] {
  const speaker = index.actor(quote.speakerId);
  const kindWords = KIND_WORDS[quote.kind];
  return joinPhrasing([
    speaker ? links.entity(`actor:${speaker.id}`, oneLine(speaker.name)) : text('Unattributed'),
    speaker?.role.trim() && text(oneLine(speaker.role)),
    kindWords && text(kindWords),
    { type: 'emphasis', children: [links.entity(`article:${article.article.id}`, oneLine(article.article.title), quote.id)] },
    article.article.source.outlet.trim() && text(oneLine(article.article.source.outlet)),
    article.article.source.publishedAt.trim() && text(readableDate(article.article.source.publishedAt)),
  ]);
}

/** The blocks of one quote card: the quote, then "— attribution[^n]". */
export function quoteCard(index: ExportIndex, links: LinkContext, sources: SourceNotes, item: QuoteInContext): BlockContent[] {
  return [...quoteWordsBlocks(item.quote.kind, quoteText(item.quote.target)), paragraph(text('— '), ...attribution(index, links, item), sources.cite(item.article))];
}

/**
 * What a card shows when its quote was deleted: the words it cited when last seen (the card keeps
 * a copy), marked as no longer in the notebook, so the note still reads as written.
 */
export function missingQuoteCard(citedText: string): BlockContent[] {
  const notice = paragraph({ type: 'emphasis', children: [text('— This quote is no longer in the notebook.')] });
  return citedText.trim() ? [blockquoteText(citedText), notice] : [notice];
}
