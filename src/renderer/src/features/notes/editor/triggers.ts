/** What opens the note editor's pickers: "/quote …" and "@…" right before the caret. */

/** A match as Lexical’s typeahead wants it (its MenuTextMatch). */
export interface TriggerMatch {
  leadOffset: number;
  matchingString: string;
  replaceableString: string;
}

/** "/quote", optionally followed by a space and what to search for, right before the caret. */
export function matchQuoteTrigger(text: string): TriggerMatch | null {
  const match = /(^|\s)(\/quote(?:\s([^\n]{0,80}))?)$/i.exec(text);
  if (!match) return null;
  return { leadOffset: match.index + match[1]!.length, matchingString: match[3] ?? '', replaceableString: match[2]! };
}

/** "@" at the start or after a space or bracket, then up to four words of a name, right before the caret. */
export function matchMentionTrigger(text: string): TriggerMatch | null {
  const match = /(^|[\s([{"“‘'])(@((?:[^\s@.,;:!?()[\]{}"“”]+ ?){0,4}))$/u.exec(text);
  if (!match) return null;
  return { leadOffset: match.index + match[1]!.length, matchingString: match[3]!, replaceableString: match[2]! };
}
