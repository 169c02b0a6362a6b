/**
 * What quote cards show, looked up live. Cards hold only a quote id; this store asks main for the
 * quotes of all cards on screen in one call (`notes:quotes`), then each card follows the shared
 * article cache (useArticle) so that an edit made in the reader or inspector shows up at once.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CitedQuote } from '../../../../shared/editor/notesApi';
import type { Actor, ArticleSummary, Quote } from '../../../../shared/model';
import { api } from '../../api';
import { useCatalog } from '../../workbench/WorkbenchContext';
import { speakerTints, type Tint } from '../reader/quoteLooks';
import { useArticle } from '../reader/useArticle';

/** null: main says the quote does not exist (deleted). */
const known = new Map<string, CitedQuote | null>();
const wanted = new Set<string>();
const listeners = new Set<() => void>();
let flushing = false;
let onError: (message: string) => void = () => {};

function notify(): void {
  for (const listener of listeners) listener();
}

/** Where lookup failures are reported (the toasts). */
export function setCitedQuoteErrorReporter(report: (message: string) => void): void {
  onError = report;
}

// All cards that mount in one render ask together: one request for a note with a hundred cards.
function flushSoon(): void {
  if (flushing) return;
  flushing = true;
  queueMicrotask(async () => {
    const ids = [...wanted];
    wanted.clear();
    const result = ids.length ? await api.notesQuotes({ ids }) : null;
    flushing = false;
    if (result && !result.ok) {
      onError(result.error.message);
      return;
    }
    if (result) {
      const found = new Map(result.value.map((c) => [c.quote.id, c]));
      for (const id of ids) known.set(id, found.get(id) ?? null);
      notify();
    }
    if (wanted.size) flushSoon();
  });
}

/** Looks these quotes up again (e.g. after the notebook changed elsewhere). */
export function refreshCitedQuotes(ids: Iterable<string> = [...known.keys()]): void {
  for (const id of ids) wanted.add(id);
  flushSoon();
}

/** Records what an operation just returned, without a round trip (e.g. after citing a quote). */
export function rememberCitedQuote(cited: CitedQuote): void {
  known.set(cited.quote.id, cited);
  notify();
}

/** The article of a quote the store has looked up, if it still exists. */
export function citedArticleId(quoteId: string): string | null {
  return known.get(quoteId)?.article.id ?? null;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export type CitedQuoteState =
  | { status: 'loading' }
  | { status: 'deleted' }
  | { status: 'found'; quote: Quote; article: CitedQuote['article']; speaker: Actor | undefined; tint: Tint };

const actorMaps = new WeakMap<readonly Actor[], Map<string, Actor>>();
function actorsById(actors: readonly Actor[]): Map<string, Actor> {
  let map = actorMaps.get(actors);
  if (!map) {
    map = new Map(actors.map((a) => [a.id, a]));
    actorMaps.set(actors, map);
  }
  return map;
}

// A note with a hundred cards in a notebook of thousands of articles: each card finds its article
// in a map made once per article list, not by scanning the list.
const articleMaps = new WeakMap<readonly ArticleSummary[], Map<string, ArticleSummary>>();
function articlesById(articles: readonly ArticleSummary[]): Map<string, ArticleSummary> {
  let map = articleMaps.get(articles);
  if (!map) {
    map = new Map(articles.map((a) => [a.id, a]));
    articleMaps.set(articles, map);
  }
  return map;
}

const tintMaps = new WeakMap<readonly Quote[], Map<string, Tint>>();
function tintOf(quotes: readonly Quote[], actors: Map<string, Actor>, speakerId: string | null): Tint {
  if (!speakerId) return 'neutral';
  let tints = tintMaps.get(quotes);
  if (!tints) {
    tints = speakerTints([...quotes].sort((a, b) => a.target.start - b.target.start), actors);
    tintMaps.set(quotes, tints);
  }
  return tints.get(speakerId) ?? 'neutral';
}

/** The quote a card cites, as it is now: found (with article, speaker and the reader's tint), deleted, or loading. */
export function useCitedQuote(quoteId: string): CitedQuoteState {
  const { articles, actors } = useCatalog();
  const entry = useSyncExternalStore(subscribe, () => known.get(quoteId));
  useEffect(() => {
    if (quoteId && !known.has(quoteId)) {
      wanted.add(quoteId);
      flushSoon();
    }
  }, [quoteId]);

  // Follow the shared article cache only for articles that exist: a deleted one would raise an error.
  const articleId = entry?.article.id ?? null;
  const articleExists = !!articleId && !!articles.value && articlesById(articles.value).has(articleId);
  const cached = useArticle(articleExists ? articleId : null).value;
  const live = cached?.quotes.find((q) => q.id === quoteId);

  // The cache lost a quote main still had: it was deleted in the app; ask main to be sure.
  useEffect(() => {
    if (cached && entry && !live) refreshCitedQuotes([quoteId]);
  }, [cached, entry, live, quoteId]);

  return useMemo<CitedQuoteState>(() => {
    if (!quoteId || entry === null) return { status: 'deleted' };
    if (entry === undefined) return { status: 'loading' };
    // Whichever copy was edited last wins: the article cache follows edits made in this window,
    // main's answer follows edits made elsewhere (the CLI, another window) after a refresh.
    const quote = live && live.updatedAt >= entry.quote.updatedAt ? live : entry.quote;
    const summary = articles.value ? articlesById(articles.value).get(entry.article.id) : undefined;
    const article = summary
      ? { id: summary.id, title: summary.title, outlet: summary.source.outlet, publishedAt: summary.source.publishedAt }
      : entry.article;
    const byId = actorsById(actors.value ?? []);
    const tint = cached ? tintOf(cached.quotes, byId, quote.speakerId) : 'neutral';
    return { status: 'found', quote, article, speaker: quote.speakerId ? byId.get(quote.speakerId) : undefined, tint };
  }, [quoteId, entry, live, cached, articles.value, actors.value]);
}
