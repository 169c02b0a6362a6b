/**
 * What the `field:value` parts of a query mean, resolved against the notebook's actors and tags.
 * Each field is a test on a quote or an article; plan.ts combines them with the words (AND, OR, NOT):
 *
 *   speaker:NAME  about:NAME   quotes said by / about an actor (name or alias, any word start)
 *   tag:NAME                   quotes with the tag; a group ("threats" or "threats/warning") includes its tags
 *   kind:direct|indirect|paraphrase|confirmed|suggested   quotes of that kind or status
 *   outlet:NAME                articles (and their quotes) whose outlet contains NAME
 *   after:DATE  before:DATE    article date (2024, 2024-03, 2024-03-15): from that period on / before it
 *   in:articles|quotes|notes|actors   which kinds of result
 *
 * `-field:value` excludes instead. A value that names nothing is reported in `notices`, never an error.
 */
import type { Actor, Article, Quote, Tag } from '../model';
import { foldForSearch } from '../editor/quoteSearch';
import { withChildren } from '../tags/codebook';
import type { FieldFilter } from './query';

export type SearchKind = 'article' | 'quote' | 'note' | 'actor';
export const SEARCH_KINDS: readonly SearchKind[] = ['article', 'quote', 'note', 'actor'];

export interface ResolvedFields {
  /** The kinds of result the fields allow. */
  kinds: Set<SearchKind>;
  /** Whether a quote passes the quote fields (speaker, about, tag, kind); null when none was given. */
  quote: ((quote: Quote) => boolean) | null;
  /** Whether an article (and so its quotes) passes outlet, after and before; null when none was given. */
  article: ((article: Article) => boolean) | null;
  /** What could not be used, in words for the analyst. */
  notices: string[];
}

const IN_VALUES: Record<string, SearchKind> = {
  article: 'article',
  articles: 'article',
  quote: 'quote',
  quotes: 'quote',
  note: 'note',
  notes: 'note',
  actor: 'actor',
  actors: 'actor',
};
const QUOTE_KINDS = ['direct', 'indirect', 'paraphrase'];
const QUOTE_STATUSES = ['confirmed', 'suggested'];
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/** True when `value` (folded) is the whole of `name` or starts one of its words. */
export function nameMatches(name: string, value: string): boolean {
  const folded = foldForSearch(name);
  return folded === value || ` ${folded}`.includes(` ${value}`);
}

/** The actors a typed name refers to: exact name or alias first, else any word start. */
export function actorsNamed(actors: readonly Actor[], typed: string): Actor[] {
  const value = foldForSearch(typed.trim());
  const names = (a: Actor) => [a.name, ...a.aliases];
  const exact = actors.filter((a) => names(a).some((n) => foldForSearch(n) === value));
  return exact.length ? exact : actors.filter((a) => names(a).some((n) => nameMatches(n, value)));
}

/** The tag ids a typed name refers to (with a group's tags): exact name or path first, else a name start. */
export function tagIdsNamed(tags: readonly Tag[], typed: string): Set<string> {
  const value = foldForSearch(typed.trim()).replace(/\s*(?:\/|›)\s*/gu, '/');
  const byId = new Map(tags.map((t) => [t.id, t]));
  const path = (t: Tag) => foldForSearch(t.parentId && byId.has(t.parentId) ? `${byId.get(t.parentId)!.name}/${t.name}` : t.name);
  let found = tags.filter((t) => foldForSearch(t.name) === value || path(t) === value);
  if (!found.length) found = tags.filter((t) => nameMatches(t.name, value));
  const ids = new Set<string>();
  for (const tag of found) for (const id of withChildren(tag.id, tags)) ids.add(id);
  return ids;
}

/** The article's date as YYYY-MM-DD (or shorter), '' when it has none. */
export const articleDate = (article: Pick<Article, 'source'>) => article.source.publishedAt.slice(0, 10);

type Test<T> = (item: T) => boolean;
const all = <T>(tests: Test<T>[]): Test<T> | null => (tests.length ? (item) => tests.every((t) => t(item)) : null);

/** Resolves the fields of a query against the notebook's actors and tags. */
export function resolveFields(fields: readonly FieldFilter[], actors: readonly Actor[], tags: readonly Tag[]): ResolvedFields {
  const notices: string[] = [];
  const kinds = new Set<SearchKind>(SEARCH_KINDS);
  const quoteTests: Test<Quote>[] = [];
  const articleTests: Test<Article>[] = [];
  const included = new Set<SearchKind>();
  const narrowTo = (allowed: readonly SearchKind[]) => {
    for (const k of SEARCH_KINDS) if (!allowed.includes(k)) kinds.delete(k);
  };
  const add = <T>(tests: Test<T>[], negated: boolean, test: Test<T>) => tests.push(negated ? (item) => !test(item) : test);

  for (const { field, value, negated } of fields) {
    const folded = foldForSearch(value);
    switch (field) {
      case 'in': {
        const kind = IN_VALUES[folded];
        if (!kind) notices.push(`in: takes articles, quotes, notes or actors, not “${value}”; it was left out.`);
        else if (negated) kinds.delete(kind);
        else included.add(kind);
        break;
      }
      case 'speaker':
      case 'about': {
        const ids = new Set(actorsNamed(actors, value).map((a) => a.id));
        if (!ids.size) notices.push(`No actor is called “${value}”, so no quote is ${field === 'speaker' ? 'said by' : 'about'} them.`);
        narrowTo(['quote']);
        add(quoteTests, negated, field === 'speaker' ? (q) => q.speakerId !== null && ids.has(q.speakerId) : (q) => q.aboutIds.some((id) => ids.has(id)));
        break;
      }
      case 'tag': {
        const ids = tagIdsNamed(tags, value);
        if (!ids.size) notices.push(`No tag is called “${value}”.`);
        narrowTo(['quote']);
        add(quoteTests, negated, (q) => q.tagIds.some((id) => ids.has(id)));
        break;
      }
      case 'kind': {
        narrowTo(['quote']);
        if (QUOTE_KINDS.includes(folded)) add(quoteTests, negated, (q) => q.kind === folded);
        else if (QUOTE_STATUSES.includes(folded)) add(quoteTests, negated, (q) => q.status === folded);
        else {
          notices.push(`kind: takes direct, indirect, paraphrase, confirmed or suggested, not “${value}”.`);
          add(quoteTests, negated, () => false);
        }
        break;
      }
      case 'outlet':
        narrowTo(['article', 'quote']);
        add(articleTests, negated, (a) => foldForSearch(a.source.outlet).includes(folded));
        break;
      case 'after':
      case 'before': {
        if (!DATE.test(value)) {
          notices.push(`${field}: needs a date such as 2024, 2024-03 or 2024-03-15, not “${value}”; it was left out.`);
          break;
        }
        narrowTo(['article', 'quote']);
        // after:2024-03 keeps March 2024 and later; before:2024-03 keeps what is earlier than March.
        const test: Test<Article> =
          field === 'after'
            ? (a) => articleDate(a) !== '' && articleDate(a) >= value
            : (a) => articleDate(a) !== '' && articleDate(a) < value;
        add(articleTests, negated, test);
        break;
      }
    }
  }
  if (included.size) narrowTo([...included]);
  return { kinds, quote: all(quoteTests), article: all(articleTests), notices };
}
