/**
 * Metadata of a saved web page: `<meta>` tags (Open Graph, article:*, Dublin Core, citation_*,
 * Parse.ly…), JSON-LD (schema.org NewsArticle and friends), the canonical link, the page's
 * language and the "saved from url=" note browsers leave in saved pages. Collected from the parsed
 * tree before a reader-mode pass strips it, then ranked with the reader-mode guesses as fallback.
 */
import type { DomNodeLike } from './domText';
import { cleanLine, cleanTitle, firstOf, normaliseDate, normaliseLanguage, safeHttpUrl, siteOf, splitAuthors } from './metadata';

/** Raw metadata found in a page, keyed by lower-case meta name/property. */
export interface PageHints {
  metas: Map<string, string[]>;
  jsonLd: unknown[];
  canonical: string;
  lang: string;
  title: string;
  savedFrom: string;
}

/** What a reader-mode pass (Readability) guessed, used when the page says nothing better. */
export interface ReaderGuess {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
  lang?: string | null | undefined;
}

/** The metadata an Article keeps. */
export interface PageMetadata {
  title: string;
  section: string;
  outlet: string;
  url: string;
  authors: string[];
  publishedAt: string;
  language: string;
}

const textOf = (node: DomNodeLike): string => {
  let out = '';
  for (let i = 0; i < node.childNodes.length; i++) out += node.childNodes[i]!.nodeValue ?? '';
  return out;
};

/** Walks the tree once (iteratively) and gathers every metadata source. */
export function collectPageHints(root: DomNodeLike): PageHints {
  const hints: PageHints = { metas: new Map(), jsonLd: [], canonical: '', lang: '', title: '', savedFrom: '' };
  const add = (key: string, value: string | null | undefined) => {
    if (!key || !value || !value.trim()) return;
    const list = hints.metas.get(key) ?? [];
    if (list.length < 20) list.push(value.trim());
    hints.metas.set(key, list);
  };
  const stack: DomNodeLike[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 8 && !hints.savedFrom) {
      hints.savedFrom = /saved from url=\(\d+\)(\S+)/i.exec(node.nodeValue ?? '')?.[1] ?? '';
      continue;
    }
    if (node.nodeType === 1) {
      const get = (name: string) => node.getAttribute?.(name) ?? null;
      const name = node.nodeName.toUpperCase();
      if (name === 'META') {
        add((get('property') ?? get('name') ?? get('itemprop') ?? '').toLowerCase(), get('content'));
      } else if (name === 'LINK' && /(?:^|\s)canonical(?:\s|$)/i.test(get('rel') ?? '')) {
        hints.canonical ||= get('href') ?? '';
      } else if (name === 'SCRIPT') {
        if ((get('type') ?? '').trim().toLowerCase() === 'application/ld+json' && hints.jsonLd.length < 20) {
          try {
            hints.jsonLd.push(JSON.parse(textOf(node)));
          } catch {
            // Broken JSON-LD is common; the other sources still apply.
          }
        }
        continue;
      } else if (name === 'TITLE') {
        hints.title ||= textOf(node);
      } else if (name === 'HTML') {
        hints.lang ||= get('lang') ?? get('xml:lang') ?? '';
      } else if (get('itemprop') === 'datePublished') {
        add('itemprop:datepublished', get('datetime') ?? get('content'));
      }
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return hints;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting|SocialMediaPosting)$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first schema.org article object in the page's JSON-LD (top level, arrays and @graph). */
function findArticle(values: readonly unknown[]): Json | null {
  const queue = [...values];
  for (let seen = 0; queue.length && seen < 500; seen++) {
    const value = queue.shift();
    if (Array.isArray(value)) queue.push(...value);
    else if (isObject(value)) {
      const types = ([] as unknown[]).concat(value['@type'] ?? []);
      if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return value;
      if (value['@graph']) queue.push(value['@graph']);
    }
  }
  return null;
}

/** Names from a JSON-LD value: a string, {name}, or an array of either. */
function names(value: unknown): string[] {
  return ([] as unknown[]).concat(value ?? []).flatMap((item) => (typeof item === 'string' ? [item] : isObject(item) && typeof item.name === 'string' ? [item.name] : []));
}

const str = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '');

/** Ranks the sources: JSON-LD and explicit meta tags first, the reader-mode guesses last. */
export function pickPageMetadata(hints: PageHints, guess: ReaderGuess = {}): PageMetadata {
  const meta = (...keys: string[]) => firstOf(...keys.map((key) => hints.metas.get(key)?.[0] ?? ''));
  const metaAll = (...keys: string[]) => keys.flatMap((key) => hints.metas.get(key) ?? []);
  const ld = findArticle(hints.jsonLd) ?? {};
  const publisher = isObject(ld.publisher) ? ld.publisher : {};

  const url = firstOf(
    safeHttpUrl(hints.canonical),
    safeHttpUrl(meta('og:url', 'twitter:url', 'parsely-link')),
    safeHttpUrl(str(ld.url)),
    safeHttpUrl(isObject(ld.mainEntityOfPage) ? ld.mainEntityOfPage['@id'] : ld.mainEntityOfPage),
    safeHttpUrl(hints.savedFrom),
  );
  const outlet = cleanLine(firstOf(meta('og:site_name', 'application-name', 'publisher', 'dc.publisher', 'citation_publisher', 'citation_journal_title'), cleanLine(str(publisher.name)), cleanLine(guess.siteName), siteOf(url)));
  const title = cleanTitle(
    firstOf(cleanLine(str(ld.headline)), meta('og:title', 'twitter:title', 'citation_title', 'dc.title', 'parsely-title', 'sailthru.title'), cleanLine(guess.title), cleanLine(hints.title)),
    outlet,
  );
  const metaAuthors = metaAll('author', 'article:author', 'dc.creator', 'citation_author', 'parsely-author', 'sailthru.author', 'byl').filter((value) => !/^https?:/i.test(value));
  const authors = splitAuthors(names(ld.author).length ? names(ld.author) : metaAuthors.length ? metaAuthors : [guess.byline ?? '']);
  const publishedAt = firstOf(
    ...[
      meta('article:published_time', 'og:published_time', 'published_time'),
      str(ld.datePublished),
      meta('itemprop:datepublished', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'citation_publication_date', 'citation_date', 'sailthru.date', 'parsely-pub-date'),
      guess.publishedTime ?? '',
    ].map(normaliseDate),
  );
  const section = cleanLine(firstOf(meta('article:section', 'section', 'parsely-section', 'category'), str(ld.articleSection)));
  const language = firstOf(normaliseLanguage(hints.lang), normaliseLanguage(str(ld.inLanguage)), normaliseLanguage(meta('og:locale', 'language', 'dc.language')), normaliseLanguage(guess.lang));
  return { title, section, outlet, url, authors, publishedAt, language };
}
