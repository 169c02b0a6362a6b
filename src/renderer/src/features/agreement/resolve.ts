/**
 * What "keep mine / keep theirs / keep both" does, worked out apart from the UI so the rules are
 * tested without a browser. Comparing with another notebook or an export, only my notebook
 * changes: theirs is adopted into it. Comparing two authors of this notebook, both quotes are here:
 * keeping one removes the other.
 */
import type { CodedQuote } from '../../../../shared/agreement/compare';

export type Choice = 'mine' | 'theirs' | 'both';
export type Mode = 'other' | 'authors';

/** One step against the API. */
export type Step = { op: 'none' } | { op: 'delete'; quoteId: string } | { op: 'adopt'; quote: CodedQuote; replaceQuoteId?: string };

/** The step for a choice on a unit: a matched pair, or a quote only one side has. */
export function resolution(mode: Mode, choice: Choice, mine: CodedQuote | null, theirs: CodedQuote | null): Step {
  if (mode === 'authors') {
    if (choice === 'both') return { op: 'none' };
    const drop = choice === 'mine' ? theirs : mine;
    return drop ? { op: 'delete', quoteId: drop.id } : { op: 'none' };
  }
  if (choice === 'mine') return { op: 'none' };
  if (!theirs) return choice === 'theirs' && mine ? { op: 'delete', quoteId: mine.id } : { op: 'none' };
  return choice === 'theirs' && mine ? { op: 'adopt', quote: theirs, replaceQuoteId: mine.id } : { op: 'adopt', quote: theirs };
}

/** The three buttons' labels for a unit, in words that say what will happen. */
export function choiceLabels(mine: CodedQuote | null, theirs: CodedQuote | null): Record<Choice, string> | Partial<Record<Choice, string>> {
  if (mine && theirs) return { mine: 'Keep mine', theirs: 'Keep theirs', both: 'Keep both' };
  if (mine) return { mine: 'Keep mine', theirs: 'Remove mine' };
  return { theirs: 'Add theirs', mine: 'Leave it out' };
}
