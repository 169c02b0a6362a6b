/**
 * Reading the notebook by actor: an actor's page (quotes by and about it, notes citing it), the
 * who-said-what-about-whom table, the quotes behind one of its cells, and likely duplicates.
 * Everything is computed from the store's memory on request: a scan of every quote costs
 * milliseconds even for a large notebook (see `npm run bench`), and nothing can go stale.
 */
import type { ParsedInputOf } from '../../shared/api/contract';
import type { ActorPage, ArticleQuotes, DuplicatePair, WhoSaidWhat } from '../../shared/actors/api';
import { findLikelyDuplicates, groupQuotes, pairKey, tagUsage, whoSaidWhat, withChildTags } from '../../shared/actors';
import { UserError } from '../../shared/api/result';
import type { Actor, NoteSummary } from '../../shared/model';
import { requireActor } from './actorsService';
import { asSources, statementIndex } from './statementsService';
import { collapseStatements } from '../../shared/statements/collapse';
import type { NotebookSession } from './session';

/** Where the notebook remembers pairs the analyst said are not duplicates. */
const DISMISSED_KEY = 'actorDuplicatesDismissed';

export function actorPage(session: NotebookSession, input: ParsedInputOf<'actors:page'>): ActorPage {
  const actor = requireActor(session, input.id);
  const notebook = session.store.notebook();
  // One pass over the whole notebook finds the articles that mention the actor; the rest of the
  // page works on those alone.
  const files = session.store.articles().filter((f) => f.quotes.some((q) => q.speakerId === actor.id || q.aboutIds.includes(actor.id)));
  const filter = { tagIds: withChildTags(input.tagIds, notebook.tags), ...(input.from ? { from: input.from } : {}), ...(input.to ? { to: input.to } : {}) };
  const isSaid = (q: { speakerId: string | null }) => q.speakerId === actor.id;
  const isAbout = (q: { aboutIds: string[] }) => q.aboutIds.includes(actor.id);

  const allSaid = groupQuotes(files, isSaid);
  const allAbout = groupQuotes(files, isAbout);
  const filtered = input.tagIds.length > 0 || input.from || input.to;
  // A line carried by several articles is one statement: listed once, with the others as its sources.
  const index = statementIndex(session);
  const known = new Map<string, ReturnType<typeof index.statementOf>>();
  const statementOf = (id: string) => known.get(id) ?? known.set(id, index.statementOf(id)).get(id)!;
  const saidGroups = filtered ? groupQuotes(files, isSaid, filter).groups : allSaid.groups;
  const aboutGroups = filtered ? groupQuotes(files, isAbout, filter).groups : allAbout.groups;
  const said = collapseStatements(saidGroups, statementOf);
  const about = collapseStatements(aboutGroups, statementOf);
  const sourceIds = { ...said.others, ...about.others };
  const quoteIds = new Set([...allSaid.groups, ...allAbout.groups].flatMap((g) => g.quotes.map((q) => q.id)));
  // A quote both said by and about the actor counts once among the suggestions.
  const suggested = files.reduce((n, f) => n + f.quotes.filter((q) => q.status !== 'confirmed' && (isSaid(q) || isAbout(q))).length, 0);

  return {
    actor,
    affiliations: affiliationChain(notebook.actors, actor),
    members: notebook.actors.filter((a) => a.affiliationId === actor.id).sort((a, b) => a.name.localeCompare(b.name)),
    said: said.groups,
    about: about.groups,
    counts: { said: countOf(allSaid.groups), about: countOf(allAbout.groups), saidShown: countOf(said.groups), aboutShown: countOf(about.groups) },
    statements: {
      said: filtered ? collapseStatements(allSaid.groups, statementOf).statements : said.statements,
      about: filtered ? collapseStatements(allAbout.groups, statementOf).statements : about.statements,
      saidShown: said.statements,
      aboutShown: about.statements,
    },
    articlesShown: new Set([...saidGroups, ...aboutGroups].map((g) => g.article.id)).size,
    sources: Object.fromEntries(Object.entries(sourceIds).map(([id, ids]) => [id, asSources(session, ids.flatMap((q) => index.get(q) ?? []))])),
    suggested,
    tags: tagUsage(uniqueGroups([...allSaid.groups, ...allAbout.groups])),
    notes: notesCiting(session, new Set([actor.id, ...quoteIds])),
  };
}

export function whoSaidWhatTable(session: NotebookSession): WhoSaidWhat {
  return whoSaidWhat(session.store.articles().map((f) => f.quotes));
}

/** The confirmed quotes by `speakerId` (null: no speaker) about `aboutId`, grouped by article. */
export function quotesBetween(session: NotebookSession, input: ParsedInputOf<'actors:between'>): ArticleQuotes[] {
  if (input.speakerId) requireActor(session, input.speakerId);
  requireActor(session, input.aboutId);
  return groupQuotes(session.store.articles(), (q) => q.speakerId === input.speakerId && q.aboutIds.includes(input.aboutId)).groups;
}

export function likelyDuplicates(session: NotebookSession): DuplicatePair[] {
  const notebook = session.store.notebook();
  return findLikelyDuplicates(notebook.actors, new Set(dismissedPairs(notebook.settings)));
}

export async function dismissDuplicate(session: NotebookSession, input: ParsedInputOf<'actors:dismissDuplicate'>): Promise<{ ids: [string, string] }> {
  const [a, b] = input.ids;
  if (a === b) throw new UserError('invalid-input', 'Choose two different actors.');
  requireActor(session, a);
  requireActor(session, b);
  await session.store.updateNotebook((nb) => {
    const known = new Set(nb.actors.map((x) => x.id));
    // Forget pairs whose actors are gone, so the list does not grow forever.
    const kept = dismissedPairs(nb.settings).filter((key) => key.split(' ').every((id) => known.has(id)));
    nb.settings = { ...nb.settings, [DISMISSED_KEY]: [...new Set([...kept, pairKey(a, b)])] };
  });
  return { ids: input.ids };
}

/** Read tolerantly: the setting may have been written by hand or by another version. */
function dismissedPairs(settings: Record<string, unknown>): string[] {
  const value = settings[DISMISSED_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function affiliationChain(actors: readonly Actor[], actor: Actor): Actor[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const chain: Actor[] = [];
  for (let next = actor.affiliationId ? byId.get(actor.affiliationId) : undefined; next && !chain.includes(next) && next !== actor; next = next.affiliationId ? byId.get(next.affiliationId) : undefined) {
    chain.push(next);
  }
  return chain;
}

const countOf = (groups: readonly ArticleQuotes[]) => groups.reduce((n, g) => n + g.quotes.length, 0);

/** The same quote may be in both the said and the about groups; count its tags once. */
function uniqueGroups(groups: ArticleQuotes[]): ArticleQuotes[] {
  const seen = new Set<string>();
  return groups.map((g) => ({ ...g, quotes: g.quotes.filter((q) => !seen.has(q.id) && seen.add(q.id)) }));
}

/**
 * Notes whose content holds the actor's id or one of its quotes' ids. Note nodes (quote cards,
 * actor mentions) keep only ids, so looking for the id strings finds them whatever the node type.
 */
function notesCiting(session: NotebookSession, ids: ReadonlySet<string>): NoteSummary[] {
  const cites = (value: unknown): boolean => {
    if (typeof value === 'string') return ids.has(value);
    if (Array.isArray(value)) return value.some(cites);
    if (value && typeof value === 'object') return Object.values(value).some(cites);
    return false;
  };
  return session.store
    .notes()
    .filter((f) => cites(f.note.content))
    .map(({ note: { content: _content, ...summary } }) => summary)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
