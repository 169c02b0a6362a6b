/**
 * Metadata read from an article's own first lines, for sources that carry no separate metadata
 * (plain text, pasted content, Word files, PDFs): the kicker/section, the headline, a byline
 * ("By Jane Doe") and a dateline ("Published 21 February 2023").
 */
import type { Block } from '../model';
import { guessPlainTextHeadings } from '../text/plainTextBlocks';
import { cleanLine, findDate, splitAuthors } from './metadata';

/** What an article's first lines say about it; `blocks` has the title (and section) marked as headings. */
export interface TextMetadata {
  title: string;
  section: string;
  authors: string[];
  publishedAt: string;
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
  for (const block of out.slice(titleIndex + 1, titleIndex + 5)) {
    const line = text.slice(block.start, block.end);
    if (line.length > 160 || line.includes('\n')) continue;
    for (const part of line.split(/\s+[|·•—–]\s+/)) {
      if (!authors.length && BYLINE.test(part)) {
        // "By Jane Doe, 21 Feb 2023": names are capitalised and hold no digits, so neither date
        // pieces nor a sentence such as "By the end of the day…" pass for a byline.
        const names = splitAuthors([part]).filter((name) => /^\p{Lu}/u.test(name) && !/\d/.test(name));
        if (names.length) {
          authors = names;
          publishedAt ||= findDate(part);
        }
      } else if (!publishedAt && part.length <= 60 && !/[.!?]\s/.test(part)) {
        publishedAt = findDate(part);
      }
    }
  }
  return { title: cleanLine(title), section: cleanLine(section), authors, publishedAt, blocks: out };
}
