/** The Notes list's search: every word typed must be in the title or the text. */
import { describe, expect, it } from 'vitest';
import { filterNotes } from '../../../../../src/renderer/src/features/notes/noteSearch';
import type { NoteListing } from '../../../../../src/shared/editor/notesApi';

const note = (id: string, title: string, preview: string): NoteListing => ({ id, title, preview, createdAt: '', updatedAt: '', wordCount: 0, quoteCount: 0 });
const notes = [note('a', 'China and the war', 'Beijing denies arming Russia'), note('b', 'Weekly summary', 'NATO warned China'), note('c', 'Ukraine aid', 'pledges')];

describe('filterNotes', () => {
  it.each([
    ['', ['a', 'b', 'c']],
    ['china', ['a', 'b']],
    ['CHINA denies', ['a']],
    ['war', ['a', 'b']],
    ['nato china', ['b']],
    ['denies', ['a']],
    ['nothing here', []],
  ])('%j finds %j', (query, ids) => {
    expect(filterNotes(notes, query).map((n) => n.id)).toEqual(ids);
  });
});
