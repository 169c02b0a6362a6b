/** The search operation's input and output, shared by every front door. */
import { z } from 'zod';
import type { SearchKind } from './fields';
import type { CodeTableRequest } from './codeTables';

export const SearchQueryInput = z
  .object({
    /** What the analyst typed (see query.ts for the syntax); read literally where it is not syntax. */
    query: z.string().max(2000),
    /** At most this many hits, best first. */
    limit: z.number().int().min(1).max(1000).default(50),
  })
  .strict();

/** One place a search found its words. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** The article holding the hit (article paragraphs and quotes). */
  articleId?: string;
  /** The article's, note's or actor's title or name. */
  title: string;
  /** The words around the hit. */
  snippet: string;
  /** `[start, end)` ranges of `snippet` that matched. */
  highlights: [number, number][];
  /** Higher is better; hits are ordered by it (all 0 when the result is `unranked`). */
  score: number;
  /** Where in the article's text the hit is (UTF-16 offset), to scroll to it. */
  at?: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Parts of the query that could not be used, in words for the analyst. */
  notices: string[];
  /**
   * Set when the words match more places than `moreThan`: too many to rank quickly, so the hits
   * are the most recently added matches (newest articles first), not the best. Say so (see
   * unrankedNotice.ts).
   */
  unranked?: { moreThan: number };
}


/** A search the analyst kept: it lives in the navigator and is run again as the notebook changes. */
export interface SavedSearch {
  id: string;
  name: string;
  query: string;
}

export const SaveSearchInput = z
  .object({
    name: z.string().trim().min(1, 'a name is required').max(200),
    query: z.string().trim().min(1, 'a search is required').max(2000),
  })
  .strict();

/** Reads the saved searches kept in the notebook's settings, dropping anything malformed. */
export function readSavedSearches(value: unknown): SavedSearch[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is SavedSearch => !!s && typeof s === 'object' && typeof s.id === 'string' && typeof s.name === 'string' && typeof s.query === 'string',
  );
}

/** codes:table's input: tags against tags (together in a quote, overlapping quotes or an article), speakers, outlets or months. */
export const CodeTableInput = z
  .object({
    columns: z.enum(['tag', 'speaker', 'outlet', 'month']).default('tag'),
    together: z.enum(['quote', 'overlap', 'article']).default('quote'),
  })
  .strict() satisfies z.ZodType<CodeTableRequest>;
