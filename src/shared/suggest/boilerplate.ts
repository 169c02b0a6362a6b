/**
 * The lines a news web page puts between the paragraphs of a story that are not the story: "Advertisement",
 * a photo caption and its credit, "Related: …" and "Read more: …" links, newsletter and app prompts,
 * share buttons, the wire's "(Reporting by …; Editing by …)", "… contributed to this report",
 * copyright lines, "Most read" lists and separators. Copied with the story, they break its thread: a
 * quote-only paragraph after "Advertisement" no longer continues the previous paragraph's speaker, a
 * caption's sign reads as a quote and its photographer as a speaker, a short line as a headline.
 *
 * They are recognised by shape (each test below reads one line, or a caption next to its credit) and
 * read around: the suggester reads the article without them, as if they were not there, and maps what
 * it finds back to the article's offsets. A short story paragraph ("He declined to comment.", a
 * one-line quote) matches none of these shapes and stays.
 */
import type { Block } from '../model';

// Words in a line, roughly.
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

// "Advertisement", "SKIP ADVERTISEMENT", "Story continues below advertisement", "Continue reading the main story".
const AD =
  /^(?:(?:skip\s+)?advertisement(?:\s*[·•|:-]\s*.*)?|ad|advert|advertising|(?:video )?ad(?:vertisement)? feedback|(?:the )?(?:story|article|content) continues (?:below|after)(?: (?:this |the )?(?:ad|advert|advertisement))?|continue reading(?: (?:the|this) (?:main )?(?:story|article)| below)?|article content|scroll (?:down )?to continue(?: (?:reading|with content))?|sponsored(?: content| links?)?|paid (?:content|post|partner content)|promoted(?: stories| content)?)\.?$/i;

// A header of links or a list: "Related", "Most read", "More from Politics", "Top stories".
const LIST_HEADER =
  /^(?:related(?: (?:stor(?:y|ies)|articles?|videos?|coverage|content|topics|links?|news|reading))?|most viewed|(?:read|see|watch|view) more|see also|also (?:read|see|watch)|read also|more|explore more on (?:these|this) topics?|more (?:stories|news|coverage|headlines)|more (?:from|on|in|about) [^.!?]{1,40}|most (?:read|popular|viewed|shared|watched)(?: (?:stories|articles|now|today))?|top (?:stories|news|headlines)|trending(?: now| stories| news)?|recommended(?: for you| stories| reading)?|editor'?s? picks?|you (?:may|might) (?:also )?(?:like|be interested in)|what to read next|read next|up next|latest (?:news|stories|headlines)|in other news|don'?t miss|further reading|popular now|around the web|elsewhere on [^.!?]{1,30})\s*:?$/i;

// A link or teaser: "Related: <headline>", "Read more: …", "Watch: …", "Video: …", "Listen: …".
const LINK =
  /^(?:related(?: (?:story|article|coverage|content|reading))?|read(?: more| also| next)?|also read|more|see also|more on this(?: story)?|watch(?: now)?|video|listen|podcast|explainer|analysis|opinion|live(?: updates)?|latest|recommended|gallery|photos|in pictures|quiz)\s*(?:[:|›»>]|\s[-–—]\s)\s*\S/i;

// Share buttons and social or app prompts.
const SHARE =
  /^(?:share(?: (?:this|the) (?:article|story|page|post))?(?: (?:on|via|to|with) [\p{L} ]{1,30})?|share (?:on|via) [\p{L} ]{1,30}|share (?:full|this|the) (?:article|story|page|post)|tweet(?: this)?|email(?: this)?|print(?: this (?:article|page))?|copy(?: (?:the )?link)?|link copied!?|save(?: (?:this )?(?:article|story))?|gift (?:this )?(?:article|story)|comments?(?: \(\d+\))?|view comments|jump to comments|\d+ comments?|follow (?:us )?on [^.!?]{2,60}|follow [\p{Lu}][^.!?]{1,40} on (?:x|twitter|facebook|instagram|threads|bluesky|tiktok|linkedin|youtube)[^.!?]{0,40}|like us on facebook|(?:click|tap) here\b[^!?]{0,80}|(?:download|get) (?:the|our) [^.!?]{1,40} app[^!?]{0,60}|listen to (?:this|the) (?:article|story)[^.!?]{0,30}|listen(?: now)?\s*[·•|(-]\s*\d[\d:]*\s*min(?:ute)?s?\)?|\d+ min(?:ute)?s? read|listen \(\d+ min(?:ute)?s?\)|supported by|skip to (?:main )?content|back to top|(?:image|photo|slide) \d+ of \d+|\d+\s*(?:\/|of)\s*\d+|(?:photo|image|video) gallery|listen to (?:this )?(?:article|story)|purchase licensing rights|suggested topics:?|add topic|email the (?:author|reporter)|[^.!?]{0,60}, opens (?:in )?(?:a )?new (?:tab|window)|opens? in (?:a )?new (?:tab|window)|view (?:image|photo) in fullscreen|open (?:image in )?gallery|enlarge (?:this )?(?:image|photo)|(?:toggle|hide|show) caption|reuse this content|loading(?:\.{3}|…)?|play(?: video| audio)?|watch(?: video| live)?|thank you for (?:signing up|subscribing)!?|image caption,?|media caption,?|image source,?[^.!?]{0,60})\.?$/iu;

