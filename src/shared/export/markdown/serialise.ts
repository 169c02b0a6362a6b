/**
 * The one place Markdown text is produced: an mdast tree goes through mdast-util-to-markdown
 * (CommonMark + GFM footnotes + YAML front matter), which escapes every character that would
 * otherwise be read as syntax (DESIGN.md convention 7). Nothing is concatenated by hand except
 * the two Obsidian constructs below, whose content is restricted before it gets here.
 */
import type { Nodes, Root } from 'mdast';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { stringify } from 'yaml';

/** An Obsidian wikilink, `[[target|alias]]`; `target` is a path we generated (no `[]|#^`). */
export interface WikiLink {
  type: 'wikiLink';
  target: string;
  alias: string;
}

/**
 * An Obsidian block id, `^id`: on its own line after a block quote or list it names, or at the
 * end of a paragraph it names (Obsidian reads a paragraph's id only there).
 */
export interface BlockId {
  type: 'blockId';
  id: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    wikiLink: WikiLink;
    blockId: BlockId;
  }
  interface BlockContentMap {
    blockId: BlockId;
  }
  interface RootContentMap {
    wikiLink: WikiLink;
    blockId: BlockId;
  }
}

const wikiLink: Handle = (node: WikiLink, _parent, state) => {
  // The alias is shown text: escape it like any text, and keep `|` and `]]` from ending the link.
  const alias = state.safe(node.alias.replace(/\|/g, '/').replace(/\s+/g, ' '), { before: '|', after: ']' });
  const target = node.target.replace(/[[\]|\n\r]/g, ' ');
  return alias && alias !== target ? `[[${target}|${alias}]]` : `[[${target}]]`;
};

const blockId: Handle = (node: BlockId) => `^${node.id.replace(/[^A-Za-z0-9-]/g, '-')}`;

const options: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  extensions: [gfmFootnoteToMarkdown(), frontmatterToMarkdown(['yaml'])],
  handlers: { wikiLink, blockId },
};

/** Serialises an mdast tree to Markdown text. */
export function serialiseMarkdown(tree: Root | Nodes): string {
  return toMarkdown(tree, options);
}

/** A YAML front matter node for `fields`; empty values (blank text, empty lists) are left out. */
export function frontMatter(fields: Record<string, unknown>): { type: 'yaml'; value: string } {
  const kept = Object.fromEntries(Object.entries(fields).filter(([, v]) => !isEmpty(v)));
  // lineWidth 0: no folding, so a value reads back exactly even in simple YAML parsers.
  return { type: 'yaml', value: stringify(kept, { lineWidth: 0, minContentWidth: 0 }).trimEnd() };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}
