/** Quote, speaker and actor suggestions: see suggest.ts. */
export { suggestQuotes } from './suggest';
export type { KnownActor, SuggestedAbout, SuggestedActor, SuggestedQuote, SuggestedSpeaker, SuggestInput, SuggestionSet } from './types';
export { MAX_SUGGEST_CHARS, suggestTooLongReason } from './limits';
