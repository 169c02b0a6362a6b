/**
 * What the suggester proposes: quotes (direct and reported) with their speakers, and the actors an
 * article names. Offsets are UTF-16 code units of the article text, end exclusive, like every
 * other range in Quotebook.
 */
import type { ActorKind, Block } from '../model';

/** Who said a suggested quote, as the article names them. */
export interface SuggestedSpeaker {
  /** The actor's full name ("Jens Stoltenberg"), or an anonymous source as described ("a senior EU diplomat"). */
  name: string;
  kind: ActorKind;
  /** True for an unnamed source ("a senior EU diplomat", "officials"): not an actor to create. */
  anonymous: boolean;
  /** The id of the notebook actor this speaker matched, if any. */
  actorId: string | null;
  /** Index into `SuggestionSet.actors` of the article actor this speaker is, if any. */
  actorIndex: number | null;
}

/** An actor a suggested quote is about, resolved like its speaker (an article actor, maybe a notebook one). */
export interface SuggestedAbout {
  name: string;
  kind: ActorKind;
  /** The id of the notebook actor this is, if any. */
  actorId: string | null;
  /** Index into `SuggestionSet.actors` of the article actor this is; null for one the analyst added that the article does not list. */
  actorIndex: number | null;
}

/** One proposed quote. */
export interface SuggestedQuote {
  start: number;
  end: number;
  /**
   * `text.slice(start, end)`: a direct quote without its marks, or the reported clause; for a quote
   * in pieces, the pieces' words joined with " … " (the attribution between them left out).
   */
  text: string;
  kind: 'direct' | 'indirect';
  speaker: SuggestedSpeaker | null;
  /**
   * The actors the quote is about, named or referred to in it (or in the object of a cue aimed at
   * them: "accused Washington of …"), the speaker left out; nearest first, at most four.
   */
  about: SuggestedAbout[];
  /** How sure the suggester is that both span and speaker are right, 0–1. */
  confidence: number;
  /** The reporting verb ("said", "warned", "according to"), or "" when none was found. */
  cue: string;
  /** Why this speaker: which rule attributed it (for the inspector and for debugging). */
  reason: string;
  /**
   * True for an attribution that is not speech: a belief, wish, finding or support ("she believes
   * …", "the report found …", "X backs Y"). Offered with lower confidence and left out of
   * "accept all"; absent for speech.
   */
  stance?: true;
  /**
   * For a quote split by its attribution (`“A,” she said. “B.”`): its pieces in order, two or more;
   * `start`/`end` then run from the first piece's start to the last piece's end, as a quote's target does.
   */
  pieces?: { start: number; end: number }[];
}

/** An actor the article names, with the names it goes by in this article. */
export interface SuggestedActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Title or function as the article gives it ("Secretary-General"), or "". */
  role: string;
  /** The name of the organisation or state the actor belongs to, as the article gives it, or "". */
  affiliation: string;
  /** The matching notebook actor, if any. */
  actorId: string | null;
  mentions: number;
}

/** Everything the suggester proposes for one text. */
export interface SuggestionSet {
  quotes: SuggestedQuote[];
  actors: SuggestedActor[];
}

/** A notebook actor as the suggester needs it (for matching names to existing actors). */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string;
  affiliationId: string | null;
}

/** Input of `suggestQuotes`. */
export interface SuggestInput {
  text: string;
  /** The article's blocks; computed from blank lines when absent. */
  blocks?: readonly Block[];
  /** Actors already in the notebook, matched by name and alias. */
  knownActors?: readonly KnownActor[];
}
