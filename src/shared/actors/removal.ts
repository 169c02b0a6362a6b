/**
 * Removing an actor (delete, or merge into another) and undoing it. The removal returns a record of
 * exactly what it changed; undo replays that record backwards, touching only what still holds the
 * merged value, so edits made after the merge survive the undo.
 */
import type { Actor, Quote } from '../model';
import { nameKey } from './normaliseName';

/** One quote's part in a removal. */
export interface QuoteChange {
  id: string;
  /** The removed actor was the speaker. */
  speaker: boolean;
  /** The removed actor was among the about-actors. */
  about: boolean;
  /** The survivor was among the about-actors already (so undo must keep it). */
  aboutAlsoInto: boolean;
}

/** A removal record (checked on its way back in by ActorRemovalSchema in ./api). */
export interface ActorRemoval {
  kind: 'merge' | 'delete';
  actor: Actor;
  into: { before: Actor; after: Actor } | null;
  quotes: QuoteChange[];
  affiliated: string[];
  notes: { id: string; paths: string[] }[];
}

/** The survivor of a merge: its own fields first, the removed actor's names as aliases, gaps filled from the removed one. */
export function mergedActor(from: Actor, into: Actor, actors: readonly Actor[]): Actor {
  const own = nameKey(into.name);
  const seen = new Set([own]);
  const aliases: string[] = [];
  for (const alias of [...into.aliases, from.name, ...from.aliases]) {
    const key = nameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  const pointsAtFrom = into.affiliationId === from.id;
  let affiliationId = pointsAtFrom || !into.affiliationId ? from.affiliationId : into.affiliationId;
  if (affiliationId && reaches(affiliationId, into.id, from.id, actors)) affiliationId = null;
  return {
    ...into,
    aliases,
    role: into.role || from.role,
    affiliationId: affiliationId === into.id || affiliationId === from.id ? null : affiliationId,
    externalIds: { ...from.externalIds, ...into.externalIds },
    description: into.description || from.description,
    colour: into.colour || from.colour,
  };
}

/** True when following affiliations from `start` arrives at `target` (treating `merged` as `target`). */
function reaches(start: string, target: string, merged: string, actors: readonly Actor[]): boolean {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const seen = new Set<string>();
  for (let id: string | null = start; id && !seen.has(id); id = byId.get(id)?.affiliationId ?? null) {
    if (id === target || id === merged) return true;
    seen.add(id);
  }
  return false;
}

/** The quote with `fromId` replaced by `intoId` (or removed when null), and what changed; null when it did not mention `fromId`. */
export function detachQuote(quote: Quote, fromId: string, intoId: string | null): { quote: Quote; change: QuoteChange } | null {
  const speaker = quote.speakerId === fromId;
  const about = quote.aboutIds.includes(fromId);
  if (!speaker && !about) return null;
  const aboutAlsoInto = intoId !== null && quote.aboutIds.includes(intoId);
  const aboutIds = quote.aboutIds.flatMap((id) => (id === fromId ? (intoId && !aboutAlsoInto ? [intoId] : []) : [id]));
  return {
    quote: { ...quote, speakerId: speaker ? intoId : quote.speakerId, aboutIds: unique(aboutIds) },
    change: { id: quote.id, speaker, about, aboutAlsoInto },
  };
}

/** The quote as it was before `detachQuote`, where it still holds what the removal put there; null when nothing is left to undo. */
export function reattachQuote(quote: Quote, change: QuoteChange, fromId: string, intoId: string | null): Quote | null {
  let { speakerId, aboutIds } = quote;
  if (change.speaker && speakerId === intoId) speakerId = fromId;
  if (change.about && !aboutIds.includes(fromId)) {
    const at = intoId ? aboutIds.indexOf(intoId) : -1;
    if (at >= 0 && !change.aboutAlsoInto) aboutIds = aboutIds.map((id, i) => (i === at ? fromId : id));
    else aboutIds = [...aboutIds, fromId];
  }
  if (speakerId === quote.speakerId && aboutIds === quote.aboutIds) return null;
  return { ...quote, speakerId, aboutIds };
}

/** The actor list after removing `from` (merged into `into`, or deleted when `into` is null). */
export function actorsAfterRemoval(actors: readonly Actor[], from: Actor, into: Actor | null): { actors: Actor[]; affiliated: string[]; survivor: Actor | null } {
  const survivor = into ? mergedActor(from, into, actors) : null;
  const affiliated: string[] = [];
  const next: Actor[] = [];
  for (const actor of actors) {
    if (actor.id === from.id) continue;
    if (survivor && actor.id === survivor.id) {
      next.push(survivor);
      continue;
    }
    if (actor.affiliationId === from.id) {
      affiliated.push(actor.id);
      next.push({ ...actor, affiliationId: survivor ? survivor.id : null });
    } else next.push(actor);
  }
  // Survivor → X → (was: removed, now: survivor) would be a loop: X then loses its affiliation.
  if (survivor?.affiliationId) {
    for (let i = 0; i < next.length; i++) {
      const actor = next[i]!;
      if (affiliated.includes(actor.id) && reaches(survivor.affiliationId, actor.id, actor.id, next)) next[i] = { ...actor, affiliationId: null };
    }
  }
  return { actors: next, affiliated, survivor };
}

/** The actor list with a removal taken back; throws a message for the user when that is no longer possible. */
export function actorsAfterRestore(actors: readonly Actor[], record: ActorRemoval): Actor[] {
  if (actors.some((a) => a.id === record.actor.id)) throw new Error(`“${record.actor.name}” is already back in the notebook.`);
  const intoId = record.into?.after.id ?? null;
  if (record.into && !actors.some((a) => a.id === intoId)) {
    throw new Error(`“${record.into.after.name}”, which “${record.actor.name}” was merged into, has since been deleted or merged, so the merge cannot be undone.`);
  }
  const affiliated = new Set(record.affiliated);
  const next = actors.map((actor) => {
    if (record.into && actor.id === intoId) return unmergeFields(actor, record.into.before, record.into.after);
    // null too: a merge that would have made a loop left these without an affiliation.
    if (affiliated.has(actor.id) && (actor.affiliationId === intoId || actor.affiliationId === null)) return { ...actor, affiliationId: record.actor.id };
    return actor;
  });
  // The removed actor's own affiliation may point at an actor deleted meanwhile: drop it rather than dangle.
  const restored = { ...record.actor, affiliationId: record.actor.affiliationId && next.some((a) => a.id === record.actor.affiliationId) ? record.actor.affiliationId : null };
  return [...next, restored];
}

/** Puts back each field the merge changed, unless the analyst has edited it since. */
function unmergeFields(current: Actor, before: Actor, after: Actor): Actor {
  const result: Actor = { ...current };
  const fields = ['aliases', 'role', 'affiliationId', 'externalIds', 'description', 'colour'] as const;
  for (const field of fields) {
    if (JSON.stringify(current[field]) === JSON.stringify(after[field])) (result as Record<string, unknown>)[field] = before[field];
  }
  return result;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * A note's content with every actor mention of `fromId` pointing at `intoId`, and where they were
 * ("root.children.0.children.3"); null when the note does not mention `fromId`. Mentions are
 * found by their `actorId` field, whatever node holds them.
 */
export function retargetMentions(content: unknown, fromId: string, intoId: string): { content: unknown; paths: string[] } | null {
  const paths: string[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}.${i}`));
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = walk(v, path ? `${path}.${key}` : key);
    if (out.actorId === fromId) {
      out.actorId = intoId;
      paths.push(path);
    }
    return out;
  };
  const next = walk(content, '');
  return paths.length ? { content: next, paths } : null;
}

/** Undoes `retargetMentions` at `paths`, where the mention still points at `intoId`; null when nothing changes. */
export function restoreMentions(content: unknown, paths: readonly string[], fromId: string, intoId: string): unknown | null {
  const copy = JSON.parse(JSON.stringify(content)) as unknown; // note content is JSON by definition
  let changed = false;
  for (const path of paths) {
    let node: unknown = copy;
    for (const key of path ? path.split('.') : []) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (node && typeof node === 'object' && (node as { actorId?: unknown }).actorId === intoId) {
      (node as { actorId: string }).actorId = fromId;
      changed = true;
    }
  }
  return changed ? copy : null;
}
