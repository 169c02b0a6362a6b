/**
 * A quote's words as the app shows them. A direct quote is the speaker's own words and stands in
 * quotation marks (drawn by the element's style); reported speech and paraphrase are the
 * reporter's words, so they are shown without marks and set apart (`data-reported`), and nobody
 * takes them for what was said verbatim.
 */
import type { QuoteKind } from '../../../shared/model';
import { innerQuoteMarks } from './format';

interface Props {
  kind: QuoteKind | 'stance' | undefined;
  words: string;
  className: string;
  as?: 'blockquote' | 'span' | 'p';
  /** The box scrolls when the words are long (the inspector's): it takes the keyboard focus, so they can be scrolled without a mouse. */
  scrolls?: boolean;
}

/** The caption set before words that are not the speaker's own (drawn by the style). */
const REPORTED_LABEL = { indirect: 'Reported', paraphrase: 'Paraphrase', stance: 'Stance' } as const;

export function isReported(kind: Props['kind']): boolean {
  return kind !== undefined && kind !== 'direct';
}

export function QuoteWords({ kind, words, className, as: Element = 'blockquote', scrolls = false }: Props) {
  const reported = isReported(kind);
  return (
    <Element className={className} tabIndex={scrolls ? 0 : undefined} data-reported={reported ? REPORTED_LABEL[kind as Exclude<Props['kind'], 'direct' | undefined>] : undefined}>
      {reported ? words : innerQuoteMarks(words)}
    </Element>
  );
}

/** The words in the app's own marks, for a line of text (pickers, dialogs); reported speech bare. */
export function quotedLine(kind: Props['kind'], words: string): string {
  return isReported(kind) ? words : `“${innerQuoteMarks(words)}”`;
}
