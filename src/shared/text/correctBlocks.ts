/**
 * Correcting an article's text by hand, block by block: the analyst fixes a typo in a paragraph or
 * removes a junk one (a byline, an advertisement, a "Read more" line). The new text is rebuilt
 * from the blocks with the separators the article had between them, so every block keeps its kind
 * (heading, quote, list item) and the text outside the edited blocks stays exactly as it was,
 * which lets the quotes there be found again unchanged.
 */
import type { Block } from '../model';
import { plainTextBlocks } from './plainTextBlocks';

/** One block as the analyst edits it. */
export interface EditableBlock {
  kind: Block['kind'];
  text: string;
}

/** The article's blocks with their words, in order (a text without blocks is read as paragraphs). */
export function editableBlocks(text: string, blocks: readonly Block[]): EditableBlock[] {
  const ranges = blocks.length ? blocks : plainTextBlocks(text);
  return ranges.map((block) => ({ kind: block.kind, text: text.slice(block.start, block.end) }));
}

/**
 * The text and blocks after the analyst's corrections. `edited[i]` is the new words of block `i`
 * (null: removed). A block left empty is removed too. Between two kept blocks goes the separator
 * that followed the first of them in the old text (a blank line where none is known).
 */
export function applyBlockEdits(text: string, blocks: readonly Block[], edited: readonly (string | null)[]): { text: string; blocks: Block[] } {
  const ranges = blocks.length ? blocks : plainTextBlocks(text);
  if (edited.length !== ranges.length) throw new Error(`Expected ${ranges.length} blocks, got ${edited.length}.`);
  const leading = ranges.length ? text.slice(0, ranges[0]!.start) : '';
  let out = leading;
  const next: Block[] = [];
  let separator = '';
  ranges.forEach((block, i) => {
    const words = edited[i]?.replace(/\r\n?/g, '\n').trim() ?? '';
    const after = i + 1 < ranges.length ? text.slice(block.end, ranges[i + 1]!.start) : '';
    if (!words) return;
    if (next.length) out += separator || '\n\n';
    const start = out.length;
    out += words;
    // Extra fields a block carries (a heading's level, a list's number) stay with it.
    next.push({ ...block, start, end: out.length });
    separator = after;
  });
  return { text: out, blocks: next };
}
