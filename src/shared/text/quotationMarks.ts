/**
 * Which characters of a paragraph stand inside quotation marks. A quote marked by hand is direct
 * when its words are the speaker's own, and the article says so with quotation marks; words outside
 * them are the reporter's account of what was said (reported speech).
 */

/** What closes a double-mark quotation opened by each mark (German „…“, Swiss and Danish »…«). */
const DOUBLE_CLOSERS: Record<string, readonly string[]> = {
  '“': ['”'],
  '„': ['“', '”'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '›': ['‹'],
  '「': ['」'],
  '『': ['』'],
  '〝': ['〞', '〟'],
  '"': ['"'],
  '＂': ['＂'],
};

const SINGLE: readonly string[] = ['’', "'"];

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * For each position of `text`, true when it lies inside quotation marks (the marks themselves
 * included). Paragraph breaks end an open quotation: news opens a new mark on the next paragraph
 * when a quote goes on. Single marks count only where they cannot be an apostrophe: ‘ or ' after
 * a space and before a letter opens, and ’ or ' not before a letter closes (British
 * news quotes with single marks; "don't" and "the Smiths' house" stay outside).
 */
export function insideQuotationMarks(text: string, from = 0, to = text.length): boolean[] {
  const inside: boolean[] = new Array<boolean>(to - from).fill(false);
  let closers: readonly string[] | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      closers = null;
      continue;
    }
    if (closers) {
      inside[i - from] = true;
      const closes = closers === SINGLE ? (ch === '’' || ch === "'") && !isWord(text[i + 1]) : closers.includes(ch);
      if (closes) closers = null;
      continue;
    }
    const opensDouble = DOUBLE_CLOSERS[ch];
    const opensSingle = (ch === '‘' || ch === "'") && !isWord(text[i - 1]) && isWord(text[i + 1]);
    if (opensDouble) closers = opensDouble;
    else if (opensSingle) closers = SINGLE;
    if (closers) inside[i - from] = true;
  }
  return inside;
}

/**
 * The kind a quote marked by hand starts as: direct when most of its letters stand inside
 * quotation marks, reported speech (indirect) otherwise. The analyst can always change it.
 */
export function defaultQuoteKind(text: string, start: number, end: number): 'direct' | 'indirect' {
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const inside = insideQuotationMarks(text, paragraphStart, end);
  let letters = 0;
  let quoted = 0;
  for (let i = start; i < end; i++) {
    if (!isWord(text[i])) continue;
    letters++;
    if (inside[i - paragraphStart]) quoted++;
  }
  return letters > 0 && quoted * 2 >= letters ? 'direct' : 'indirect';
}
