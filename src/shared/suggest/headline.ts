/**
 * Quotations in headlines. Headlines drop the attribution or put it elsewhere, so their speaker
 * comes from, in order: a cue in the headline ("…, say opposition MPs"), the name right before
 * the quotation ("NATO ‘increasingly concerned’…"), the body quote that contains the same words,
 * or the interviewee.
 */
import type { Found, HeadingQuote } from './attribute';
import type { Entity } from './entities';
import { isNotSpeech } from './nonSpeech';
import type { Mention } from './mentions';
import type { Context, Speaker } from './nounPhrase';
import type { Turns } from './transcript';
import { roleHolder } from './roleHolders';
import { isAcronym, plain, tokenStartingAt, type Token } from './tokens';

/** Attributes the headline quotations once the body has been read. */
export function attributeHeadings(ctx: Context, headings: readonly HeadingQuote[], body: readonly Found[], turns: Turns, mentions: readonly Mention[]): Found[] {
  const { doc } = ctx;
  const out: Found[] = [];
  for (const { quote, para, cues } of headings) {
    const span = doc.quotes[quote]!;
    const cue = cues.find((c) => (c.follows === quote || c.introduces === quote) && c.speaker);
    if (isNotSpeech(doc.text, span, para, cue !== undefined)) continue;
    const base = { start: span.start, end: span.end, kind: 'direct' as const, cue: cue?.text ?? '' };
    if (cue) {
      out.push({ ...base, speaker: cue.speaker, confidence: 0.75, reason: 'headline cue' });
      continue;
    }
    const open = tokenStartingAt(para.tokens, span.open);
    const before = para.tokens[open - 1];
    // "Ada Roe: ‘We will not back down’": a person or body named before a colon (not a topic: "Brexit: ‘…’").
    const colon = before?.type === 'punct' && before.text === ':' ? para.tokens[open - 2] : undefined;
    const end = colon ?? before;
    const named = end ? mentions.find((m) => m.para === para.index && m.end === end.end) : undefined;
    const found = named ? ctx.entities.ofMention.get(named) : undefined;
    // (A name no list could type counts when the body gives it quotes of its own: "Ada Roe: ‘…’" over her interview.)
    const speaks = (e: Entity) => e.kind === 'unknown' && /\s/.test(e.name) && body.some((f) => f.speaker?.ref.type === 'entity' && f.speaker.ref.entity === e);
    const entity = found && (!colon || found.kind === 'person' || found.kind === 'organisation' || found.kind === 'state' || speaks(found)) ? found : undefined;
    if (entity) {
      out.push({ ...base, speaker: { ref: { type: 'entity', entity }, how: 'name', confidence: 0.7 }, confidence: 0.65, reason: 'headline subject' });
      continue;
    }
    // "Chancellor: ‘The books balance’": a role before the colon is the one person the story gives it.
    const roleWords = colon ? colonSubject(para.tokens, open - 1) : undefined;
    const holder = roleWords ? roleHolder(ctx, roleWords) : undefined;
    if (holder) {
      out.push({ ...base, speaker: { ref: { type: 'entity', entity: holder }, how: 'definite', confidence: 0.6 }, confidence: 0.6, reason: 'headline role' });
      continue;
    }
    const words = normalise(doc.text.slice(span.start, span.end));
    const source = words ? body.find((f) => f.speaker && normalise(doc.text.slice(f.start, f.end)).includes(words)) : undefined;
    if (source) {
      out.push({ ...base, speaker: source.speaker, confidence: 0.65, reason: 'headline repeats a body quote' });
      continue;
    }
    const speaker: Speaker | null = turns.interviewee;
    if (speaker) out.push({ ...base, speaker, confidence: 0.55, reason: 'headline of an interview' });
    else if (words.split(' ').length > 3) out.push({ ...base, speaker: null, confidence: 0.4, reason: 'headline, no speaker found' });
  }
  return out;
}

