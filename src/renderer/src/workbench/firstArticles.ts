/**
 * The library's first screenful before everything else. At 10,000 articles the whole list is
 * 3 MB to send, parse and sort, and nothing of it can be shown until all of it has arrived; so the
 * page first asks for the rows it can show (in the order the library will sort them), paints
 * them, and only then asks for the whole list and the notebook's other lists (actors, tags,
 * notes, info). Asking for those at once would also hold the browser's few connections to the
 * server with requests that wait for the article checks.
 */
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { acceptOrder, type ArticleOrder } from '../../../shared/library/articleOrder';
import { api } from '../api';
import { readStored } from '../ui/usePersistentState';

/** More rows than the tallest screen shows (rows are 80 px apart). */
export const FIRST_PAGE_ROWS = 60;

export interface FirstArticles {
  /** The first rows in `order`. */
  articles: ArticleSummary[];
  /** How many articles the notebook has. */
  total: number;
  order: ArticleOrder;
}

/** How long to wait for a frame before asking for the rest anyway (no frames come in a hidden tab). */
const FRAME_WAIT_MS = 250;

/** The first rows in the remembered order; null when they could not be had. */
async function ask(): Promise<FirstArticles | null> {
  // The same remembered order the library sorts by (see features/library).
  const order = readStored<ArticleOrder>('articleOrder', 'imported', acceptOrder);
  const result = await api.articlesFirstPage({ order, limit: FIRST_PAGE_ROWS });
  // A failure is not reported here: the whole list, asked for next, says what went wrong.
  return result.ok ? { ...result.value, order } : null;
}

let early: Promise<FirstArticles | null> | null = null;

/**
 * Asks for the first rows before React's first render (main.tsx), so the answer is on its way
 * while the shell is drawn; the workbench takes it up when it mounts.
 */
export function askForFirstArticlesEarly(): void {
  early ??= ask();
}

/** The first screenful (undefined while it is asked for), and whether the whole lists are due. */
export function useFirstArticles(): { firstArticles: FirstArticles | null; listsDue: boolean } {
  const [first, setFirst] = useState<FirstArticles | null | undefined>(undefined);
  const [listsDue, setListsDue] = useState(false);

  useEffect(() => {
    let current = true;
    const asked = early ?? ask();
    early = null;
    void asked.then((first) => {
      if (current) setFirst(first);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (first === undefined || listsDue) return;
    // After the first rows have been painted: the frame they are painted in, then a task.
    const due = () => setListsDue(true);
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(due, 0);
    });
    const fallback = window.setTimeout(due, FRAME_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, [first, listsDue]);

  return { firstArticles: first ?? null, listsDue };
}
