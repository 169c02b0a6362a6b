/**
 * The open suggestions of each article, shared by the reader (dashed highlights) and the
 * inspector (the list to accept, edit or reject), which live in different parts of the tree.
 * Suggestions are not saved until accepted; a rejection is saved in the article (so it never
 * comes back) and can be undone from its toast.
 */
import { useSyncExternalStore } from 'react';
import type { SuggestedAbout, SuggestedActor, SuggestedQuote, SuggestedSpeaker } from '../../../../shared/suggest';
import { aboutChoices } from '../../../../shared/suggest/aboutChoices';
import type { AcceptOutcome, ArticleSuggestions } from '../../../../shared/suggest/api';
import type { Result } from '../../../../shared/api/result';
import type { Actor, Quote } from '../../../../shared/model';
import { api } from '../../api';
import { plural } from '../../ui/format';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { updateArticle } from '../reader/useArticle';
import { focusSelectedCard } from './focusSelectedCard';
import { linkCreatedActors } from './linkCreatedActors';

/** One open suggestion; `id` is what the reader and the selection know it by. */
export interface Suggestion extends SuggestedQuote {
  id: string;
  /** The analyst changed its speaker or kind. */
  edited: boolean;
}

export interface SuggestionState {
  status: 'idle' | 'loading' | 'ready';
  items: Suggestion[];
  actors: SuggestedActor[];
  rejected: number;
  tagged: number;
}

type Notifier = Pick<Workbench, 'notify' | 'reportError' | 'refresh' | 'selectQuote'>;

const PREFIX = 'suggestion:';
const IDLE: SuggestionState = { status: 'idle', items: [], actors: [], rejected: 0, tagged: 0 };
const states = new Map<string, SuggestionState>();
const listeners = new Set<() => void>();

/** True for the id of a suggestion (as opposed to a saved quote). */
export const isSuggestionId = (id: string | null | undefined): id is string => !!id && id.startsWith(PREFIX);

const idOf = (q: { start: number; end: number; kind: string }) => `${PREFIX}${q.kind}:${q.start}-${q.end}`;

let version = 0;

