/** The Notes list's search: a note matches when its title or text contains every word typed. */
import type { NoteListing } from '../../../../shared/editor/notesApi';

/** Notes whose title or text contains every word of the filter. */
export function filterNotes(notes: readonly NoteListing[], query: string): NoteListing[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...notes];
  return notes.filter((n) => {
    const haystack = `${n.title}\n${n.preview}`.toLocaleLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
