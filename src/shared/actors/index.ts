export { nameKey, surnameKey } from './normaliseName';
export { isDescription, withoutWhen } from './descriptionName';
export { resolveActor, searchActors, type ActorMatch, type MatchKind, type Resolution } from './resolveActor';
export { gazetteerStates, type GazetteerState } from './gazetteer';
export { lookupGazetteer, searchGazetteer } from './lookupGazetteer';
export { findLikelyDuplicates, pairKey, type DuplicatePair } from './duplicates';
export { articleDate, groupQuotes, tagUsage, whoSaidWhat, withChildTags, type ArticleQuotes, type ArticleRef, type QuoteFilter, type WhoSaidWhat, type WhoSaidWhatCell } from './quoteViews';
export { actorsAfterRemoval, actorsAfterRestore, detachQuote, mergedActor, reattachQuote, restoreMentions, retargetMentions, type ActorRemoval, type QuoteChange } from './removal';