function set(articleId: string, state: SuggestionState): void {
  states.set(articleId, state);
  version += 1;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The suggestions of an article (idle until the analyst asks for them). */
export function useSuggestions(articleId: string | null): SuggestionState {
  return useSyncExternalStore(subscribe, () => (articleId ? (states.get(articleId) ?? IDLE) : IDLE));
}

/** The current state, outside React. */
export const suggestionsOf = (articleId: string): SuggestionState => states.get(articleId) ?? IDLE;

/**
 * Asks the suggester for the article's open suggestions and returns how many there are (null on
 * failure). Asked by the analyst, it selects the first one and gives the list the keyboard; run
 * on its own after an import (`quiet`), it only shows them.
 */
export async function runSuggest(articleId: string, wb: Notifier, { quiet = false } = {}): Promise<number | null> {
  const previous = suggestionsOf(articleId);
  set(articleId, { ...previous, status: 'loading' });
  const result = await api.suggestArticle({ articleId });
  if (!result.ok) {
    set(articleId, { ...previous, status: previous.status === 'loading' ? 'idle' : previous.status });
    wb.reportError(result.error);
    return null;
  }
  const data: ArticleSuggestions = result.value;
  const items = storeSuggestions(data);
  const left = [data.rejected && `${data.rejected} rejected before`, data.tagged && `${data.tagged} already quotes`].filter(Boolean).join(', ');
  if (quiet) return items.length;
  if (items.length === 0) {
    wb.notify(`No new suggestions for this article${left ? ` (${left})` : ''}.`, 'info');
    return 0;
  }
  wb.selectQuote(items[0]!.id, { scroll: true });
  // The keyboard moves to the list, so Enter and Delete act on the suggestions straight away.
  window.setTimeout(() => focusSelectedCard({ preventScroll: true }), 60);
  return items.length;
}

/** Changes a suggestion's speaker or kind before it is accepted. */
export function editSuggestion(articleId: string, id: string, patch: { speaker?: SuggestedSpeaker | null; kind?: Suggestion['kind']; about?: SuggestedAbout[] }): void {
  const state = suggestionsOf(articleId);
  set(articleId, { ...state, items: state.items.map((s) => (s.id === id ? { ...s, ...patch, edited: true } : s)) });
}

/** The suggestion after `id` in reading order (or before it, at the end), to move on to. */
function neighbour(items: readonly Suggestion[], ids: readonly string[]): string | null {
  const last = Math.max(...ids.map((id) => items.findIndex((s) => s.id === id)));
  const rest = items.filter((s) => !ids.includes(s.id));
  return (rest.find((s) => items.indexOf(s) > last) ?? rest[rest.length - 1])?.id ?? null;
}

/** Saves suggestions as confirmed quotes; selects the next suggestion (or the new quote when it was the last). */
export async function acceptSuggestions(articleId: string, ids: readonly string[], wb: Notifier): Promise<Quote[] | null> {
  const state = suggestionsOf(articleId);
  const saved = await saveAccepted(articleId, ids);
  if (!saved.ok) {
    wb.reportError(saved.error);
    return null;
  }
  const { quotes, createdActors, chosen } = saved.value;
  if (chosen.length === 0) return [];
  const next = neighbour(state.items, ids);
  wb.selectQuote(next ?? quotes[quotes.length - 1]?.id ?? null, { scroll: true });
  wb.refresh('articles', 'info', ...(createdActors.length ? (['actors'] as const) : []));
  if (chosen.length > 1 || createdActors.length) {
    const actors = createdActors.length ? `; ${plural(createdActors.length, 'new actor')}: ${createdActors.map((a) => a.name).join(', ')}` : '';
    wb.notify(`Accepted ${plural(quotes.length, 'quote')}${actors}.`, 'info');
  }
  return quotes;
}

/** Rejects suggestions for good (recorded in the article), with Undo. */
export async function rejectSuggestions(articleId: string, ids: readonly string[], wb: Notifier): Promise<void> {
  const state = suggestionsOf(articleId);
  const saved = await saveRejected(articleId, ids);
  if (!saved.ok) return wb.reportError(saved.error);
  const chosen = saved.value;
  if (chosen.length === 0) return;
  const next = neighbour(state.items, ids);
  wb.selectQuote(next, { scroll: next !== null });
  const what = chosen.length === 1 ? `“${clip(chosen[0]!.text)}”` : plural(chosen.length, 'suggestion');
  wb.notify(`Rejected ${what}. It will not be suggested again.`, 'info', { label: 'Undo', run: () => void undoReject(articleId, chosen, wb) });
}

async function undoReject(articleId: string, chosen: readonly Suggestion[], wb: Notifier): Promise<void> {
  const restored = await restoreRejected(articleId, chosen);
  if (!restored.ok) return wb.reportError(restored.error);
  wb.selectQuote(chosen[0]!.id, { scroll: true });
}

// The cores below save a decision and keep the open suggestions in step, without moving the
// selection or saying anything: the article's list and the review queue each do that their way.

/** Records what `suggest:article` answered for an article; returns its open suggestions. */
export function storeSuggestions(data: ArticleSuggestions): Suggestion[] {
  const items = data.quotes.map((q) => ({ ...q, id: idOf(q), edited: false }));
  set(data.articleId, { status: 'ready', items, actors: data.actors, rejected: data.rejected, tagged: data.tagged });
  return items;
}

/** Saves open suggestions as quotes (with their speakers as the analyst left them). */
export async function saveAccepted(articleId: string, ids: readonly string[]): Promise<Result<AcceptOutcome & { chosen: Suggestion[] }>> {
  const state = suggestionsOf(articleId);
  const chosen = state.items.filter((s) => ids.includes(s.id));
  if (chosen.length === 0) return { ok: true, value: { quotes: [], createdActors: [], chosen } };
  const items = chosen.map((s) => ({ start: s.start, end: s.end, kind: s.kind, cue: s.cue, speaker: speakerChoice(s, state.actors), about: aboutChoices(s, state.actors), ...(s.pieces ? { pieces: s.pieces } : {}) }));
  const result = await api.suggestAccept({ articleId, items });
  if (!result.ok) return result;
  const { quotes } = result.value;
  updateArticle(articleId, (value) => ({ ...value, quotes: [...value.quotes.filter((q) => !quotes.some((n) => n.id === q.id)), ...quotes] }));
  const now = suggestionsOf(articleId);
  set(articleId, { ...now, items: now.items.filter((s) => !ids.includes(s.id)) });
  linkEverywhere(articleId, result.value.createdActors);
  return { ok: true, value: { ...result.value, chosen } };
}

/** Points every article's open suggestions at the actors an acceptance just created (linkCreatedActors.ts). */
function linkEverywhere(acceptedIn: string, created: readonly Actor[]): void {
  if (created.length === 0) return;
  for (const [articleId, state] of states) {
    const linked = linkCreatedActors(state, created, articleId === acceptedIn);
    if (linked !== state) set(articleId, linked);
  }
}

/** Rejects open suggestions for good; returns the ones rejected. */
export async function saveRejected(articleId: string, ids: readonly string[]): Promise<Result<Suggestion[]>> {
  const chosen = suggestionsOf(articleId).items.filter((s) => ids.includes(s.id));
  if (chosen.length === 0) return { ok: true, value: [] };
  const result = await api.suggestReject({ articleId, items: chosen.map((s) => ({ start: s.start, end: s.end })) });
  if (!result.ok) return result;
  const now = suggestionsOf(articleId);
  set(articleId, { ...now, rejected: now.rejected + chosen.length, items: now.items.filter((s) => !ids.includes(s.id)) });
  return { ok: true, value: chosen };
}

/** Takes back rejections, so the suggestions are open again. */
export async function restoreRejected(articleId: string, chosen: readonly Suggestion[]): Promise<Result<void>> {
  const result = await api.suggestRestore({ articleId, items: chosen.map((s) => ({ start: s.start, end: s.end })) });
  if (!result.ok) return result;
  reopen(articleId, chosen, chosen.length);
  return { ok: true, value: undefined };
}

/** Shows suggestions as open again (after an Undo), in reading order; `unrejected` of them had been rejected. */
export function reopen(articleId: string, chosen: readonly Suggestion[], unrejected = 0): void {
  const now = suggestionsOf(articleId);
  const items = [...now.items, ...chosen.filter((c) => !now.items.some((s) => s.id === c.id))].sort((a, b) => a.start - b.start || a.end - b.end);
  set(articleId, { ...now, status: 'ready', rejected: Math.max(0, now.rejected - unrejected), items });
}

/** The speaker as `suggest:accept` takes it, with the aliases and role the article gave the actor. */
function speakerChoice(s: Suggestion, actors: readonly SuggestedActor[]) {
  if (!s.speaker) return null;
  const actor = s.speaker.actorIndex === null ? undefined : actors[s.speaker.actorIndex];
  return { name: s.speaker.name, kind: s.speaker.kind, anonymous: s.speaker.anonymous, actorId: s.speaker.actorId, aliases: actor?.aliases ?? [], role: actor?.role ?? '' };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Takes back an acceptance: the quotes go (to the notebook's trash) and the suggestions are open
 * again. The actors the acceptance created stay (other quotes may cite them by now), so the
 * reopened suggestions point at them rather than offering to create them a second time;
 * `createdBy` holds them by the article whose acceptance created them.
 */
export async function unaccept(articleId: string, chosen: readonly Suggestion[], quoteIds: readonly string[], createdBy: ReadonlyMap<string, readonly Actor[]> = new Map()): Promise<Result<void>> {
  for (const id of quoteIds) {
    const result = await api.quotesDelete({ id });
    if (!result.ok && result.error.code !== 'not-found') return result;
  }
  updateArticle(articleId, (value) => ({ ...value, quotes: value.quotes.filter((q) => !quoteIds.includes(q.id)) }));
  reopen(articleId, chosen);
  let state = suggestionsOf(articleId);
  for (const [createdIn, actors] of createdBy) state = linkCreatedActors(state, actors, createdIn === articleId);
  if (state !== suggestionsOf(articleId)) set(articleId, state);
  return { ok: true, value: undefined };
}

/** Calls `listener` whenever any article's suggestions change. */
export const subscribeSuggestions = subscribe;

/** A number that changes whenever any article's suggestions change (for useSyncExternalStore). */
export const suggestionsVersion = (): number => version;
