/** A coder's work as the comparison reads it: confirmed quotes with their actors and tags by name. */
import type { Actor, ArticleFile, Quote, Tag } from '../model';
import { tagPath } from '../tags/codebook';
import type { CodedArticle, CodedQuote } from './compare';

/** One coder's articles; `keep` chooses the quotes (e.g. one author's in a shared notebook). */
export function codedArticles(files: readonly ArticleFile[], actors: readonly Actor[], tags: readonly Tag[], keep: (quote: Quote) => boolean = () => true): CodedArticle[] {
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const tagName = new Map(tags.map((t) => [t.id, tagPath(t, tags)]));
  const coded = (q: Quote): CodedQuote => ({
    id: q.id,
    start: q.target.start,
    end: q.target.end,
    exact: q.target.exact,
    kind: q.kind,
    speaker: q.speakerId ? (actorName.get(q.speakerId) ?? null) : null,
    about: q.aboutIds.flatMap((id) => actorName.get(id) ?? []),
    tags: [...new Set(q.tagIds.flatMap((id) => tagName.get(id) ?? []))],
    comment: q.comment,
  });
  return files.map((f) => ({
    key: f.article.contentHash,
    id: f.article.id,
    title: f.article.title,
    quotes: f.quotes.filter((q) => q.status === 'confirmed' && q.anchorStatus !== 'orphaned' && keep(q)).map(coded),
  }));
}
