/**
 * The person an article gives a role: "chancellor" or "harbour chair" in a headline is the one
 * person the story names with that role, by title ("Superintendent Ada Roe") or by apposition
 * ("the chair of the harbour board, Ada Roe").
 */
import type { Entity } from './entities';
import { FINITE_MARKERS, HONORIFICS, RANKS, ROLE_HEADS, SPEECH_VERBS } from './lexicon';
import type { Context } from './nounPhrase';
import { isPunct, plain } from './tokens';

/** The one person of the article holding the role the words name ("harbour chair"), if exactly one does. */
export function roleHolder(ctx: Context, words: readonly string[]): Entity | undefined {
  const head = words[words.length - 1];
  if (!head || HONORIFICS.has(head) || !ROLE_HEADS.has(head)) return undefined;
  const fits = (role: string) => {
    const roleWords = plain(role).split(/[^\p{L}]+/u);
    return words.every((w) => roleWords.includes(w)) && !roleWords.some((w) => RANKS.has(w) && !words.includes(w));
  };
  const byRole = ctx.entities.entities.filter((e) => e.kind === 'person' && fits(e.role) && !rankedElsewhere(ctx, e, words));
  const holders = byRole.length ? byRole : apposedHolders(ctx, words);
  return holders.length === 1 ? holders[0] : undefined;
}

/** "Shadow health secretary Ada Roe": a rank written before the role of any of the person's mentions that the headline lacks. */
function rankedElsewhere(ctx: Context, e: Entity, words: readonly string[]): boolean {
  return e.mentions.some((m) => {
    const tokens = ctx.doc.paragraphs[m.para]!.tokens;
    return tokens.slice(Math.max(0, m.chunk - 4), m.token).some((t) => RANKS.has(t.lower) && !words.includes(t.lower));
  });
}

/**
 * People the body names right after the role and its "of" phrase, which holds the headline's
 * other subject words: "the chair of the harbour board, Ada Roe, said" under "Harbour chair says".
 */
function apposedHolders(ctx: Context, words: readonly string[]): Entity[] {
  const head = words[words.length - 1]!;
  const out = new Set<Entity>();
  for (const para of ctx.doc.paragraphs) {
    if (para.heading) continue;
    const { tokens } = para;
    for (let i = 0; i < tokens.length; i++) {
      if (plain(tokens[i]!.text) !== head || para.quoteOf[i]! >= 0 || RANKS.has(tokens[i - 1]?.lower ?? '')) continue;
      let k = i + 1;
      while (k < tokens.length && k < i + 8 && tokens[k]!.type === 'word' && !FINITE_MARKERS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(tokens[k]!.lower)) k++;
      const phrase = tokens.slice(i + 1, k).map((t) => plain(t.text));
      if (!words.slice(0, -1).every((w) => phrase.includes(w))) continue;
      const m = isPunct(tokens[k], ',') ? ctx.mentionAt.get(`${para.index}:${k + 1}`) : undefined;
      const entity = m && !m.inQuote ? ctx.entities.ofMention.get(m) : undefined;
      if (entity?.kind === 'person' || entity?.kind === 'unknown') out.add(entity);
    }
  }
  return [...out];
}

