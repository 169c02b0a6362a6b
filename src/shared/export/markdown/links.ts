/**
 * Links between exported files. In a notebook export every note, article and actor has a file;
 * a link is either a relative Markdown link (works on GitHub, in editors and in Obsidian) or,
 * when asked for, an Obsidian wikilink. A single-file export has nothing to link to, so names
 * stay plain text.
 */
import type { PhrasingContent } from 'mdast';
import { isWebUrl, oneLine } from '../text';
import { text } from './nodes';

/** Names an exported file: `note:<id>`, `article:<id>`, `actor:<id>` or `index`. */
export type EntityKey = `note:${string}` | `article:${string}` | `actor:${string}` | 'index';

/** How the file being written links to the others. */
export interface LinkContext {
  /** Link (or plain text when the entity has no file in this export) showing `label`. */
  entity(key: EntityKey, label: string, blockId?: string): PhrasingContent;
  /** True when quotes get Obsidian block ids in their article files. */
  readonly blockIds: boolean;
}

/** No other files: every name is plain text. */
export const noLinks: LinkContext = { entity: (_key, label) => text(label), blockIds: false };

/** An external link for http(s) URLs only; anything else (`javascript:`, `file:`) stays text. */
export function webLink(url: string, label: string): PhrasingContent {
  const trimmed = url.trim();
  return isWebUrl(trimmed) ? { type: 'link', url: trimmed, children: [text(label)] } : text(label);
}

/**
 * Percent-encodes what a link destination cannot hold as is (spaces, `%`, brackets, quotes) and
 * leaves other characters readable: `Articles/NATO%20‘concerned’.md` works on GitHub, in editors
 * and in Obsidian.
 */
function encodeSegment(segment: string): string {
  return segment.replace(/[\s%#?()<>[\]\\"'`{}|^]/gu, (ch) => encodeURIComponent(ch).replace(/[()'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}

/** The relative URL from folder `fromDir` to `target` (both relative to the export folder, `/`-separated). */
export function relativeUrl(fromDir: string, target: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].map((segment) => (segment === '..' ? segment : encodeSegment(segment))).join('/');
}

/** Obsidian block ids allow letters, digits and `-` only; quote ids are letters, digits, `-` and `_`. */
export function obsidianBlockId(quoteId: string): string {
  return quoteId.replace(/[^A-Za-z0-9-]/g, '-');
}

/** Links from the file at `fromPath` to the others listed in `paths` (entity key → relative path). */
export function folderLinks(paths: ReadonlyMap<EntityKey, string>, fromPath: string, wikilinks: boolean): LinkContext {
  const fromDir = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
  return {
    blockIds: wikilinks,
    entity(key, label, blockId) {
      const path = paths.get(key);
      if (!path) return text(label);
      if (wikilinks) {
        const target = path.replace(/\.md$/, '') + (blockId ? `#^${obsidianBlockId(blockId)}` : '');
        return { type: 'wikiLink', target, alias: oneLine(label) };
      }
      return { type: 'link', url: relativeUrl(fromDir, path), children: [text(label)] };
    },
  };
}
