/**
 * The review queue's state: suggesting many articles one after another (with progress and
 * Cancel), the open suggestions of all of them as rows, and the decisions taken there, each of
 * which Undo can take back. The rows are read from the per-article suggestion store, so the
 * queue and an article's own list never disagree.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Actor } from '../../../../shared/model';
import type { QueueEntry } from '../../../../shared/suggest/queue';
import { api } from '../../api';
import { plural } from '../../ui/format';
import type { Workbench } from '../../workbench/WorkbenchContext';
import {
  restoreRejected,
  saveAccepted,
  saveRejected,
  storeSuggestions,
  subscribeSuggestions,
  suggestionsOf,
  suggestionsVersion,
  unaccept,
  type Suggestion,
} from './suggestionStore';

/** One row of the queue: a suggestion and the article it is in. */
export interface QueueRow extends QueueEntry {
  suggestion: Suggestion;
  articleTitle: string;
}

/** A decision Undo can take back. */
type Decision = { kind: 'accept'; rows: QueueRow[]; quoteIds: Map<string, string[]>; createdBy: Map<string, Actor[]> } | { kind: 'reject'; rows: QueueRow[] };

export interface QueueRun {
  /** The queue view's id: "all", or the chosen articles' ids joined by commas. */
  key: string;
  articleIds: string[];
  status: 'running' | 'done' | 'cancelled';
  /** Articles suggested so far. */
  done: number;
  failed: { articleId: string; message: string }[];
  decisions: Decision[];
  /** The row in hand (shared by the list and the inspector). */
  selectedId: string | null;
  /** The analyst chose the row in hand; until then it is the first row, wherever suggesting puts it. */
  chosen: boolean;
}

type Notifier = Pick<Workbench, 'notify' | 'reportError' | 'refresh'>;

let run: QueueRun | null = null;
let generation = 0;
const listeners = new Set<() => void>();

