/** Small builders for mdast nodes, so the exporters read as document outlines. */
import type { BlockContent, Blockquote, Emphasis, Heading, List, ListItem, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import { cleanText, oneLine, splitParagraphs } from '../text';

/** A text node; control characters are dropped and line endings unified. */
export const text = (value: string): Text => ({ type: 'text', value: cleanText(value) });

/** A paragraph of phrasing content. */
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** A heading; its text is kept on one line, as a reader expects of a heading. */
export const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, ...children: PhrasingContent[]): Heading => ({ type: 'heading', depth, children });

/** A heading from plain text. */
export const headingText = (depth: 1 | 2 | 3 | 4 | 5 | 6, value: string): Heading => heading(depth, text(oneLine(value)));

/** Bold text. */
export const strong = (value: string): Strong => ({ type: 'strong', children: [text(value)] });

/** Plain text cut into paragraphs at blank lines (exactly reversible, see splitParagraphs). */
export const paragraphs = (value: string): Paragraph[] => splitParagraphs(cleanText(value)).map((p) => paragraph(text(p)));

/** A block quote holding `value` as paragraphs. */
export const blockquoteText = (value: string): Blockquote => ({ type: 'blockquote', children: paragraphs(value) });

/**
 * A quote's words as blocks: a direct quote is the speaker's own words, a block quote; reported
 * speech and paraphrase are the reporter's words, so they are plain paragraphs led by an
 * emphasised "Reported:" (or "Paraphrase:"), never dressed up as verbatim.
 */
export function quoteWordsBlocks(kind: 'direct' | 'indirect' | 'paraphrase', value: string): BlockContent[] {
  if (kind === 'direct') return [blockquoteText(value)];
  const [first, ...rest] = paragraphs(value);
  const label: Emphasis = { type: 'emphasis', children: [text(kind === 'indirect' ? 'Reported:' : 'Paraphrase:')] };
  if (!first) return [paragraph(label)];
  return [paragraph(label, text(' '), ...first.children), ...rest];
}

/** A tight bullet list. */
export const bulletList = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });

/** A list item from blocks. */
export const listItem = (...children: BlockContent[]): ListItem => ({ type: 'listItem', spread: false, children });

/** A "**Label:** value" list item; a multi-paragraph value continues in the same item. */
export function fieldItem(label: string, value: PhrasingContent[] | string): ListItem {
  if (typeof value !== 'string') return listItem(paragraph(strong(`${label}:`), text(' '), ...value));
  const [first = '', ...rest] = splitParagraphs(cleanText(value));
  return listItem(paragraph(strong(`${label}:`), text(` ${first}`)), ...rest.map((p) => paragraph(text(p))));
}

/** Joins phrasing pieces with a separator, skipping empty pieces. */
export function joinPhrasing(pieces: (PhrasingContent | PhrasingContent[] | null | undefined | false | '')[], separator = ', '): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const piece of pieces) {
    if (!piece || (Array.isArray(piece) && piece.length === 0)) continue;
    if (out.length) out.push(text(separator));
    out.push(...(Array.isArray(piece) ? piece : [piece]));
  }
  return out;
}
