/**
 * The "/quote" picker: typing "/quote" followed by words searches the notebook's quotes by their
 * words, speaker or tags (`notes:findQuotes`); picking one replaces what was typed with a card.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $isRangeSelection, type TextNode } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { $insertQuoteCard } from '../../../../../shared/editor/noteCommands';
import type { CitedQuote } from '../../../../../shared/editor/notesApi';
import { api } from '../../../api';
import { dotted, formatDate } from '../../../ui/format';
import { quotedLine } from '../../../ui/QuoteWords';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { rememberCitedQuote } from '../citedQuotes';
import { matchQuoteTrigger } from './triggers';
import { TypeaheadMenu } from './TypeaheadMenu';
import { quoteText } from '../../../../../shared/anchoring/pieces';

class QuoteOption extends MenuOption {
  constructor(readonly cited: CitedQuote) {
    super(cited.quote.id);
  }
}

export function QuotePickerPlugin() {
  const [editor] = useLexicalComposerContext();
  const { actors, reportError } = useWorkbench();
  const [query, setQuery] = useState<string | null>(null);
  const [results, setResults] = useState<CitedQuote[]>([]);
  const request = useRef(0);

  useEffect(() => {
    if (query === null) return;
    const id = ++request.current;
    const timer = window.setTimeout(async () => {
      const result = await api.notesFindQuotes({ query, limit: 12 });
      if (id !== request.current) return;
      if (result.ok) setResults(result.value);
      else reportError(result.error);
    }, 120);
    return () => window.clearTimeout(timer);
  }, [query, reportError]);

  const options = useMemo(() => results.map((r) => new QuoteOption(r)), [results]);
  const speakerName = useCallback((id: string | null) => (id ? actors.value?.find((a) => a.id === id)?.name : undefined), [actors.value]);

  const onSelect = useCallback(
    (option: QuoteOption, typed: TextNode | null, close: () => void) => {
      editor.update(() => {
        typed?.remove();
        const selection = $getSelection();
        if ($isRangeSelection(selection) || selection === null) $insertQuoteCard(option.cited.quote.id, quoteText(option.cited.quote.target));
      });
      rememberCitedQuote(option.cited);
      close();
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<QuoteOption>
      triggerFn={matchQuoteTrigger}
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      onClose={() => setResults([])}
      options={options}
      anchorClassName="note-typeahead-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => (
        <TypeaheadMenu
          anchor={anchor}
          label="Quotes to cite"
          options={options}
          selectedIndex={selectedIndex}
          select={selectOptionAndCleanUp}
          highlight={setHighlightedIndex}
          empty={query ? 'No quote has these words, speaker or tag.' : 'Type words of a quote, a speaker or a tag.'}
          footer="↑ ↓ to choose · Enter to cite · Esc to close"
          renderOption={({ cited: { quote, article } }) => (
            <>
              <span className="note-typeahead__quote">{quotedLine(quote.kind, quoteText(quote.target))}</span>
              <span className="note-typeahead__meta">{dotted(speakerName(quote.speakerId) ?? 'Speaker not set', article.title, formatDate(article.publishedAt))}</span>
            </>
          )}
        />
      )}
    />
  );
}
