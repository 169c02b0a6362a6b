/**
 * Spaces in a note that Markdown cannot write plainly. At the start or end of a line CommonMark
 * drops spaces, so mdast-util-to-markdown keeps them as `&#x20;`, which readers of the file then
 * see; and the notes editor puts a space after every mention so the analyst can keep typing, so
 * typing one more leaves two. Both are tidied on the way out; the note itself is not changed.
 */
import type { PhrasingContent } from 'mdast';

/** Inline nodes that stand for an actor mention (marked by lexicalToMdast as it makes them). */
export const mentionInlines = new WeakSet<PhrasingContent>();

type Leaf = { type: 'text'; value: string };

/** The first or last text leaf of `node` (inside emphasis, strong or a link), if it ends in text. */
function edgeText(node: PhrasingContent, edge: 'first' | 'last'): Leaf | null {
  if (node.type === 'text') return node;
  if (!('children' in node) || node.children.length === 0) return null;
  const children = node.children as PhrasingContent[];
  return edgeText(children[edge === 'first' ? 0 : children.length - 1]!, edge);
}

/** `value` without spaces or tabs just before or after a newline. */
export function trimAroundNewlines(value: string): string {
  return value.replace(/[ \t]+(?=\n)/g, '').replace(/(?<=\n)[ \t]+/g, '');
}

/** `run` (the inline content of one paragraph or heading) without the spaces described above. */
export function tidySpaces(run: PhrasingContent[]): PhrasingContent[] {
  for (let i = 1; i < run.length; i++) {
    const leaf = mentionInlines.has(run[i - 1]!) ? edgeText(run[i]!, 'first') : null;
    if (leaf) leaf.value = leaf.value.replace(/^ {2,}/, ' ');
  }
  // Each line (between hard breaks) loses the spaces at its two ends.
  let lineStart = 0;
  for (let i = 0; i <= run.length; i++) {
    if (i < run.length && run[i]!.type !== 'break') continue;
    const first = lineStart < i ? edgeText(run[lineStart]!, 'first') : null;
    if (first) first.value = first.value.replace(/^[ \t]+/, '');
    const last = lineStart < i ? edgeText(run[i - 1]!, 'last') : null;
    if (last) last.value = last.value.replace(/[ \t]+$/, '');
    lineStart = i + 1;
  }
  // A line break inside one text (pasted text can hold one) is a line end too.
  for (const node of run) if (node.type === 'text') node.value = trimAroundNewlines(node.value);
  return run.filter((node) => !(node.type === 'text' && node.value === ''));
}
