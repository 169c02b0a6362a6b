/**
 * A headline run into the story's first sentence, with a space where its line break was ("Port
 * strike ends after pay deal LISBON (Wire) — Dockers voted …"), as a feed that lost its markup
 * gives it, read as the headline and the paragraph it was. Read as one paragraph, the headline's
 * words become the first sentence's subject ("… pay deal LISBON … said"), and the headline's own
 * quotes lose the headline's reading (headline.ts).
 *
 * Only where no headline stands apart already (the first paragraph, after a kicker such as
 * "Politics", is not one), and only at a mark the story's start cannot be mistaken for: a wire
 * dateline ("LISBON (Wire) —", "PORTO, May 3 (Reuters) -"), or a sentence opening with "The",
 * "A" or "An" right after a headline's word in lower case ("… crisis, MPs find The ministry …").
 */
import type { Block } from '../model';

/** A headline is shorter than this; the story's start is looked for only this far into the paragraph. */
const HEADLINE_LENGTH = 200;
/** A headline has at least this many characters before the story starts. */
const SHORTEST_HEADLINE = 15;

/** A dateline: a place in capitals, perhaps a region or date, perhaps the agency, and a dash. */
const DATELINE = / (?=\p{Lu}{2,}(?:[ /.-]\p{Lu}{2,})*\.?(?:, [^\n()—–-]{1,25}?)? ?(?:\([\p{L} .]{1,20}\) ?)?[-–—] )/gu;
/** A sentence opening with an article right after a word in lower case or a closing mark, with no stop between. */
const ARTICLE_AFTER_HEADLINE = /(?<=(?:^|\s)[\p{Ll}\d][\p{L}\d'’-]*['"’”]?) (?=(?:The|A|An) \p{L})/gu;
/** Words after which a capitalised article belongs to a title or a name ("told The Times", "in The Hague"), not to a new sentence. */
const BEFORE_A_TITLE = new Set(['a', 'about', 'against', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'like', 'of', 'on', 'or', 'said', 'says', 'than', 'the', 'to', 'told', 'tells', 'via', 'with', 'wrote', 'writes']);

/**
 * The blocks with a headline run into the first paragraph set apart as a paragraph of its own; as
 * they were otherwise. `marks: 'dateline'` looks only for a wire dateline, the one mark a display may
 * trust ("… woke to find The Courier …" is a sentence, however rarely, where a dateline never is).
 */
export function headlineApart(text: string, blocks: readonly Block[], { marks = 'any' }: { marks?: 'any' | 'dateline' } = {}): readonly Block[] {
  const at = isKicker(text, blocks[0]) && blocks.length > 1 ? 1 : 0;
  const first = blocks[at];
  if (!first || first.kind !== 'paragraph' || looksLikeHeadline(text.slice(first.start, first.end))) return blocks;
  const cut = storyStart(text, first, marks);
  if (cut === null) return blocks;
  let headlineEnd = cut;
  while (headlineEnd > first.start && /\s/.test(text[headlineEnd - 1]!)) headlineEnd--;
  return [...blocks.slice(0, at), { ...first, end: headlineEnd }, { ...first, start: cut + 1 }, ...blocks.slice(at + 1)];
}

/** Where the story starts in a paragraph that opens with a headline (the space before it), or null. */
function storyStart(text: string, block: Block, marks: 'any' | 'dateline'): number | null {
  const head = text.slice(block.start, Math.min(block.end, block.start + HEADLINE_LENGTH));
  // A headline has a word in lower case: one in capitals throughout is read no further.
  const found = firstMatch(head, DATELINE) ?? (marks === 'any' ? firstArticle(head) : null);
  if (found === null || found < SHORTEST_HEADLINE || !/\p{Ll}/u.test(head.slice(0, found))) return null;
  // A headline is no sentence: a word's full stop before the cut ends one ("… in 2021. The ministry …"); "U.S." does not.
  if (/\p{Ll}{2,}[.!?…]['"’”]?\s/u.test(head.slice(0, found))) return null;
  return block.start + found;
}

function firstMatch(head: string, pattern: RegExp): number | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(head);
  return m ? m.index : null;
}

function firstArticle(head: string): number | null {
  for (const m of head.matchAll(ARTICLE_AFTER_HEADLINE)) {
    const before = /(\S+)$/.exec(head.slice(0, m.index))![1]!.replace(/['"’”]$/, '').toLowerCase();
    if (!BEFORE_A_TITLE.has(before)) return m.index;
  }
  return null;
}

function isKicker(text: string, block: Block | undefined): boolean {
  if (!block) return false;
  const s = text.slice(block.start, block.end);
  return s.length <= 40 && s.split(/\s+/).length <= 4 && !/[.!?:;,]$/.test(s) && !s.includes('\n');
}

/** As guessPlainTextHeadings reads one: short, on one line, not ending a sentence. */
function looksLikeHeadline(s: string): boolean {
  return s.length <= HEADLINE_LENGTH && !s.includes('\n') && !/[.!?:;,]$/.test(s);
}