/**
 * "…, aides say" over a story that names them "aides to the harbour board": a headline's bare plural
 * source is the group the body describes first under the same noun, qualified after it. A singular ("union says")
 * keeps the headline's word: the body's longer name for it may be another body.
 */
export function widenHeadlineSources(ctx: Context, found: Found[]): void {
  const { doc, discourse } = ctx;
  for (const f of found) {
    const ref = f.speaker?.ref;
    if (!ref || ref.type !== 'desc' || !ref.desc.plural || ref.desc.institution || ref.desc.text.toLowerCase() !== ref.desc.head) continue;
    if (!doc.paragraphs.some((p) => p.heading && p.start <= f.start && f.start < p.end)) continue;
    // Only a noun the body goes on to qualify ("aides to the harbour board"): "federal prosecutors" or
    // "two city officials …" under a headline's "prosecutors say" are the headline's word written longer, and the labels keep that word.
    const fuller = discourse.descriptions.find((d) => d.id > ref.desc.id && d.head === ref.desc.head && d.text.length > d.head.length && d.text.toLowerCase().startsWith(`${d.head} `));
    if (fuller) f.speaker = { ...f.speaker!, ref: { type: 'desc', desc: fuller } };
  }
}

/**
 * "Superintendent says buses will run", "Harbour chair says toll vote must wait": a
 * headline whose subject is a role, over a story that names the one person holding it
 * ("Superintendent Ada Roe said …", "the chair of the harbour board, Ada Roe, said"), is that
 * person's. Only a subject of one to three words opening the headline before its verb, ending in a
 * role word no honorific is; the holder's role must hold every word of it and no rank the headline
 * lacks ("shadow", "deputy", "former"), and only one person may fit.
 */
export function headlineRoleHolders(ctx: Context, found: Found[]): void {
  const { doc } = ctx;
  for (const f of found) {
    if (f.kind !== 'indirect' || (f.speaker && (f.speaker.ref.type !== 'desc' || f.speaker.ref.desc.plural || f.speaker.ref.desc.institution))) continue;
    const para = doc.paragraphs.find((p) => p.heading && p.start <= f.start && f.start < p.end);
    if (!para) continue;
    const words = subjectWords(para.tokens, tokenStartingAt(para.tokens, f.start));
    const holder = words ? roleHolder(ctx, words) : undefined;
    if (holder) f.speaker = { ref: { type: 'entity', entity: holder }, how: 'definite', confidence: 0.6 };
  }
}

/**
 * The one to three words before a headline's colon at token `colon`, when they open the headline
 * or follow only a live blog's time stamp ("09.10 GMT Chancellor: ‘…’"): "Chancellor: ‘…’" → chancellor.
 */
function colonSubject(tokens: readonly Token[], colon: number): string[] | undefined {
  let from = colon;
  while (from > 0 && colon - from < 3 && tokens[from - 1]!.type === 'word' && !tokens[from - 1]!.possessive && !isAcronym(tokens[from - 1]!)) from--;
  const stamp = tokens.slice(0, from).every((t) => t.type === 'number' || t.type === 'punct' || isAcronym(t) || /^(?:am|pm|a\.m|p\.m)$/i.test(t.text));
  if (from === colon || !stamp) return undefined;
  return tokens.slice(from, colon).map((t) => plain(t.text));
}

/** The headline's subject words before the cue verb in front of clause token `clause`, when they open the headline or a half of it: "Harbour chair says …" → harbour, chair. */
function subjectWords(tokens: readonly Token[], clause: number): string[] | undefined {
  let verb = clause - 1;
  if (tokens[verb]?.lower === 'that') verb--;
  // The subject opens the headline or its second half ("Teachers walk out; superintendent says …").
  let from = verb;
  while (from > 0 && verb - from < 3 && tokens[from - 1]!.type === 'word' && !tokens[from - 1]!.possessive) from--;
  if (from === verb || (from > 0 && !/^[;:—–]$/.test(tokens[from - 1]!.text))) return undefined;
  return tokens.slice(from, verb).map((t) => plain(t.text));
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
