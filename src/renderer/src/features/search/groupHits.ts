/**
 * Search hits as the view lists them: grouped by article (in the order of each article's best
 * hit), then notes and actors; each group keeps its hits best first.
 */
import type { SearchHit } from '../../../../shared/search/api';

export interface HitGroup {
  key: string;
  title: string;
  hits: SearchHit[];
}

export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = hit.articleId ? `article:${hit.articleId}` : hit.kind;
    const title = hit.articleId ? hit.title : hit.kind === 'note' ? 'Notes' : 'Actors';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, title, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** The snippet cut into plain and matched runs, to draw matched words as <mark>. */
export function snippetRuns(hit: Pick<SearchHit, 'snippet' | 'highlights'>): { text: string; matched: boolean }[] {
  const runs: { text: string; matched: boolean }[] = [];
  let from = 0;
  for (const [start, end] of hit.highlights) {
    if (start > from) runs.push({ text: hit.snippet.slice(from, start), matched: false });
    runs.push({ text: hit.snippet.slice(start, end), matched: true });
    from = end;
  }
  if (from < hit.snippet.length) runs.push({ text: hit.snippet.slice(from), matched: false });
  return runs;
}

/** The matched words of a hit (what the reader marks when the hit is opened). */
export const matchedWords = (hit: Pick<SearchHit, 'snippet' | 'highlights'>) => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));
