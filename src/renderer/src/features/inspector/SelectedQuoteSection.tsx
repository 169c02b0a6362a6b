/** The inspector's top part: the quote editor for the selected quote, or how to make one. */
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { isSuggestionId } from '../suggestions/suggestionStore';
import { QuoteEditor } from './QuoteEditor';
import type { ArticleInspectorContext } from './sections';

export function SelectedQuoteSection({ context }: { context: ArticleInspectorContext }) {
  const { selected, looks, names } = context;
  const { selection } = useWorkbench();
  if (!selected && isSuggestionId(selection.quoteId)) return null; // the suggestion's own editor shows instead
  if (!selected) {
    return (
      <div className="quote-editor-hint">
        <p className="quote-editor-hint__title">Mark a quote</p>
        <p>
          Select words in the article and press <kbd>Q</kbd> (or choose Quote). Without a mouse: <kbd>Alt</kbd>+<kbd>↓</kbd> selects the next
          sentence, <kbd>Shift</kbd>+<kbd>→</kbd> grows it by a word. <kbd>J</kbd> and <kbd>K</kbd> step through the quotes; <kbd>?</kbd> lists
          every shortcut.
        </p>
      </div>
    );
  }
  return <QuoteEditor key={selected.id} quote={selected} look={looks.get(selected.id)} names={names} />;
}
