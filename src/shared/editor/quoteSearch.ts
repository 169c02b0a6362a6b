/**
 * Finding a quote to cite: the analyst types a few words of what was said, who said it or how it
 * was tagged. Every word typed must appear somewhere (words, speaker, about-actors, tags, article
 * title); quotes whose own words match rank first, confirmed before suggested, newest first.
 */
import type { Actor, Quote, Tag } from '../model';

/** Case- and accent-insensitive form of a text, with curly quotes and dashes made plain. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑–—]/g, '-');
}

/** What a quote is searched by, besides its own words. */
export interface QuoteSearchContext {
  actor: (id: string) => Pick<Actor, 'name' | 'aliases'> | undefined;
  tag: (id: string) => Pick<Tag, 'name'> | undefined;
  articleTitle: (articleId: string) => string | undefined;
}

/** The quotes matching `query` (every word), best first, at most `limit`; all quotes (newest first) when it is blank. */
export function searchQuotes(quotes: readonly Quote[], context: QuoteSearchContext, query: string, limit: number): Quote[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const scored: { quote: Quote; score: number }[] = [];
  for (const quote of quotes) {
    const own = foldForSearch(quote.target.exact);
    let score = 0;
    if (words.length) {
      const people = [quote.speakerId, ...quote.aboutIds]
        .map((id) => (id ? context.actor(id) : undefined))
        .flatMap((a) => (a ? [a.name, ...a.aliases] : []));
      const tags = quote.tagIds.map((id) => context.tag(id)?.name ?? '');
      const rest = foldForSearch([...people, ...tags, context.articleTitle(quote.articleId) ?? ''].join(' \u0000 '));
      let ownHits = 0;
      let missing = false;
      for (const word of words) {
        if (own.includes(word)) ownHits++;
        else if (!rest.includes(word)) {
          missing = true;
          break;
        }
      }
      if (missing) continue;
      score = ownHits * 2 + (own.includes(words.join(' ')) ? 3 : 0);
    }
    if (quote.status === 'confirmed') score += 1;
    scored.push({ quote, score });
  }
  scored.sort((a, b) => b.score - a.score || b.quote.updatedAt.localeCompare(a.quote.updatedAt) || a.quote.target.start - b.quote.target.start);
  return scored.slice(0, limit).map((s) => s.quote);
}
