/**
 * The lines a news web page puts between the paragraphs of a story that are not the story:
 * "Advertisement", "Related: …" and "Read more: …" links, newsletter and app prompts, share buttons,
 * the wire's "(Reporting by …; Editing by …)", "… contributed to this report", copyright lines and
 * photo captions that end in their credit. Copied with the story, they break its thread: a
 * quote-only paragraph after "Advertisement" no longer continues the previous paragraph's speaker,
 * a caption's sign reads as a quote and its photographer as a speaker.
 *
 * Each block is judged on its own, and only an explicit, unambiguous wording marks it: no shape
 * (a line in capitals, a short line, a line before a credit, a list under a header) is enough,
 * since a briefing's one-line items, a kicker, a dateline or a one-line quote look just like that.
 * Missing some furniture costs little; cutting a story line costs its quotes. Furniture after the
 * story's last paragraph is left where it is (it breaks no thread). The suggester reads the article
 * without the cut blocks and maps what it finds back to the article's offsets.
 */
import type { Block } from '../model';

// Words in a line, roughly.
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// "Advertisement", "SKIP ADVERTISEMENT", "Story continues below advertisement", "Continue reading the main story".
const AD =
  /^(?:(?:skip\s+)?advertisement(?:\s*[·•|:-]\s*scroll to continue)?|advert|(?:video )?ad(?:vertisement)? feedback|(?:the )?(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:ad|advert|advertisement))?|continue reading(?: (?:the|this) (?:main )?(?:story|article)| below)|scroll (?:down )?to continue(?: (?:reading|with content))|sponsored content|paid (?:content|post|partner content))\.?$/i;

// A header of links: "Related stories", "Most read", "Read more". (Not "More", "Latest", "Top stories" or
// "In other news": a briefing's own section labels read so.)
const LIST_HEADER =
  /^(?:related(?: (?:stor(?:y|ies)|articles?|coverage|content|links))?|read more|see also|also read|read also|most (?:read|popular|viewed|shared)(?: (?:stories|articles))?|explore more on (?:these|this) topics?|you (?:may|might) (?:also )?(?:like|be interested in)|recommended for you)\s*:?$/i;

// A link: "Related: <headline>", "Read more: <headline>", the rest a headline (no full stop, no one saying anything).
const LINK = /^(?:related(?: (?:story|article|coverage|content))?|read more|read also|also read|see also|more on this(?: story)?)\s*(?:[:|›»>]|\s[-–—]\s)\s*(\S.*)$/i;

// Share buttons and app prompts, the whole line.
const SOCIAL = '(?:x|twitter|facebook|instagram|threads|bluesky|tiktok|linkedin|youtube|whatsapp|telegram|reddit|pinterest|flipboard|email|e-mail|messenger)';
const SHARE = new RegExp(
  `^(?:share (?:this|the|full) (?:article|story|page|post)|share (?:on|via|to) ${SOCIAL}|tweet this|email this(?: (?:article|story))?|print this (?:article|page|story)|copy (?:the )?link|link copied!?|save (?:this )?(?:article|story)|gift (?:this )?(?:article|story)|\\d+ comments|view comments|jump to comments|follow us on ${SOCIAL}(?:(?:,| and) ${SOCIAL})*|(?:click|tap) here (?:to|for) [^!?]{1,80}|(?:download|get) (?:the|our) [^.!?]{1,40} app(?: for [^.!?]{1,40})?|listen to (?:this|the) (?:article|story)(?:\\s*[·•|(-]\\s*\\d[\\d:]*\\s*min(?:ute)?s?\\)?)?|listen\\s*[·•|(-]\\s*\\d[\\d:]*\\s*min(?:ute)?s?\\)?|\\d+ min(?:ute)? read|skip to (?:main )?content|back to top|image \\d+ of \\d+|purchase licensing rights|reuse this content|view image in fullscreen|open image in gallery|enlarge this image|(?:toggle|hide|show) caption|play video|thank you for (?:signing up|subscribing)!?|supported by|image source, [^.!?]{1,50})\\.?$`,
  'iu',
);

// "Sign up for our Morning Briefing newsletter", "Get the latest headlines delivered to your inbox".
const PROMPT =
  /^(?:newsletter\s*:|(?:sign up|subscribe|get (?:the|our)|never miss|stay (?:informed|up to date)|already a subscriber|enter your email|join our|support (?:our|independent) journalism|create a free account|log in)\b)/i;
