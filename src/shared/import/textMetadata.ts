/**
 * Metadata read from an article's own first lines, for sources that carry no separate metadata
 * (plain text, pasted content, Word files, PDFs): the kicker/section, the headline, a byline
 * ("By Jane Doe") and a dateline ("Published 21 February 2023"). A line that holds nothing but a
 * byline or a date moves into the metadata and out of the text, so it is not read (nor suggested
 * from, nor exported) as the story's first paragraph.
 */
import type { Block } from '../model';
import { guessPlainTextHeadings } from '../text/plainTextBlocks';
import { cleanLine, findDate, splitAuthors } from './metadata';

/**
 * What an article's first lines say about it. `text` and `blocks` are the article without its
 * byline and date lines, with the title (and section) marked as headings.
 */
export interface TextMetadata {
  title: string;
  section: string;
  authors: string[];
  publishedAt: string;
  text: string;
  blocks: Block[];
}

const isKicker = (line: string) => line.length > 0 && line.length <= 40 && line.split(/\s+/).length <= 4 && !/[.!?:;,]$/.test(line);
const BYLINE = /^(?:by|von|par|por|door|di)\s+\S/i;

const isHeadline = (line: string) => line.length > 0 && line.length <= 200 && !line.includes('\n') && !/[.!?:;,]$/.test(line);
const isByOrDateLine = (line: string) => line.length <= 160 && (BYLINE.test(line) ? /\s\p{Lu}/u.test(line) : line.length <= 60 && findDate(line) !== '');

/** Title and section when the source already marked headings (HTML, Word, Markdown, PDF font sizes). */
function fromMarkedHeadings(text: string, blocks: Block[]): { title: string; section: string; titleIndex: number } | null {
  const index = blocks.slice(0, 3).findIndex((block) => block.kind === 'heading');
  if (index === -1) return null;
  const line = (i: number) => (blocks[i] ? text.slice(blocks[i].start, blocks[i].end) : '');
  // A short heading right above a longer one is a kicker ("World" over the headline).
  if (blocks[index + 1]?.kind === 'heading' && isKicker(line(index)) && line(index + 1).length > line(index).length && line(index + 1).length <= 300) {
    return { title: line(index + 1), section: line(index), titleIndex: index + 1 };
  }
  const title = line(index);
  if (title.length > 300) return null;
  // A short line right above the headline is its kicker, as in "Policy" above the sample's title.
  const above = index > 0 ? line(index - 1) : '';
  return { title, section: isKicker(above) && !BYLINE.test(above) ? above : '', titleIndex: index };
}

/** Reads title, section, authors and date from the first blocks of `text`. */
export function guessTextMetadata(text: string, blocks: readonly Block[]): TextMetadata {
  let out = blocks.map((block) => ({ ...block }));
  let title: string;
  let section: string;
  let titleIndex: number;
  const marked = fromMarkedHeadings(text, out);
  if (marked) {
    ({ title, section, titleIndex } = marked);
  } else if (out.length >= 2 && isHeadline(text.slice(out[0]!.start, out[0]!.end)) && isByOrDateLine(text.slice(out[1]!.start, out[1]!.end))) {
    // A byline or dateline right below the first line makes that line the headline, however short.
    out[0]!.kind = 'heading';
    title = text.slice(out[0]!.start, out[0]!.end);
    section = '';
    titleIndex = 0;
  } else {
    const guessed = guessPlainTextHeadings(text, out);
    out = guessed.blocks;
    ({ title, section } = guessed);
    titleIndex = section ? 1 : 0;
  }

  // A byline and a dateline sit right under the headline, if anywhere.
  let authors: string[] = [];
  let publishedAt = '';
  const metadataOnly = new Set<number>();
  for (let index = titleIndex + 1; index < Math.min(out.length, titleIndex + 5); index++) {
    const line = text.slice(out[index]!.start, out[index]!.end);
    if (line.length > 160 || line.includes('\n')) continue;
    let onlyMetadata = true;
    for (const part of line.split(/\s+[|·•—–]\s+/)) {
      let names: string[] = [];
      if (!authors.length && BYLINE.test(part)) {
        // "By Jane Doe, 21 Feb 2023": names are capitalised and hold no digits, so neither date
        // pieces nor a sentence such as "By the end of the day…" pass for a byline.
        names = splitAuthors([part]).filter((name) => /^\p{Lu}/u.test(name) && !/\d/.test(name));
        if (names.length) {
          authors = names;
          publishedAt ||= findDate(part);
        }
      } else if (!publishedAt && (isDateOnly(part) || (part.length <= 60 && !/[.!?]\s/.test(part)))) {
        publishedAt = findDate(part);
      }
      if (!(names.length || isDateOnly(part))) onlyMetadata = false;
    }
    if (onlyMetadata) metadataOnly.add(index);
  }
  const kept = withoutBlocks(text, out, metadataOnly);
  return { title: cleanLine(title), section: cleanLine(section), authors, publishedAt, ...kept };
}

/** Words a dateline holds besides the date itself ("Published: Tue 21 Feb 2023, 10:30 a.m. GMT"). */
const DATELINE_WORDS = new Set(
  'published updated posted last modified on at am pm a m p gmt utc bst cet cest est edt et pt pst pdt the of mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(
    ' ',
  ),
);

/** A line that is a date and nothing more, so that dropping it from the text loses no words of the story. */
function isDateOnly(part: string): boolean {
  if (part.length > 60 || findDate(part) === '') return false;
  return (part.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => DATELINE_WORDS.has(word));
}

/** `text` and `blocks` with the blocks at `drop` cut out, each with the blank line after it; later blocks move up. */
function withoutBlocks(text: string, blocks: readonly Block[], drop: ReadonlySet<number>): { text: string; blocks: Block[] } {
  if (drop.size === 0) return { text, blocks: [...blocks] };
  let kept = '';
  let from = 0; // where the next piece of `text` to keep starts
  let lastKeptEnd = 0;
  const out: Block[] = [];
  blocks.forEach((block, index) => {
    if (!drop.has(index)) {
      const start = kept.length + (block.start - from);
      out.push({ ...block, start, end: start + (block.end - block.start) });
      lastKeptEnd = block.end;
      return;
    }
    const next = blocks[index + 1];
    if (next) {
      kept += text.slice(from, block.start);
      from = next.start;
    } else {
      // The last block takes the blank line before it instead, so the text does not end in one.
      kept += text.slice(from, Math.max(from, lastKeptEnd));
      kept = kept.slice(0, out.at(-1)?.end ?? kept.length);
      from = text.length;
    }
  });
  return { text: kept + text.slice(from), blocks: out };
}