// "Sign up for our Morning Briefing newsletter", "Get the latest headlines delivered to your inbox".
const PROMPT =
  /^(?:newsletters?\s*[:|-]|(?:sign up|subscribe|get (?:the|our|breaking|the latest)|join (?:us|our|the conversation|\d)|never miss|stay (?:informed|up to date|in the know)|want (?:more|to (?:read|get|receive|know))|already (?:a subscriber|subscribed)|enter your email|receive (?:our|the latest|daily|breaking|free)|unlock|start your (?:free )?(?:trial|subscription)|try (?:\S+ ){0,3}(?:for )?free|support (?:our|us|independent|quality|local)|become a (?:member|subscriber)|create a free account|log in|register (?:now|for free|to))\b)/i;
const PROMPT_WORDS = /\b(?:newsletters?|(?:sent|delivered) (?:direct(?:ly)? |straight )?to (?:you|your)|inbox|subscri(?:be|bers?|ption)|sign(?:ing)? up|email alerts?|alerts|headlines|briefing|app|free trial|access|account|log in|journalism|digest)\b/i;

// The wire's "(Reporting by …; Editing by …)", "Additional reporting by …", "… contributed to this report."
const BYLINE =
  /^(?:\((?:additional )?(?:reporting|writing|editing|compiled|research(?:ing)?|graphics|production|translation|fact-checking)(?: and [a-z]+)? by\b[^()]*\)|(?:additional )?(?:reporting|writing) by\b[^.!?]*(?:;|\bediting by\b)[^!?]*|(?:edited|compiled|written|reported|editing|writing|reporting) by (?:\p{Lu}[\p{L}.'-]*(?:,? and |, | )?){1,6}\.?)$/iu;
const CONTRIBUTED = /\b(?:writers?|reporters?|correspondents?)\b[^.!?]{0,120}\bcontributed\.?$|^with files from [^.!?]{2,60}\.?$|^[—–]\s*(?:staff and agencies|agencies|[^.!?\s]+(?: [^.!?\s]+){0,4})$|\bcan be reached at [^!?]{3,80}$|\bcontributed (?:to|for) this (?:report|story|article)\.?$|\bcontributed reporting(?: from [^.!?]{2,40})?\.?$/i;
const UPDATED =
  /^this (?:story|article|report|post|piece) (?:has been|was|is being|will be) (?:updated|corrected|amended|changed)\b[^!?]{0,120}$|^this (?:story|article|report|piece|post) (?:was |is )?(?:originally |first )?(?:appeared|published|produced|republished|reprinted|distributed)\b[^!?]{0,120}$|\bsolely responsible for all content\.?$/i;
// "Sign up here.", "… our Morning Bid newsletter. Sign up here.", "Read the full story here."
const PROMPT_END = /(?:^|[.!?]\s+)(?:sign up (?:here|now|today|for free)|subscribe (?:here|now|today)|read (?:the|our) (?:full|latest|live) [^.!?]{0,40})[.!]?$/i;
// A line to write to: an e-mail address, a web address or a handle (each word tried from its start).
const ADDRESS_WORD = /^(?:[\w.+-]+@[\w-]+\.\w|https?:\/\/\S|www\.\S|@\w{2,})/;
const hasAddress = (s: string) => s.split(/\s+/).some((w) => ADDRESS_WORD.test(w.replace(/^[(<[“"]+/, '')));
// "2:15 p.m. ET", "02:34": a time or a video's length alone.
const TIME = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?$/iu;
// "Updated 4:12 PM EDT, Tue May 6, 2025": a time stamp, no clause.
const STAMP = /^(?:updated|published|posted|last updated|first published|modified)(?: on| at)?\s*:?\s/i;
const STAMP_WORD = /^(?:\d[\d:.,/-]*(?:am|pm|a\.m\.|p\.m\.)?,?|\p{Lu}[\p{L}.]*,?|on|at|am|pm|a\.m\.|p\.m\.|ago|mins?|minutes?|hours?|hrs?|days?|·|\||-|—|–)$/u;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\.?$|^our standards:/i;
// "___", "* * *", "—": no letters or digits at all.
const SEPARATOR = /^[^\p{L}\p{N}"“”«»„]{1,40}$/u;

// A photo credit on a line of its own: "(AP Photo/…)", "Photo: …/Getty Images", "Credit: …", an agency in capitals before a slash.
const AGENCY = '(?:AP|AFP|EPA|EPA-EFE|R(?:euters|EUTERS)|Getty Images|Getty|Bloomberg|PA|PA Wire|PA Media|Xinhua|Kyodo|Yonhap|Anadolu|ANP|DPA|dpa|SIPA|Shutterstock|Alamy|NurPhoto|Sipa USA|Zuma Press|ZUMA|UPI|TASS|Sputnik)';
// "Jim Watson/AFP via Getty Images", "Oskar Lind/Harbour Daily": capitalised names either side of a slash.
const NAME_SLASH_OUTLET = `\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}\\s?\\/\\s?\\p{Lu}[\\p{L}&.'-]*(?: (?:[\\p{Lu}&][\\p{L}&.'-]*|of|the|via|for)){0,5}`;
const CREDIT_BODY = [
  `\\(?${AGENCY}?\\s*(?:Photo|Photograph|Image|Picture|Pic|Illustration)s?(?: by)?\\s*[/:]\\s*[^()\\n]{2,90}\\)?`,
  `\\(?(?:Photo|Photograph|Image|Picture)s? by [^()\\n]{2,90}\\)?`,
  `(?:Photo |Image |Picture )?Credits?\\s*(?::|\\.{2,}|…)\\s*[^\\n]{2,90}`,
  `[(\\[](?!\\d)[^()[\\]/\\n]{2,50}\\/(?!\\d)[^()[\\]/\\n]{2,60}[)\\]]`,
  NAME_SLASH_OUTLET,
  `(?:(?:Photo|Image|Picture) )?courtesy(?: of)? [^.!?\\n]{2,60}`,
  `${AGENCY}\\s*\\/\\s*[\\p{L}.' -]{2,50}`,
  `(?:${AGENCY})(?: via [\\p{L}.' -]{2,40})?`,
].join('|');
const CREDIT_LINE = new RegExp(`^(?:${CREDIT_BODY})\\.?$`, 'u');
// A caption ending in its credit: "Residents queue for water on Wednesday. (AP Photo/…)".
const CREDIT_END = new RegExp(
  `(?:[.!?”"’)]\\s+|[.!?]\\s*)(?:\\(?${AGENCY}?\\s*(?:Photo|Photograph|Image|Picture)s?(?: by)?\\s*[/:]\\s*[^()\\n]{2,90}\\)?|(?:Photograph|Photo|Image|Picture|Credit)s?\\s*(?::|\\.{2,}|…)\\s*[^.!?\\n]{2,90}|[(\\[](?!\\d)[^()[\\]/\\n]{2,50}\\/(?!\\d)[^()[\\]/\\n]{2,60}[)\\]]|${AGENCY}\\s*\\/\\s*[\\p{L}.' -]{2,50}|\\((?:Photo by )?[^()\\n]{2,60} (?:for|via) [^()\\n]{2,50}\\)|${NAME_SLASH_OUTLET}|${AGENCY}(?: via [\\p{L}.' -]{2,40})?)\\s*$`,
  'u',
);
// "Image caption, …" (BBC) before the caption on the same line.
const CAPTION_MARK = /^(?:(?:image|media|photo|video) caption,?\s+\S|FILE\s*[-–—]\s+\S)/i;
// The buttons between a caption and its credit (a button alone says nothing of the line before it).
const CAPTION_BUTTON = /^(?:(?:toggle|hide|show) caption|enlarge (?:this )?(?:image|photo))$/i;
// A story's first paragraph: "KIEL —", "SYDNEY (AP) -".
const DATELINE = /^\p{Lu}{3,}[\p{Lu} ,.'-]*(?:\([^)\n]{1,30}\))?\s*(?:[—–]|\s-\s)/u;
// A caption says no one said anything.
const REPORTED = /\b(?:said|says|say|told|tells|according to|asked|added|announced|stated|warned|insisted|argued|noted|wrote|declared|explained|claimed|acknowledged|urged)\b/i;

/** The most words a caption (or another line of page furniture) runs to. */
const MAX_CAPTION_WORDS = 60;
/** The most characters a block of page furniture runs to (sixty long words). */
const MAX_FURNITURE_CHARS = 800;
// A run of 121 characters without a space: no word, link or address of a furniture line.
const LONG_WORD = /\S{121}/;

/** True for a line of page furniture that is so whatever stands around it. */
export function isBoilerplateLine(line: string): boolean {
  const s = line.trim();
  // Furniture is short, in words of ordinary length: anything else is the story's, found in one look.
  if (!s || s.length > MAX_FURNITURE_CHARS || LONG_WORD.test(s)) return false;
  if (s.includes('\n')) return isBoilerplateLines(s.split('\n'));
  const n = words(s);
  if (n <= 12 && (AD.test(s) || LIST_HEADER.test(s) || SHARE.test(s))) return true;
  if (SEPARATOR.test(s)) return true;
  if (n <= 30 && LINK.test(s) && !/[“”"]\s*,?\s*(?:said|says)\b/.test(s)) return true;
  if (n <= 30 && PROMPT.test(s) && PROMPT_WORDS.test(s) && !REPORTED.test(s)) return true;
  if (n <= 40 && (BYLINE.test(s) || CONTRIBUTED.test(s) || UPDATED.test(s))) return true;
  const stamp = n <= 14 ? STAMP.exec(s) : null;
  if (stamp && /\d/.test(s) && s.slice(stamp[0].length).split(/\s+/).every((w) => STAMP_WORD.test(w))) return true;
  if (n <= 30 && COPYRIGHT.test(s)) return true;
  if (n <= 14 && CREDIT_LINE.test(s)) return true;
  if (n <= MAX_CAPTION_WORDS && CAPTION_MARK.test(s) && !REPORTED.test(s.replace(/^(?:image|media|photo|video) caption,?/i, ''))) return true;
  if (n <= 40 && (PROMPT_END.test(s) || (hasAddress(s) && !REPORTED.test(s)))) return true;
  if (TIME.test(s)) return true;
  // A headline in capitals between paragraphs ("TRAM LINE TO CLOSE FOR A MONTH"): a link.
  if (n >= 3 && n <= 25 && !/\p{Ll}/u.test(s) && !/["“”«»„]/.test(s) && /\p{Lu}{2,}/u.test(s)) return true;
  if (n <= MAX_CAPTION_WORDS && CREDIT_END.test(s) && !REPORTED.test(s)) return true;
  return false;
}

/**
 * A block of a few lines is furniture when each line is ("Share\nTweet\nEmail"), or when it is a
 * caption over its credit ("Cranes stand idle at the quay.\nPhoto: …/Reuters").
 */
function isBoilerplateLines(lines: readonly string[]): boolean {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  if (kept.length > 6 || !kept.length) return false;
  if (kept.every((l) => isBoilerplateLine(l))) return true;
  // "Image caption,\nDockers wave flags at the gates"
  if (kept.length === 2 && /^(?:image|media|photo|video) caption,?$/i.test(kept[0]!) && isCaption(kept[1]!)) return true;
  const last = kept[kept.length - 1]!;
  return kept.length <= 3 && (isCreditLine(last) || CAPTION_BUTTON.test(last)) && kept.slice(0, -1).every((l) => isCaption(l) || isBoilerplateLine(l));
}

/** A credit alone on its line ("Getty Images", "Photo: … /Reuters"): the line before it is its caption. */
function isCreditLine(line: string): boolean {
  const s = line.trim();
  return words(s) <= 14 && CREDIT_LINE.test(s);
}

/** A link in a list under a header: a short line without end punctuation or quotation marks. */
function isListItem(line: string): boolean {
  const s = line.trim();
  return !s.includes('\n') && words(s) <= 16 && !/[.!?:;,"“”'’»«]$/.test(s) && !/["“”«»„]/.test(s);
}

/**
 * The blocks of an article that are page furniture, by index. The first two blocks (kicker and
 * headline) are only dropped when they are unmistakable; a caption is the line before its credit.
 */
export function boilerplateBlocks(text: string, blocks: readonly Block[]): Set<number> {
  const drop = new Set<number>();
  const captions = new Set<number>();
  // Whether a paragraph of the story has been read yet (above it are kicker and headline).
  let bodySeen = false;
  // The blocks kept above the story's first paragraph (kicker, headline, byline).
  const kept: number[] = [];
  const line = (i: number) => text.slice(blocks[i]!.start, blocks[i]!.end);
  for (let i = 0; i < blocks.length; i++) {
    const s = line(i).trim();
    if (!isBoilerplateLine(s)) {
      bodySeen ||= isBody(s);
      if (!bodySeen && !drop.has(i)) kept.push(i);
      continue;
    }
    drop.add(i);
    // The caption before a credit alone on its line (past a "toggle caption" button), once.
    if (isCreditLine(s)) {
      let j = i - 1;
      while (j > 0 && drop.has(j) && !captions.has(j) && CAPTION_BUTTON.test(line(j).trim())) j--;
      // Above the second block a caption must read as one (a sentence of six words or more), not as a headline.
      if (j >= 0 && !drop.has(j) && isCaption(line(j)) && (j >= 2 || (words(line(j)) >= 6 && /[.!?"”’)]$/.test(line(j).trim())))) {
        drop.add(j);
        captions.add(j);
      }
    }
    // BBC's caption after the line naming the picture's source, without a full stop.
    if (/^image source,/i.test(s) && i + 1 < blocks.length && !drop.has(i + 1) && isCaption(line(i + 1)) && !/[.!?]["”’]?$/.test(line(i + 1).trim()) && !isBoilerplateLine(line(i + 1))) {
      drop.add(++i);
      captions.add(i);
      continue;
    }
    // The caption after a bare "Image caption" mark.
    if (/^(?:image|media|photo|video) caption,?$/i.test(s) && i + 1 < blocks.length && isCaption(line(i + 1))) {
      drop.add(++i);
      captions.add(i);
    }
    // The links of a "Most read" or "Related" list. Above the story's first paragraph, its last
    // short lines are the headline (and the kicker before it), which look just like links.
    if (LIST_HEADER.test(s)) {
      let end = i;
      while (end + 1 < blocks.length && isListItem(line(end + 1))) end++;
      // What follows the list, past a few more lines of furniture and a byline.
      const skip = (k: number) => {
        const from = k;
        while (k < blocks.length && k <= from + 4 && (isBoilerplateLine(line(k)) || /^by\s+\p{Lu}/iu.test(line(k).trim()))) k++;
        return k;
      };
      const after = skip(end + 1);
      // A headline the list could not take (it holds a quotation) with the story after it: only a kicker is left to keep.
      const headline = after < blocks.length && !isBody(line(after)) && !line(after).includes('\n') && words(line(after)) <= 25 && skip(after + 1) < blocks.length && isBody(line(skip(after + 1)));
      if (!bodySeen && end > i && after < blocks.length && (isBody(line(after)) || headline)) {
        // The kicker and headline already read above the list leave none of it to keep.
        const above = kept.length;
        const kicker = (k: number) => words(line(k)) <= 4;
        const last = words(line(end));
        if (headline) {
          if (above === 0 && kicker(end)) end--;
        } else {
          if (above === 0 || (above === 1 && kicker(kept[0]!) && last > 4)) end--;
          if (above === 0 && end > i && kicker(end) && words(line(end)) < last) end--;
        }
      }
      while (i < end) drop.add(++i);
    }
  }
  return drop;
}

/** A paragraph of the story: a dozen words or more ending a sentence. */
function isBody(line: string): boolean {
  const s = line.trim();
  return words(s) >= 12 && /[.!?"”’»]$/.test(s);
}

/** A caption: one line of description, no one reported as saying anything. */
function isCaption(line: string): boolean {
  const s = line.trim();
  if (s.length > MAX_FURNITURE_CHARS || LONG_WORD.test(s)) return false;
  const sentences = s.split(/[.!?]["”’]?\s+(?=\p{Lu})/u).length;
  return !s.includes('\n') && words(s) <= MAX_CAPTION_WORDS && sentences <= 2 && !REPORTED.test(s) && !/^[“"‘'«„]/.test(s) && !/^[\p{L} .'-]{1,40}:\s/u.test(s) && !DATELINE.test(s);
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
