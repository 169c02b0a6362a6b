/**
 * Agreement between two coders who coded the same articles, however their work was obtained
 * (another notebook, a JSON export, or the authors recorded in one shared notebook): quotes are
 * matched into units (matching.ts); on matched units, tag application is compared tag by tag
 * (applied or not) with Krippendorff's alpha and Cohen's kappa, per tag and pooled over all tags;
 * speakers and kinds are compared as nominal values. Tags and actors are compared by name (a tag
 * by its path), so two notebooks with their own ids can be compared.
 */
import type { Quote } from '../model';
import { matchUnits } from './matching';
import { cohenKappa, krippendorffAlpha, percentAgreement } from './reliability';

/** A quote as the report shows it: its passage and its coding by name. */
export interface CodedQuote {
  id: string;
  start: number;
  end: number;
  exact: string;
  kind: Quote['kind'];
  speaker: string | null;
  about: string[];
  tags: string[];
  comment: string;
}

/** One article as one coder coded it. `key` identifies the same article on both sides (its content hash). */
export interface CodedArticle {
  key: string;
  id: string;
  title: string;
  quotes: CodedQuote[];
}

/** Agreement on one nominal variable over matched units. */
export interface NominalAgreement {
  /** Share of matched units where both gave the same value. */
  observed: number | null;
  alpha: number | null;
  kappa: number | null;
  n: number;
}

export interface TagAgreement {
  tag: string;
  alpha: number | null;
  kappa: number | null;
  /** Matched units the statistic is computed over (every matched unit). */
  n: number;
  /** Matched units where I, they, or both applied the tag. */
  mine: number;
  theirs: number;
  both: number;
}

export type Difference = 'range' | 'tags' | 'speaker' | 'about' | 'kind';

export interface Disagreement {
  articleId: string;
  articleTitle: string;
  mine: CodedQuote;
  theirs: CodedQuote;
  differences: Difference[];
}

export interface UnmatchedQuote {
  side: 'mine' | 'theirs';
  articleId: string;
  articleTitle: string;
  quote: CodedQuote;
}

export interface AgreementReport {
  /** Quotes compared as units: matched pairs plus each unmatched quote. */
  units: number;
  matched: number;
  overall: { alpha: number | null; kappa: number | null };
  perTag: TagAgreement[];
  speakerAgreement: NominalAgreement;
  kindAgreement: NominalAgreement;
  unmatched: UnmatchedQuote[];
  disagreements: Disagreement[];
  articles: { compared: number; onlyMine: number; onlyTheirs: number };
}

const NONE = '(none)';
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

function nominal(pairs: [string, string][]): NominalAgreement {
  return { observed: percentAgreement(pairs), alpha: krippendorffAlpha(pairs), kappa: cohenKappa(pairs), n: pairs.length };
}

/** Compares my coding with theirs; `mine` decides which articles and ids the report names. */
export function compareCoders(mine: readonly CodedArticle[], theirs: readonly CodedArticle[]): AgreementReport {
  const theirsByKey = new Map(theirs.map((a) => [a.key, a]));
  const mineKeys = new Set(mine.map((a) => a.key));
  const pairs: { article: CodedArticle; mine: CodedQuote; theirs: CodedQuote }[] = [];
  const unmatched: UnmatchedQuote[] = [];
  let compared = 0;
  for (const article of mine) {
    const other = theirsByKey.get(article.key);
    if (!other) continue;
    compared++;
    const matching = matchUnits(article.quotes, other.quotes, (q) => q);
    for (const [m, t] of matching.pairs) pairs.push({ article, mine: m, theirs: t });
    for (const quote of matching.onlyMine) unmatched.push({ side: 'mine', articleId: article.id, articleTitle: article.title, quote });
    for (const quote of matching.onlyTheirs) unmatched.push({ side: 'theirs', articleId: article.id, articleTitle: article.title, quote });
  }

  const tags = [...new Set(pairs.flatMap((p) => [...p.mine.tags, ...p.theirs.tags]))].sort((a, b) => a.localeCompare(b));
  const pooled: [string, string][] = [];
  const perTag: TagAgreement[] = tags.map((tag) => {
    const decisions = pairs.map((p) => [String(p.mine.tags.includes(tag)), String(p.theirs.tags.includes(tag))] as [string, string]);
    pooled.push(...decisions);
    return {
      tag,
      alpha: krippendorffAlpha(decisions),
      kappa: cohenKappa(decisions),
      n: decisions.length,
      mine: decisions.filter(([a]) => a === 'true').length,
      theirs: decisions.filter(([, b]) => b === 'true').length,
      both: decisions.filter(([a, b]) => a === 'true' && b === 'true').length,
    };
  });

  const disagreements: Disagreement[] = [];
  for (const p of pairs) {
    const differences: Difference[] = [];
    if (p.mine.start !== p.theirs.start || p.mine.end !== p.theirs.end) differences.push('range');
    if (!sameList(p.mine.tags, p.theirs.tags)) differences.push('tags');
    if (p.mine.speaker !== p.theirs.speaker) differences.push('speaker');
    if (!sameList(p.mine.about, p.theirs.about)) differences.push('about');
    if (p.mine.kind !== p.theirs.kind) differences.push('kind');
    if (differences.length) disagreements.push({ articleId: p.article.id, articleTitle: p.article.title, mine: p.mine, theirs: p.theirs, differences });
  }

  return {
    units: pairs.length + unmatched.length,
    matched: pairs.length,
    overall: { alpha: krippendorffAlpha(pooled), kappa: cohenKappa(pooled) },
    perTag,
    speakerAgreement: nominal(pairs.map((p) => [p.mine.speaker ?? NONE, p.theirs.speaker ?? NONE])),
    kindAgreement: nominal(pairs.map((p) => [p.mine.kind, p.theirs.kind])),
    unmatched,
    disagreements,
    articles: { compared, onlyMine: mine.length - compared, onlyTheirs: theirs.filter((a) => !mineKeys.has(a.key)).length },
  };
}
