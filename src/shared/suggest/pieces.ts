/**
 * A quote split by its attribution: `“A,” she said. “B.”` (or mid-sentence, `“A,” she said, “b.”`)
 * is one quote in two pieces. The second piece has no cue of its own, so on its own it would
 * borrow the previous sentence's speaker (or none); here it takes the first piece's speaker, and
 * both pieces list each other, so the suggester offers them as one quote (suggest.ts joins them)
 * and the evaluation scores it as one.
 */
import type { Found } from './attribute';
import { quoteEnd, type Doc } from './document';

/** Reasons that mean the quote has a cue of its own (it is not the later piece of another). */
const OWN_CUE = new Set(['trailing cue', 'inverted cue', 'leading cue', 'passive agent']);
/** Reasons that mean the first piece has its attribution right after it. */
const ATTRIBUTED_AFTER = new Set(['trailing cue', 'inverted cue']);
/** The longest attribution between two pieces ("said X, the U.S. special envoy who has led the talks since May"). */
const MAX_ATTRIBUTION_CHARS = 220;

/** Joins the pieces among `found[from..]` (the suggestions of one paragraph). */
export function joinPieces(doc: Doc, found: Found[], from: number): void {
  const direct = found.slice(from).filter((f) => f.kind === 'direct' && f.quote !== undefined).sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < direct.length; k++) {
    const a = direct[k]!;
    const b = direct[k + 1]!;
    if (!isLaterPiece(doc, found, from, a, b)) continue;
    const pieces = [...(a.pieces ?? [{ start: a.start, end: a.end }]), { start: b.start, end: b.end }];
    a.pieces = pieces;
    b.pieces = pieces;
    b.speaker = a.speaker;
    b.confidence = Math.max(b.confidence, a.confidence * 0.95);
    b.cue = a.cue;
    b.reason = 'second piece of a quote split by its attribution';
  }
}

function isLaterPiece(doc: Doc, found: readonly Found[], from: number, a: Found, b: Found): boolean {
  if (b.quote !== a.quote! + 1 || !a.speaker || !ATTRIBUTED_AFTER.has(a.reason)) return false;
  if (OWN_CUE.has(b.reason) && !sharesTheCue(doc, a, b)) return false;
  const first = doc.quotes[a.quote!]!;
  const second = doc.quotes[b.quote!]!;
  if (first.close < 0 || second.close < 0 || first.block !== first.lastBlock || second.block !== first.block || second.lastBlock !== first.block) return false;
  if (b.sentence === undefined || a.sentence === undefined || b.sentence - a.sentence > 1) return false;
  const gapFrom = quoteEnd(first, doc.text);
  const gap = doc.text.slice(gapFrom, second.open);
  // Only the attribution stands between the pieces: one clause ending in "." or "," (or ":"), no
  // reported clause; a title's or a dated month's full stop ("Dr.", "on Oct. 2.") ends nothing.
  if (gap.length > MAX_ATTRIBUTION_CHARS || !/[.,:]\s*$/.test(gap) || /[.!?;]\s+\S/.test(gap.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Prof|Jr|Sr)\./g, '').replace(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s\d)/g, '').replace(/(?:\p{Lu}\.){2,}/gu, 'X'))) return false;
  return !found.slice(from).some((f) => f.kind === 'indirect' && f.start < second.open && f.end > gapFrom);
}

/**
 * A sentence split mid-way (`“A,” she said, “b.”`): the second piece reads the cue between the
 * pieces as its own leading cue, but it is the first piece's cue, said once for both.
 */
function sharesTheCue(doc: Doc, a: Found, b: Found): boolean {
  if (b.reason !== 'leading cue' || b.cue !== a.cue || a.sentence !== b.sentence) return false;
  const gap = doc.text.slice(quoteEnd(doc.quotes[a.quote!]!, doc.text), doc.quotes[b.quote!]!.open);
  return /,\s*$/.test(gap);
}
