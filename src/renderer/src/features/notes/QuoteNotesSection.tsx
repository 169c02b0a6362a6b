/**
 * The article inspector's section for the selected quote's notes: which notes cite it (each opens
 * the note) and "Cite in note…". Registered in features/inspector/sections.ts.
 */
import type { ArticleInspectorContext } from '../inspector/sections';
import { NoteBacklinks } from './NoteBacklinks';

export function QuoteNotesSection({ context }: { context: ArticleInspectorContext }) {
  const { selected } = context;
  // A suggestion is not evidence yet: it is cited once the analyst has accepted it.
  if (!selected || selected.status !== 'confirmed') return null;
  return (
    <div className="quote-notes-section">
      <NoteBacklinks quote={selected} />
    </div>
  );
}
