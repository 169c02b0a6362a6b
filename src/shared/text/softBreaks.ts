import type { Block } from '../model';

/**
 * The text with every line break inside a block read as a space: a hard-wrapped paragraph
 * ("said Ada\nRoe, the …") reads as one line, so a name or a cue broken over two lines is still
 * found. The length is unchanged, so every offset into the result is an offset into `text`.
 */
export function softBreaksAsSpaces(text: string, blocks: readonly Block[]): string {
  let out = '';
  let cursor = 0;
  for (const block of blocks) {
    if (block.start < cursor) continue;
    out += text.slice(cursor, block.start) + text.slice(block.start, block.end).replace(/[\r\n]/g, ' ');
    cursor = block.end;
  }
  return out + text.slice(cursor);
}
