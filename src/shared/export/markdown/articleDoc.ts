/**
 * An article's annotations: its metadata as front matter, then every quote in reading order with
 * its kind, speaker, the actors it is about, tags and comment.
 */
import type { BlockContent, ListItem, Root } from 'mdast';
import type { ArticleFile, Quote } from '../../model';
import { articleQuotes, type ExportIndex } from '../bundle';
import { oneLine, readableDate } from '../text';
import { bulletList, fieldItem, headingText, joinPhrasing, paragraph, quoteWordsBlocks, text } from './nodes';
import { obsidianBlockId, webLink, type LinkContext } from './links';
import { frontMatter } from './serialise';
import { quoteText } from '../../anchoring/pieces';

const KIND_LABEL = { direct: 'direct quote', indirect: 'reported speech', paraphrase: 'paraphrase' } as const;

/** Front matter fields of an article (also used by the notebook index). */
export function articleFrontMatter(file: ArticleFile): Record<string, unknown> {
  const { article } = file;
  return {
    title: article.title,
    section: article.section,
    outlet: article.source.outlet,
    url: article.source.url,
    authors: article.source.authors,
    published: article.source.publishedAt,
    language: article.language,
    imported: article.importedAt,
    file: article.origin.name,
    quotes: file.quotes.length,
    quotebook_id: article.id,
  };
}

function quoteDetails(index: ExportIndex, links: LinkContext, quote: Quote): ListItem[] {
  const speaker = index.actor(quote.speakerId);
  const about = quote.aboutIds.map((id) => index.actor(id)).filter((a) => a !== undefined);
  const tags = quote.tagIds.map((id) => index.tagLabel(id)).filter((t) => t !== undefined);
  const items: ListItem[] = [fieldItem('Kind', KIND_LABEL[quote.kind])];
  items.push(fieldItem('Speaker', speaker ? [links.entity(`actor:${speaker.id}`, oneLine(speaker.name))] : 'not attributed'));
  if (about.length) items.push(fieldItem('About', joinPhrasing(about.map((a) => links.entity(`actor:${a.id}`, oneLine(a.name))))));
  if (tags.length) items.push(fieldItem('Tags', tags.map((t) => oneLine(t)).join(', ')));
  if (quote.cue.trim()) items.push(fieldItem('Cue', oneLine(quote.cue)));
  if (quote.comment.trim()) items.push(fieldItem('Comment', quote.comment));
  if (quote.status === 'suggested') items.push(fieldItem('Status', 'suggested, not yet confirmed'));
  if (quote.anchorStatus === 'orphaned') items.push(fieldItem('Position', 'not found in the current text of the article (kept from an earlier version)'));
  else items.push(fieldItem('Position', `characters ${quote.target.start}–${quote.target.end}${quote.anchorStatus === 'fuzzy' ? ' (placed approximately after the text changed)' : ''}`));
  return items;
}

/** The Markdown tree of one article's annotations. */
export function articleDocument(index: ExportIndex, links: LinkContext, file: ArticleFile): Root {
  const { article } = file;
  const quotes = articleQuotes(file);
  const byline = joinPhrasing(
    [
      article.source.outlet.trim() && text(oneLine(article.source.outlet)),
      article.source.publishedAt.trim() && text(readableDate(article.source.publishedAt)),
      article.section.trim() && text(oneLine(article.section)),
      article.source.authors.length > 0 && text(`by ${oneLine(article.source.authors.join(', '))}`),
    ],
    ' · ',
  );
  const body: BlockContent[] = [headingText(1, article.title)];
  if (byline.length) body.push(paragraph({ type: 'emphasis', children: byline }));
  if (article.source.url.trim()) body.push(paragraph(text('Source: '), webLink(article.source.url, oneLine(article.source.url))));
  else if (article.origin.name.trim()) body.push(paragraph(text(`Imported from the file ${oneLine(article.origin.name)}.`)));
  body.push(headingText(2, quotes.length === 1 ? '1 quote' : `${quotes.length} quotes`));
  if (quotes.length === 0) body.push(paragraph(text('No quotes have been marked in this article yet.')));
  quotes.forEach(({ quote }, i) => {
    const speaker = index.actor(quote.speakerId);
    body.push(headingText(3, `Quote ${i + 1}${speaker ? ` — ${speaker.name}` : ''}`));
    const words = quoteWordsBlocks(quote.kind, quoteText(quote.target));
    if (links.blockIds) namedBlock(words, obsidianBlockId(quote.id));
    body.push(...words);
    body.push(bulletList(quoteDetails(index, links, quote)));
  });
  return { type: 'root', children: [frontMatter(articleFrontMatter(file)), ...body] };
}

/** Gives the last of `blocks` an Obsidian block id where Obsidian looks for it (see BlockId). */
function namedBlock(blocks: BlockContent[], id: string): void {
  const last = blocks[blocks.length - 1];
  if (last?.type === 'paragraph') last.children.push(text(' '), { type: 'blockId', id });
  else blocks.push({ type: 'blockId', id });
}
