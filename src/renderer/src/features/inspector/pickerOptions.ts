/**
 * What the quote editor's pickers offer for what the analyst typed. Speaker and about-actor
 * pickers offer the notebook's actors (matched by name, alias, surname or role), names mentioned
 * in this article that are not actors yet (nearest to the quote first: the speaker is usually
 * named next to the quote), and creating a new actor; the tag picker offers the codebook and
 * creating a tag. Pure, so the ranking is tested without a browser.
 */
import { nameKey, resolveActor, searchActors } from '../../../../shared/actors';
import type { Actor, ActorKind, Tag } from '../../../../shared/model';
import { orderCodebook, tagPath } from '../../../../shared/tags/codebook';
import { distanceToMention, guessActorKind, type NameInText } from '../../../../shared/text/names';

/** One choice in an actor picker. */
export type ActorOption =
  | { type: 'actor'; key: string; actor: Actor; mentions: number }
  | { type: 'new'; key: string; name: string; actorKind: ActorKind; mentions: number };

export interface ActorOptionsInput {
  typed: string;
  actors: readonly Actor[];
  /** Names found in the article. */
  names: readonly NameInText[];
  /** The quote's range, to rank names by how close they are mentioned. */
  near: { start: number; end: number } | null;
  /** Actors already chosen (not offered again). */
  exclude: readonly string[];
  limit?: number;
}

/** The choices for an actor picker, best first. */
export function actorOptions({ typed, actors, names, near, exclude, limit = 8 }: ActorOptionsInput): ActorOption[] {
  const key = nameKey(typed);
  const excluded = new Set(exclude);
  const options: ActorOption[] = [];
  const seen = new Set<string>();
  const distance = (entry: NameInText) => (near ? distanceToMention(entry, near.start, near.end) : entry.offsets[0]!);
  const ranked = [...names].sort((a, b) => distance(a) - distance(b) || b.offsets.length - a.offsets.length);
  // Each name found in the article is either an existing actor or a candidate for a new one.
  const mentioned = ranked.map((entry) => ({ entry, actor: resolveActor(entry.name, actors).match?.actor ?? null }));
  const matchesTyped = (name: string) => !key || nameKey(name).split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(key));

  const addActor = (actor: Actor, mentions: number) => {
    if (excluded.has(actor.id) || seen.has(actor.id)) return;
    seen.add(actor.id);
    options.push({ type: 'actor', key: actor.id, actor, mentions });
  };
  const mentionsOf = (actor: Actor) => mentioned.filter((m) => m.actor?.id === actor.id).reduce((n, m) => n + m.entry.offsets.length, 0);

  if (key) for (const actor of searchActors(typed, actors, limit)) addActor(actor, mentionsOf(actor));
  else for (const { actor, entry } of mentioned) if (actor) addActor(actor, entry.offsets.length);

  for (const { entry, actor } of mentioned) {
    if (actor || !matchesTyped(entry.name) || seen.has(nameKey(entry.name))) continue;
    seen.add(nameKey(entry.name));
    options.push({ type: 'new', key: `new:${entry.name}`, name: entry.name, actorKind: guessActorKind(entry.name), mentions: entry.offsets.length });
  }
  if (!key) for (const actor of actors) addActor(actor, 0);

  const result = options.slice(0, limit);
  const exists = actors.some((a) => nameKey(a.name) === key) || result.some((o) => o.type === 'new' && nameKey(o.name) === key);
  if (key && !exists) result.push({ type: 'new', key: `typed:${typed.trim()}`, name: typed.trim(), actorKind: guessActorKind(typed), mentions: 0 });
  return result;
}

/** One choice in the tag picker. */
export type TagOption = { type: 'tag'; key: string; tag: Tag; path: string } | { type: 'new'; key: string; name: string; parentName: string | null };

/** The choices for the tag picker: matching tags in codebook order, then "create" when none is called that. */
export function tagOptions(typed: string, tags: readonly Tag[], exclude: readonly string[], limit = 12): TagOption[] {
  const needle = typed.trim().toLocaleLowerCase();
  const excluded = new Set(exclude);
  const ordered = orderCodebook(tags).map((tag) => ({ tag, path: tagPath(tag, tags) }));
  const matching = ordered.filter(({ tag, path }) => !excluded.has(tag.id) && (!needle || path.toLocaleLowerCase().includes(needle) || tag.name.toLocaleLowerCase().includes(needle)));
  // Names that start with what was typed come first.
  matching.sort((a, b) => Number(!a.tag.name.toLocaleLowerCase().startsWith(needle)) - Number(!b.tag.name.toLocaleLowerCase().startsWith(needle)));
  const options: TagOption[] = matching.slice(0, limit).map(({ tag, path }) => ({ type: 'tag', key: tag.id, tag, path }));
  if (!needle) return options;
  const parts = typed.split(/\s*(?:\/|›)\s*/u).filter((p) => p.trim() !== '');
  const name = (parts.length === 2 ? parts[1]! : typed).trim();
  const parentName = parts.length === 2 ? parts[0]!.trim() : null;
  const taken = tags.some((t) => t.name.toLocaleLowerCase() === name.toLocaleLowerCase() && (parentName === null ? true : tagPath(t, tags).toLocaleLowerCase() === `${parentName} › ${name}`.toLocaleLowerCase()));
  if (!taken && parts.length <= 2) options.push({ type: 'new', key: `new:${typed.trim()}`, name, parentName });
  return options;
}
