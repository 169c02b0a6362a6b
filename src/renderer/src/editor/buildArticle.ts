/**
 * Rebuilds the reader's Lexical tree from an article laid out as blocks of runs. One TextNode per
 * run (never per character) keeps a long article fast; runs covered by quotes are wrapped in a
 * MarkNode holding those quote ids, so overlapping quotes become adjacent split marks.
 */
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { Block } from '../../../shared/model';
import type { SegmentedBlock } from '../../../shared/text/segments';
import { $setArticleOffset } from './articleOffsets';
import { $createListItemParagraphNode } from './ListItemParagraphNode';

function $createBlock(kind: Block['kind']): ElementNode {
  switch (kind) {
    case 'heading':
      // The article's title is the page's h1 (outside the editor), so body headings start at h2.
      return $createHeadingNode('h2');
    case 'blockquote':
      return $createQuoteNode();
    case 'listItem':
      return $createListItemParagraphNode();
    default:
      return $createParagraphNode();
  }
}

/** The run's text as TextNodes separated by line breaks (a block may hold single newlines). */
function $runNodes(text: string, start: number, end: number): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  let from = start;
  while (from < end) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 || newline >= end ? end : newline;
    if (to > from) nodes.push($setArticleOffset($createTextNode(text.slice(from, to)), from));
    if (to < end) nodes.push($createLineBreakNode());
    from = to + 1;
  }
  return nodes;
}

/** One block of `text` as a block node, with marks for its quoted runs. */
function $createArticleBlock(text: string, block: SegmentedBlock): ElementNode {
  const element = $createBlock(block.kind);
  const inlines: LexicalNode[] = [];
  for (const run of block.runs) {
    const nodes = $runNodes(text, run.start, run.end);
    if (nodes.length === 0) continue;
    if (run.ids.length === 0) {
      inlines.push(...nodes);
    } else {
      const mark = $createMarkNode(run.ids);
      mark.append(...nodes);
      inlines.push(mark);
    }
  }
  element.append(...inlines);
  return element;
}

/** Appends `blocks` of `text` to `parent` as block nodes with marks for quoted runs. */
export function $appendArticle(parent: ElementNode, text: string, blocks: readonly SegmentedBlock[]): void {
  const elements = blocks.map((block) => $createArticleBlock(text, block));
  if (elements.length === 0) elements.push($createParagraphNode());
  parent.append(...elements);
}

/** Replaces the whole document with the article (call inside `editor.update`). */
export function $replaceWithArticle(text: string, blocks: readonly SegmentedBlock[]): void {
  const root = $getRoot();
  root.clear();
  $appendArticle(root, text, blocks);
}

const sameRuns = (a: SegmentedBlock, b: SegmentedBlock) =>
  a.runs.length === b.runs.length &&
  a.runs.every((run, i) => {
    const other = b.runs[i]!;
    return run.start === other.start && run.end === other.end && run.ids.length === other.ids.length && run.ids.every((id, j) => id === other.ids[j]);
  });

/**
 * Which blocks must be rebuilt to go from showing `before` to showing `after` of the same text:
 * their indexes, or null when the blocks themselves differ (another article, another layout) and
 * the whole document must be rebuilt. A new quote changes the runs of one block or two.
 */
export function changedBlocks(before: readonly SegmentedBlock[], after: readonly SegmentedBlock[]): number[] | null {
  if (before.length !== after.length || before.length === 0) return null;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [before[i]!, after[i]!];
    if (a.kind !== b.kind || a.start !== b.start || a.end !== b.end) return null;
    if (a !== b && !sameRuns(a, b)) changed.push(i);
  }
  return changed;
}

/**
 * Brings a document showing `before` of `text` to showing `after` (call inside `editor.update`):
 * only the blocks whose quotes changed are rebuilt, so marking a quote in a long article touches
 * one paragraph instead of rebuilding (and re-laying out) the whole text.
 */
export function $updateArticle(text: string, before: readonly SegmentedBlock[] | null, after: readonly SegmentedBlock[]): void {
  const changed = before ? changedBlocks(before, after) : null;
  const children = changed ? $getRoot().getChildren() : [];
  if (!changed || children.length !== after.length) return $replaceWithArticle(text, after);
  for (const index of changed) children[index]!.replace($createArticleBlock(text, after[index]!));
  // A selection inside a rebuilt block would point at nodes that are gone (the whole rebuild
  // dropped it too); the browser's own selection, which the reader reads, is not touched.
  const selection = $getSelection();
  if ($isRangeSelection(selection) && [selection.anchor, selection.focus].some((point) => !$getNodeByKey(point.key)?.isAttached())) $setSelection(null);
}
