/**
 * The sentence for a search that matched too many places to rank. Apart from api.ts, whose zod
 * schemas must stay out of the renderer's bundle.
 */
/** What to tell the analyst when a result is unranked: how many matched, what is shown, what to do. */
export function unrankedNotice(unranked: { moreThan: number }, shown: number): string {
  const count = unranked.moreThan.toLocaleString('en-GB');
  return `More than ${count} places match, too many to rank: ${shown === 1 ? 'this is the most recently added' : `these are the ${shown.toLocaleString('en-GB')} most recently added`}, not the best. Add words to narrow the search.`;
}
