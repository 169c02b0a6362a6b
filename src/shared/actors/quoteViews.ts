/**
 * The notebook's quotes seen from its actors: what one actor said or was the subject of, grouped by
 * article (newest first), and who said something about whom, counted. Only confirmed quotes count:
 * suggestions are the machine's guesses until the analyst accepts them.
 */
import type { Article, Quote } from '../model';

/** What a group header shows about its article. */
export interface ArticleRef {
  id: string;
  title: string;
  outlet: string;
  publishedAt: string;
  /** The day the article is dated by (published, else imported), "YYYY-MM-DD"; "" when unknown. */
  date: string;
}

/** An article with the quotes of interest in it, in reading order. */
export interface ArticleQuotes {
  article: ArticleRef;
  quotes: Quote[];
}

/** Narrows quotes by tag (any of them, a parent tag covering its children) and by article date (inclusive). */
export interface QuoteFilter {
  tagIds?: readonly string[];
  from?: string;
  to?: string;
}

type ArticleLike = Pick<Article, 'id' | 'title' | 'source' | 'importedAt'>;
type FileLike = { article: ArticleLike; quotes: readonly Quote[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** The day an article is dated by: its publication date when readable, else its import date. */
export function articleDate(article: Pick<Article, 'source' | 'importedAt'>): string {
  const published = article.source.publishedAt.trim();
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(published);
  if (iso) return iso[0];
  const time = published ? Date.parse(published) : NaN;
  if (!Number.isNaN(time)) {
    const d = new Date(time);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return /^\d{4}-\d{2}-\d{2}/.exec(article.importedAt)?.[0] ?? '';
}

function inRange(date: string, filter: QuoteFilter): boolean {
  if (filter.from && (!date || date < filter.from)) return false;
  if (filter.to && (!date || date > filter.to)) return false;
  return true;
}

/**
 * The confirmed quotes for which `pick` is true, grouped by article, newest article first,
 * reading order inside an article. Also counts the suggestions that were left out.
 */
export function groupQuotes(files: Iterable<FileLike>, pick: (quote: Quote) => boolean, filter: QuoteFilter = {}): { groups: ArticleQuotes[]; suggested: number } {
  const tags = filter.tagIds && filter.tagIds.length ? new Set(filter.tagIds) : null;
  const groups: ArticleQuotes[] = [];
  let suggested = 0;
  for (const file of files) {
    const picked = file.quotes.filter(pick);
    if (picked.length === 0) continue;
    const date = articleDate(file.article);
    if (!inRange(date, filter)) continue;
    const quotes = picked.filter((q) => {
      if (tags && !q.tagIds.some((t) => tags.has(t))) return false;
      if (q.status !== 'confirmed') {
        suggested++;
        return false;
      }
      return true;
    });
    if (quotes.length === 0) continue;
    quotes.sort((a, b) => a.target.start - b.target.start || b.target.end - a.target.end);
    const { id, title, source } = file.article;
    groups.push({ article: { id, title, outlet: source.outlet, publishedAt: source.publishedAt, date }, quotes });
  }
  groups.sort((a, b) => b.article.date.localeCompare(a.article.date) || a.article.title.localeCompare(b.article.title));
  return { groups, suggested };
}

/** A tag and its children, so filtering by "Threats" also finds quotes tagged "Threats › Nuclear". */
export function withChildTags(tagIds: readonly string[], tags: readonly { id: string; parentId: string | null }[]): string[] {
  const wanted = new Set(tagIds);
  for (const tag of tags) if (tag.parentId && wanted.has(tag.parentId)) wanted.add(tag.id);
  return [...wanted];
}

/** How often each tag occurs among the quotes of some groups, most used first. */
export function tagUsage(groups: readonly ArticleQuotes[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const group of groups) for (const quote of group.quotes) for (const id of quote.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/** One cell of the who-said-what-about-whom table. */
export interface WhoSaidWhatCell {
  /** null: quotes whose speaker is not set. */
  speakerId: string | null;
  aboutId: string;
  count: number;
}

/** Speaker × about-actor counts over the confirmed quotes that are about someone. */
export interface WhoSaidWhat {
  cells: WhoSaidWhatCell[];
  /** Each speaker with the number of their quotes about anyone, most first. */
  speakers: { id: string | null; count: number }[];
  /** Each about-actor with the number of quotes about them, most first. */
  abouts: { id: string; count: number }[];
  /** Quotes counted (a quote about three actors counts once here, in three cells). */
  quotes: number;
}

/** Counts who said something about whom, over quote lists such as one per article. */
export function whoSaidWhat(quoteLists: Iterable<readonly Quote[]>): WhoSaidWhat {
  // This runs over every quote of the notebook: actor ids become small integers once, and the
  // counting is array arithmetic (two map look-ups per quote instead of six).
  const index = new Map<string | null, number>();
  const ids: (string | null)[] = [];
  const numberOf = (id: string | null): number => {
    let n = index.get(id);
    if (n === undefined) {
      n = ids.length;
      index.set(id, n);
      ids.push(id);
    }
    return n;
  };
  const rows: number[][] = [];
  const said: number[] = [];
  const about: number[] = [];
  let total = 0;
  for (const quotes of quoteLists) {
    for (const quote of quotes) {
      if (quote.status !== 'confirmed' || quote.aboutIds.length === 0) continue;
      total++;
      const s = numberOf(quote.speakerId);
      said[s] = (said[s] ?? 0) + 1;
      const row = (rows[s] ??= []);
      for (const aboutId of quote.aboutIds.length === 1 ? quote.aboutIds : new Set(quote.aboutIds)) {
        const a = numberOf(aboutId);
        about[a] = (about[a] ?? 0) + 1;
        row[a] = (row[a] ?? 0) + 1;
      }
    }
  }
  const cells: WhoSaidWhatCell[] = [];
  rows.forEach((row, s) => row.forEach((count, a) => cells.push({ speakerId: ids[s]!, aboutId: ids[a]!, count })));
  const ranked = <K>(counts: number[], as: (id: string | null) => K) =>
    counts.flatMap((count, n) => (count ? [{ id: as(ids[n]!), count }] : [])).sort((x, y) => y.count - x.count || String(x.id).localeCompare(String(y.id)));
  return { cells, speakers: ranked(said, (id) => id), abouts: ranked(about, (id) => id as string), quotes: total };
}
