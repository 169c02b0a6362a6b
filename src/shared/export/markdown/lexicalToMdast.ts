/**
 * A note's rich text (serialized Lexical state) as mdast, by walking the JSON: no editor is
 * needed, so the CLI exports notes too. Formats Markdown cannot express portably (underline,
 * strikethrough, sub/superscript, highlight) keep their text and lose the styling.
 */
import type { BlockContent, Code, Link, List, ListItem, PhrasingContent } from 'mdast';
import type { ExportIndex } from '../bundle';
import { childNodes, nodesInOrder, referenceId, referenceKind, type SerializedNode } from '../noteReferences';
import { cleanText, oneLine } from '../text';
import { heading, paragraph, text } from './nodes';
import type { LinkContext } from './links';
import { isSafeLinkUrl } from '../../editor/linkUrl';
import { missingQuoteCard, quoteCard, type SourceNotes } from './quoteCard';
import { mentionInlines, tidySpaces } from './tidySpaces';

// Lexical's text format bits (lexical/LexicalConstants: IS_BOLD, IS_ITALIC, IS_CODE).
const BOLD = 1;
const ITALIC = 2;
const CODE = 16;
const MAX_DEPTH = 100;
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'code', 'horizontalrule', 'table', 'layout-container']);

/** What converting a note needs: lookups, links to other files, and the note's footnotes. */
export interface NoteContext {
  index: ExportIndex;
  links: LinkContext;
  sources: SourceNotes;
}

type Piece = { inline: PhrasingContent } | { block: BlockContent };

function formatted(node: SerializedNode): PhrasingContent | null {
  const value = typeof node.text === 'string' ? cleanText(node.text) : '';
  if (value === '') return null;
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & CODE) return { type: 'inlineCode', value };
  let out: PhrasingContent = text(value);
  if (format & ITALIC) out = { type: 'emphasis', children: [out] };
  if (format & BOLD) out = { type: 'strong', children: [out] };
  return out;
}

/** Converts a node's children into inline content and the blocks (quote cards) found among them. */
function pieces(ctx: NoteContext, node: SerializedNode, depth: number): Piece[] {
  if (depth > MAX_DEPTH) return flattened(ctx, node);
  return childNodes(node).flatMap((child) => piece(ctx, child, depth + 1));
}

/**
 * What a damaged note nests deeper than MAX_DEPTH keeps its words, mentions and cards, in order,
 * without the structure Markdown could not show anyway (walked iteratively: no stack overflow).
 */
function flattened(ctx: NoteContext, node: SerializedNode): Piece[] {
  const leaves = nodesInOrder(node).filter((n) => n !== node && (referenceKind(n) !== null || childNodes(n).length === 0));
  return leaves.flatMap((leaf) => (BLOCK_TYPES.has(leaf.type) ? [] : piece(ctx, leaf, MAX_DEPTH)));
}

function piece(ctx: NoteContext, node: SerializedNode, depth: number): Piece[] {
  const ref = referenceKind(node);
  if (ref === 'quoteCard') {
    const item = ctx.index.quote(referenceId(node, ref));
    const cards = item ? quoteCard(ctx.index, ctx.links, ctx.sources, item) : missingQuoteCard(typeof node.citedText === 'string' ? node.citedText : '');
    return cards.map((block) => ({ block }));
  }
  if (ref === 'actorMention') {
    const actor = ctx.index.actor(referenceId(node, ref));
    const label = actor?.name ?? (typeof node.text === 'string' ? node.text : 'unknown actor');
    const inline = actor ? ctx.links.entity(`actor:${actor.id}`, oneLine(label)) : text(oneLine(label));
    mentionInlines.add(inline);
    return [{ inline }];
  }
  switch (node.type) {
    case 'text':
    case 'code-highlight':
    case 'hashtag': {
      const out = formatted(node);
      return out ? [{ inline: out }] : [];
    }
    case 'linebreak':
      return [{ inline: { type: 'break' } }];
    case 'tab':
      return [{ inline: text('\t') }];
    case 'link':
    case 'autolink': {
      const inner = inlineOnly(ctx, node, depth);
      const url = typeof node.url === 'string' ? node.url.trim() : '';
      // The editor's own rule for what a note may link to (http, https, mailto), checked again here.
      if (!isSafeLinkUrl(url)) return inner.map((inline) => ({ inline }));
      // A link cannot hold a link: a mention inside one keeps its name only.
      const children = inner.map((n) => (n.type === 'link' || n.type === 'wikiLink' ? text(plainText([n])) : n)) as Link['children'];
      return [{ inline: { type: 'link', url, children: children.length ? children : [text(url)] } }];
    }
    default:
      if (BLOCK_TYPES.has(node.type)) return blocks(ctx, node, depth).map((block) => ({ block }));
      // An element we do not know (a mark, a future inline wrapper): keep what it holds.
      if (Array.isArray(node.children)) return pieces(ctx, node, depth);
      return typeof node.text === 'string' && node.text !== '' ? [{ inline: text(node.text) }] : [];
  }
}