function update(change: Partial<QueueRun>): void {
  if (!run) return;
  run = { ...run, ...change };
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The queue's run, if it is the one for `key`. */
export function useQueueRun(key: string): QueueRun | null {
  const current = useSyncExternalStore(subscribe, () => run);
  return current?.key === key ? current : null;
}

/** The queue's run now, outside React. */
export const currentQueue = (): QueueRun | null => run;

/** The queue view's id for a choice of articles. */
export const queueKey = (articleIds: readonly string[] | 'all'): string => (articleIds === 'all' ? 'all' : articleIds.join(','));

/** The articles a queue view's id names (all of `known` for "all"). */
export const queueArticles = (key: string, known: readonly string[]): string[] => (key === 'all' ? [...known] : key.split(',').filter((id) => known.includes(id)));

/**
 * Suggests each article in turn (reusing suggestions already asked for) until done or cancelled.
 * One queue at a time: starting another cancels this one.
 */
export async function startQueue(key: string, articleIds: readonly string[]): Promise<void> {
  // Asked again for the same articles (after Cancel), the decisions so far can still be undone.
  const kept = run?.key === key ? { decisions: run.decisions, selectedId: run.selectedId, chosen: run.chosen } : { decisions: [], selectedId: null, chosen: false };
  generation += 1;
  run = { key, articleIds: [...articleIds], status: 'running', done: 0, failed: [], ...kept };
  update({});
  // Each update replaces the run object; the generation tells whether this loop still owns it.
  const mine = generation;
  const stopped = () => generation !== mine || run?.status !== 'running';
  for (const articleId of articleIds) {
    if (stopped()) return;
    if (suggestionsOf(articleId).status !== 'ready') {
      const result = await api.suggestArticle({ articleId });
      if (stopped() || !run) return;
      if (result.ok) storeSuggestions(result.value);
      else update({ failed: [...run.failed, { articleId, message: result.error.message }] });
    }
    update({ done: run!.done + 1 });
  }
  if (!stopped()) update({ status: 'done' });
}

/** Stops suggesting after the article in hand; what was suggested stays in the queue. */
export function cancelQueue(): void {
  if (run?.status === 'running') update({ status: 'cancelled' });
}

/** Makes `id` the row in hand, as the analyst's choice (`chosen`) or only to show it. */
export function selectRow(id: string | null, { chosen = true } = {}): void {
  if (run && (run.selectedId !== id || (chosen && !run.chosen))) update({ selectedId: id, chosen: chosen || run.chosen });
}

/** The open suggestions of the queue's articles, as rows. */
export function useQueueRows(current: QueueRun | null, titles: ReadonlyMap<string, string>): QueueRow[] {
  const version = useSyncExternalStore(subscribeSuggestions, suggestionsVersion);
  return useMemo(() => {
    if (!current) return [];
    return current.articleIds.flatMap((articleId) =>
      suggestionsOf(articleId).items.map((suggestion) => ({
        id: `${articleId}|${suggestion.id}`,
        articleId,
        articleTitle: titles.get(articleId) ?? 'Untitled article',
        confidence: suggestion.confidence,
        cue: suggestion.cue,
        speaker: suggestion.speaker,
        start: suggestion.start,
        suggestion,
        ...(suggestion.stance ? { stance: true as const } : {}),
      })),
    );
    // `version` changes whenever any article's suggestions do.
  }, [current, titles, version]);
}

function byArticle(rows: readonly QueueRow[]): Map<string, QueueRow[]> {
  const map = new Map<string, QueueRow[]>();
  for (const row of rows) map.set(row.articleId, [...(map.get(row.articleId) ?? []), row]);
  return map;
}

/** Accepts rows as quotes (one call per article); returns false if any article failed. */
export async function acceptRows(rows: readonly QueueRow[], wb: Notifier): Promise<boolean> {
  const done: QueueRow[] = [];
  const quoteIds = new Map<string, string[]>();
  const createdBy = new Map<string, Actor[]>();
  let created = 0;
  let ok = true;
  for (const [articleId, group] of byArticle(rows)) {
    const result = await saveAccepted(articleId, group.map((r) => r.suggestion.id));
    if (!result.ok) {
      wb.reportError(result.error);
      ok = false;
      break;
    }
    const taken = new Set(result.value.chosen.map((s) => s.id));
    done.push(...group.filter((r) => taken.has(r.suggestion.id)));
    quoteIds.set(articleId, result.value.quotes.map((q) => q.id));
    created += result.value.createdActors.length;
    if (result.value.createdActors.length) createdBy.set(articleId, result.value.createdActors);
  }
  if (done.length) record({ kind: 'accept', rows: done, quoteIds, createdBy });
  wb.refresh('articles', 'info', ...(created ? (['actors'] as const) : []));
  if (done.length > 1 || created) wb.notify(`Accepted ${plural(done.length, 'quote')}${created ? `; ${plural(created, 'new actor')}` : ''}.`, 'info');
  return ok;
}

/** Rejects rows for good (recorded in each article); returns false if any article failed. */
export async function rejectRows(rows: readonly QueueRow[], wb: Notifier): Promise<boolean> {
  const done: QueueRow[] = [];
  for (const [articleId, group] of byArticle(rows)) {
    const result = await saveRejected(articleId, group.map((r) => r.suggestion.id));
    if (!result.ok) {
      wb.reportError(result.error);
      if (done.length) record({ kind: 'reject', rows: done });
      return false;
    }
    const taken = new Set(result.value.map((s) => s.id));
    done.push(...group.filter((r) => taken.has(r.suggestion.id)));
  }
  if (done.length) record({ kind: 'reject', rows: done });
  if (done.length > 1) wb.notify(`Rejected ${plural(done.length, 'suggestion')}. Undo (Ctrl+Z) brings them back.`, 'info');
  return true;
}

function record(decision: Decision): void {
  if (run) update({ decisions: [...run.decisions, decision].slice(-50) });
}

/** What Undo would take back, for its button. */
export function undoLabel(current: QueueRun | null): string | null {
  const last = current?.decisions[current.decisions.length - 1];
  if (!last) return null;
  const what = last.rows.length === 1 ? 'suggestion' : `${last.rows.length} suggestions`;
  return `${last.kind === 'accept' ? 'accepting' : 'rejecting'} ${what}`;
}

/** Takes back the last decision; the rows it took are open (and the first selected) again. */
export async function undoLast(wb: Notifier): Promise<void> {
  const last = run?.decisions[run.decisions.length - 1];
  if (!run || !last) return;
  update({ decisions: run.decisions.slice(0, -1) });
  for (const [articleId, group] of byArticle(last.rows)) {
    const suggestions = group.map((r) => r.suggestion);
    const result = last.kind === 'accept' ? await unaccept(articleId, suggestions, last.quoteIds.get(articleId) ?? [], last.createdBy) : await restoreRejected(articleId, suggestions);
    if (!result.ok) return wb.reportError(result.error);
  }
  if (last.kind === 'accept') wb.refresh('articles', 'info');
  update({ selectedId: last.rows[0]!.id, chosen: true });
  wb.notify(`Undone: ${last.kind === 'accept' ? 'the quotes are removed and suggested again' : 'the suggestions are back'}.`, 'info');
}
