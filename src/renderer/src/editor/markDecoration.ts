/**
 * Styles a quote mark's DOM element from what the store says about its quotes. The MarkNode only
 * carries ids; colour, status and selection live outside the document and are applied here as
 * data attributes that ui/reader.css turns into tints and dashed underlines. Who said it and how
 * it is tagged shows in the reader's hover card (features/reader/MarkHoverCard.tsx), not a title.
 */

/** What a mark needs to know about one quote. */
export interface MarkLook {
  tint: string;
  status: 'confirmed' | 'suggested';
  speakerName: string | null;
  length: number;
}

function setOrRemove(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/**
 * The data attributes of a mark: `data-fill` (tint of the innermost confirmed quote), `data-line`
 * (tint of the innermost suggested quote), `data-selected` and `data-quote-ids`.
 */
export function markAttributes(
  ids: readonly string[],
  looks: ReadonlyMap<string, MarkLook>,
  selectedQuoteId: string | null,
): Record<'data-fill' | 'data-line' | 'data-selected' | 'data-quote-ids', string | null> {
  let fill: string | null = null;
  let line: string | null = null;
  // Ids are ordered by quote start, so the last one is the innermost of nested quotes.
  for (const id of ids) {
    const look = looks.get(id);
    if (!look) continue;
    if (look.status === 'confirmed') fill = look.tint;
    else line = look.tint;
  }
  return {
    'data-fill': fill,
    'data-line': line,
    'data-selected': selectedQuoteId !== null && ids.includes(selectedQuoteId) ? 'true' : null,
    'data-quote-ids': ids.join(' '),
  };
}

/** Applies `markAttributes` to a mark element the editor rendered. */
export function decorateMark(
  element: HTMLElement,
  ids: readonly string[],
  looks: ReadonlyMap<string, MarkLook>,
  selectedQuoteId: string | null,
): void {
  for (const [name, value] of Object.entries(markAttributes(ids, looks, selectedQuoteId))) setOrRemove(element, name, value);
}

/**
 * The quote a click on a mark selects: the next one after the current selection when the mark
 * holds it (so repeated clicks cycle through overlapping quotes), otherwise the shortest one.
 */
export function pickQuote(ids: readonly string[], looks: ReadonlyMap<string, MarkLook>, selectedQuoteId: string | null): string | null {
  const known = ids.filter((id) => looks.has(id));
  if (known.length === 0) return null;
  const byLength = [...known].sort((a, b) => looks.get(a)!.length - looks.get(b)!.length);
  const current = selectedQuoteId === null ? -1 : byLength.indexOf(selectedQuoteId);
  return current === -1 ? byLength[0]! : byLength[(current + 1) % byLength.length]!;
}

/**
 * The quotes whose marks must be restyled when the looks or the selection change: those whose
 * tint or status differs, that gained or lost a look, and the quotes selected before and after.
 * Restyling only their marks keeps a key press in an article with a thousand marks cheap.
 */
export function quotesToRestyle(
  before: { looks: ReadonlyMap<string, MarkLook>; selectedQuoteId: string | null },
  after: { looks: ReadonlyMap<string, MarkLook>; selectedQuoteId: string | null },
): Set<string> {
  const ids = new Set<string>();
  if (before.selectedQuoteId !== after.selectedQuoteId) {
    if (before.selectedQuoteId !== null) ids.add(before.selectedQuoteId);
    if (after.selectedQuoteId !== null) ids.add(after.selectedQuoteId);
  }
  if (before.looks === after.looks) return ids;
  for (const [id, look] of after.looks) {
    const old = before.looks.get(id);
    if (!old || old.tint !== look.tint || old.status !== look.status) ids.add(id);
  }
  for (const id of before.looks.keys()) if (!after.looks.has(id)) ids.add(id);
  return ids;
}