const PROMPT_WORDS = /\b(?:newsletters?|inbox|subscri(?:ber|ption)s?|email alerts|free trial|app|to continue reading)\b/i;
// A prompt speaks to the reader: "our newsletter", "your inbox", "free", "here", "Already a subscriber?".
const PROMPT_TO_READER = /\b(?:our|your|free|here|today|now|sign up)\b|\?|continue reading/i;
// "Sign up here." after a prompt on the same line; "Read the full story here."
const PROMPT_END = /(?:^|[.!?]\s+)(?:sign up (?:here|now|today|for free)|subscribe (?:here|now|today)|read the full (?:story|report|article) here)[.!]?$/i;

// The wire's "(Reporting by …; Editing by …)", "Reporting by …; Editing by …", "Editing by NAME". Names
// must be capitalised, so these patterns are case-sensitive but for a word's first letter.
const BYLINE =
  /^(?:\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\b[^()]*\)|(?:[Aa]dditional )?[Rr]eporting by\b[^.!?]*;[^!?]*\b[Ee]diting by\b[^!?]*|[Ee]dit(?:ed|ing) by (?:\p{Lu}[\p{L}.'’-]*(?![\p{L}.'’-])(?:,? and |, | )?){1,6}\.?)$/u;
// "… contributed to this report.", "Press agency writers NAME and NAME contributed.", "With files from OUTLET".
const CONTRIBUTED =
  /\bcontributed (?:to|for) this (?:report|story|article)\.$|^(?:[Tt]he )?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}(?:staff )?(?:writers?|reporters?|correspondents?|journalists?)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|and|in|from),?\s+){2,14}contributed(?: reporting)?\.$|^[Ww]ith files from (?:[Tt]he )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,4}\.?$|^[—–]\s*(?:[Ss]taff and agencies|[Aa]gencies)$/u;
const UPDATED =
  /^[Tt]his (?:story|article) (?:has been|was) (?:updated|corrected|amended)\b[^!?]{0,120}$|^[Tt]his (?:story|article) (?:was )?originally (?:appeared|published) (?:in|by|on)(?: (?:\p{Lu}[\p{L}&.'’-]*|of|the|and|for)(?![\p{L}&.'’-]))+\.?$|\bis solely responsible for all content\.$/u;