function inlineOnly(ctx: NoteContext, node: SerializedNode, depth: number): PhrasingContent[] {
  return pieces(ctx, node, depth).flatMap((p) => ('inline' in p ? [p.inline] : []));
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((n) => (n.type === 'wikiLink' ? n.alias : 'value' in n ? n.value : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('');
}

/** Inline runs become paragraphs (or headings); blocks found inside them follow in order. */
function group(items: Piece[], wrap: (inline: PhrasingContent[]) => BlockContent): BlockContent[] {
  const out: BlockContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.some((n) => n.type !== 'break' && !(n.type === 'text' && n.value.trim() === ''))) out.push(wrap(tidySpaces(run)));
    run = [];
  };
  for (const item of items) {
    if ('inline' in item) run.push(item.inline);
    else {
      flush();
      out.push(item.block);
    }
  }
  flush();
  return out;
}

function listBlock(ctx: NoteContext, node: SerializedNode, depth: number): List {
  const ordered = node.listType === 'number';
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 0 ? node.start : 1;
  const items: ListItem[] = [];
  for (const child of childNodes(node)) {
    const content = blocks(ctx, child, depth + 1);
    // Lexical nests a sub-list as a list item holding only the list: attach it to the item above.
    const previous = items[items.length - 1];
    if (previous && content.length > 0 && content.every((b) => b.type === 'list')) {
      previous.children.push(...content);
      continue;
    }
    if (node.listType === 'check' && typeof child.checked === 'boolean') {
      const first = content[0];
      const box = text(child.checked ? '☑ ' : '☐ ');
      if (first?.type === 'paragraph') first.children.unshift(box);
      else content.unshift(paragraph(box));
    }
    items.push({ type: 'listItem', spread: false, children: content });
  }
  return { type: 'list', ordered, ...(ordered ? { start } : {}), spread: false, children: items };
}

function codeBlock(node: SerializedNode): Code {
  const value = childNodes(node)
    .map((c) => (c.type === 'linebreak' ? '\n' : c.type === 'tab' ? '\t' : typeof c.text === 'string' ? c.text : ''))
    .join('');
  const lang = typeof node.language === 'string' && /^[\w+#.-]{1,30}$/.test(node.language) ? node.language : null;
  return { type: 'code', lang, value: cleanText(value) };
}

/** The blocks of one block-level node (or of the root). */
export function blocks(ctx: NoteContext, node: SerializedNode, depth = 0): BlockContent[] {
  if (depth > MAX_DEPTH) return group(flattened(ctx, node), (inline) => paragraph(...inline));
  switch (node.type) {
    case 'root':
      return childNodes(node).flatMap((child) => {
        const items = piece(ctx, child, depth + 1);
        return group(items, (inline) => paragraph(...inline));
      });
    case 'heading': {
      const level = Number(String(node.tag ?? 'h2').replace(/^h/, ''));
      const depthOf = (Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2) as 1 | 2 | 3 | 4 | 5 | 6;
      return group(pieces(ctx, node, depth), (inline) => heading(depthOf, ...inline.map((n) => (n.type === 'break' ? text(' ') : n))));
    }
    case 'quote': {
      const inner = group(pieces(ctx, node, depth), (inline) => paragraph(...inline));
      return inner.length ? [{ type: 'blockquote', children: inner }] : [];
    }
    case 'list':
      return [listBlock(ctx, node, depth)];
    case 'code':
      return [codeBlock(node)];
    case 'horizontalrule':
      return [{ type: 'thematicBreak' }];
    default:
      // paragraph, listitem, and element types we do not know: their content, as paragraphs.
      return group(pieces(ctx, node, depth), (inline) => paragraph(...inline));
  }
}