// "Contact reporter … at name@example.com", "Follow …'s coverage at https://…", "Have a news tip? Email us at …".
const CONTACT = /^(?:contact (?:the )?(?:reporter|writer|author|us)\b|follow [^.!?]{1,60}coverage\b|have a (?:news )?tip\?|email us\b|\S+(?: \S+){0,4} can be reached\b)[^!?]{0,100}\s(?:at|on|via)\s+(?:[\w.+-]+@[\w-]+\.\w+|https?:\/\/\S+|www\.\S+|@\w{2,})/i;
// "Updated 4:12 PM EDT, Tue May 6, 2025": a stamp with a date, no clause.
const STAMP = /^(?:updated|published|posted|last updated|first published)(?: on| at)?\s*:?\s/i;
const STAMP_WORD = /^(?:\d[\d:.,/-]*(?:am|pm|a\.m\.|p\.m\.)?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|(?:et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|bst|utc|cet|cest),?|on|at|am|pm|a\.m\.|p\.m\.|·|\||-|—|–)$/iu;
const DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d{2}\b/i;
// "Copyright 2031 Velmar Evening Post. All rights reserved.", "© 2031 Harbour Media Ltd": the holder's name in
// capitals or "all rights reserved", not a clause.
const COPYRIGHT = /^(?:©\s*(?:\d{4}|copyright)|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?)/i;
const COPYRIGHT_HOLDER = /^(?:[\s,.]*(?:\p{Lu}[\p{L}&'’-]*|&|of|the|and|for|\d{4})(?![\p{L}\d]))+[\s,.]*$/u;
const STANDARDS = /^our standards: the [\p{L} ]{1,40} trust principles\.?$/iu;

// A photo credit: "(AP Photo/…)", "Photo: NAME/AGENCY", "… via AGENCY", "Credit: …", an agency and a slash.
// The agencies are written in lower case; each is matched as written, capitalised or in capitals. The
// names around them must be capitalised, so these patterns are case-sensitive.
const AGENCIES = ['ap', 'afp', 'epa', 'epa-efe', 'reuters', 'getty images', 'getty', 'bloomberg', 'pa', 'pa wire', 'pa media', 'aap', 'xinhua', 'kyodo', 'yonhap', 'anadolu', 'anp', 'dpa', 'sipa', 'sipa usa', 'shutterstock', 'alamy', 'nurphoto', 'zuma press', 'zuma', 'upi', 'tass'];
const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const cases = (a: string) => {
  const ws = a.split(' ');
  return [a, ws.map(title).join(' '), a.toUpperCase(), [ws[0]!.toUpperCase(), ...ws.slice(1).map(title)].join(' ')];
};
const AGENCY = `(?:${[...new Set(AGENCIES.flatMap(cases))].sort((a, b) => b.length - a.length).join('|')})`;
const PICTURE_AGENCY = `(?:${cases('getty images').join('|')})`;
// A capitalised name ("Oskar Lind"), and the capitalised words of a credit ("Oskar Lind for The Harbour Daily").
const NAME = `\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}`;
const CREDITED = `(?:\\p{Lu}[\\p{L}.'’&-]*|${AGENCY})(?![\\p{L}.'’&-])(?:(?:\\s*\\/\\s*| )(?:\\p{Lu}[\\p{L}.'’&-]*|of|for|via|the|and)(?![\\p{L}.'’&-])){0,8}(?:, [Ff]ile)?`;
const PHOTO_WORD = '(?:[Pp]hoto(?:graph)?s?|PHOTO(?:GRAPH)?S?|[Ii]mages?|IMAGES?|[Pp]ictures?|PICTURES?|[Cc]redits?|CREDITS?)';
const CREDIT = [
  // "(AP Photo/Name)", "(AP Photo/Name, File)"
  `\\(?(?:${AGENCY} )?(?:[Pp]hoto|PHOTO)\\s*\\/\\s*${CREDITED}\\)?`,
  // "Photo: Name/Outlet", "Photograph: PA", "Credit...Name for Outlet", "(Photo: Name/Outlet)"
  `\\(?${PHOTO_WORD}\\s*(?::|\\.{3}|…)\\s*${CREDITED}\\)?`,
  // "(Photo by NAME/AGENCY via AGENCY)"
  `\\(?[Pp]hoto by ${CREDITED}\\)?`,
  // The picture agency alone, "NAME/picture agency", "NAME/AGENCY via picture agency"
  `(?:${NAME}\\s?\\/\\s?)?(?:${AGENCY} via )?${PICTURE_AGENCY}`,
  // "(NAME/The Harbour Courier via AGENCY)"
  `\\(?${NAME}\\s?\\/\\s?${CREDITED} via ${AGENCY}\\)?`,
  // "NAME/AGENCY", "AGENCY/NAME"
  `${NAME}\\s?\\/\\s?${AGENCY}`,
  `${AGENCY}\\s?\\/\\s?${NAME}`,
].join('|');
// A credit alone on its line.
const CREDIT_LINE = new RegExp(`^(?:${CREDIT})\\.?$`, 'u');
// A caption that ends in its credit: "Residents queue for water on Wednesday. (AP Photo/…)".
const CREDIT_END = new RegExp(`[.!?”"’)]\\s+(?:${CREDIT})\\.?$`, 'u');
// Every credit above holds a slash or one of these words: a line with none of them needs no closer look
// (the credit patterns are tried at each full stop of a story's paragraph; skipping them took this file's
// own share of a profile of the suggester from 4.9 to 2.1 per cent).
const MAY_HOLD_CREDIT = /\/|photo|image|picture|credit|getty/i;
// "Image caption, …" (BBC) before the caption on the same line.
const CAPTION_MARK = /^(?:image|media) caption,?(?:\s+\S|$)/i;
// A caption reports no speech.
const REPORTED = /\b(?:said|says|say|told|tells|according to|asked|added|announced|stated|warned|insisted|argued|noted|wrote|declared|explained|claimed|acknowledged|urged)\b/i;

/** The most characters a block of page furniture runs to. */
const MAX_FURNITURE_CHARS = 600;
// A run of 121 characters without a space: no word, link or address of a furniture line.
const LONG_WORD = /\S{121}/;

/** True for a line of page furniture by its own wording, whatever stands around it. */
export function isBoilerplateLine(line: string): boolean {
  const s = line.trim();
  // Furniture is short, in words of ordinary length: anything else is the story's, found in one look.
  if (!s || s.length > MAX_FURNITURE_CHARS || LONG_WORD.test(s)) return false;
  // A block of several lines is furniture when each of its lines is.
  if (s.includes('\n')) return s.split('\n').filter((l) => l.trim()).every((l) => !l.includes('\n') && isBoilerplateLine(l));
  const n = words(s);
  if (n <= 12 && (AD.test(s) || LIST_HEADER.test(s) || SHARE.test(s))) return true;
  const link = n <= 30 ? LINK.exec(s) : null;
  if (link && isHeadline(link[1]!)) return true;
  if (n <= 30 && PROMPT.test(s) && PROMPT_WORDS.test(s) && PROMPT_TO_READER.test(s) && !REPORTED.test(s)) return true;
  if (n <= 40 && PROMPT_END.test(s) && !REPORTED.test(s)) return true;
  if (n <= 40 && (BYLINE.test(s) || CONTRIBUTED.test(s) || UPDATED.test(s))) return true;
  if (n <= 30 && CONTACT.test(s) && !REPORTED.test(s)) return true;
  const stamp = n <= 14 ? STAMP.exec(s) : null;
  if (stamp && DATE.test(s) && s.slice(stamp[0].length).split(/\s+/).every((w) => STAMP_WORD.test(w))) return true;
  const copyright = n <= 40 ? COPYRIGHT.exec(s) : null;
  if (copyright && (/\ball rights reserved\b/i.test(s) || COPYRIGHT_HOLDER.test(s.slice(copyright[0].length)))) return true;
  if (STANDARDS.test(s)) return true;
  const credit = MAY_HOLD_CREDIT.test(s);
  if (credit && n <= 14 && CREDIT_LINE.test(s)) return true;
  if (n <= 60 && CAPTION_MARK.test(s) && !REPORTED.test(s)) return true;
  if (credit && n <= 60 && CREDIT_END.test(s) && !REPORTED.test(s)) return true;
  return false;
}

/** The rest of a "Related: …" link reads as a headline: capitalised, short, no full stop at its end, no one saying anything. */
function isHeadline(rest: string): boolean {
  const s = rest.trim();
  return /^[\p{Lu}\d"“‘']/u.test(s) && words(s) <= 20 && !/\.$/.test(s) && !REPORTED.test(s);
}

/**
 * The blocks of an article that are page furniture, by index: each recognised by its own wording,
 * and only with a block of the story after it (furniture at the end is left).
 */
export function boilerplateBlocks(text: string, blocks: readonly Block[]): Set<number> {
  const drop = new Set<number>();
  let pending: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (isBoilerplateLine(text.slice(blocks[i]!.start, blocks[i]!.end))) pending.push(i);
    else {
      for (const j of pending) drop.add(j);
      pending = [];
    }
  }
  return drop;
}

/** The article without some of its blocks, and the way back to the article's offsets. */
export interface Reduced {
  text: string;
  blocks: Block[];
  /** The article offset of an offset in the reduced text. */
  toOriginal: (offset: number) => number;
}

/** Cuts blocks out of an article with the space after each (before it for the last), keeping the rest's offsets recoverable. */
export function withoutBlocks(text: string, blocks: readonly Block[], drop: ReadonlySet<number>): Reduced {
  // The next and previous kept block of each block, in one pass each way.
  const nextKept: (Block | undefined)[] = [];
  for (let i = blocks.length - 1, next: Block | undefined; i >= 0; i--) {
    nextKept[i] = next;
    if (!drop.has(i)) next = blocks[i];
  }
  const cuts: [number, number][] = [];
  let prev: Block | undefined;
  blocks.forEach((b, i) => {
    if (!drop.has(i)) {
      prev = b;
      return;
    }
    const next = nextKept[i];
    if (next) cuts.push([b.start, next.start]);
    else cuts.push([prev ? prev.end : b.start, b.end]);
  });
  // Merge overlapping cuts (a run of dropped blocks) into one.
  cuts.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const c of cuts) {
    const last = merged[merged.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else merged.push([c[0], c[1]]);
  }
  // Kept stretches of the article: reduced offset `from` onwards is article offset + `shift`.
  const segments: { from: number; shift: number }[] = [{ from: 0, shift: 0 }];
  let out = '';
  let cursor = 0;
  let removed = 0;
  for (const [a, b] of merged) {
    out += text.slice(cursor, a);
    removed += b - a;
    cursor = b;
    segments.push({ from: out.length, shift: removed });
  }
  out += text.slice(cursor);
  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.from <= offset) lo = mid;
      else hi = mid - 1;
    }
    return offset + segments[lo]!.shift;
  };
  // Blocks come in order, so one pointer over the cuts shifts them all.
  let c = 0;
  let shift = 0;
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    while (c < merged.length && merged[c]![1] <= b.start) shift += merged[c]![1] - merged[c++]![0];
    if (!drop.has(i)) kept.push({ ...b, start: b.start - shift, end: b.end - shift });
  });
  return { text: out, blocks: kept, toOriginal };
}
