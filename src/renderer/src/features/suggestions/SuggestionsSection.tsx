/**
 * The inspector's list of an article's open suggestions: ask for them, step through them (the
 * reader follows), accept one (Enter) or all above a confidence, reject one (Delete). Before
 * anything is suggested it offers the action and says what it does.
 */
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { plural } from '../../ui/format';
import { QuoteWords } from '../../ui/QuoteWords';
import { nextIndex } from '../../ui/listKeys';
import { usePersistentState } from '../../ui/usePersistentState';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { ArticleInspectorContext } from '../inspector/sections';
import { Confidence } from './SelectedSuggestionSection';
import { requestAboutEdit, requestSpeakerEdit } from './suggestionKeys';
import { useSuggestionOverlay } from './suggestionOverlay';
import { setSuggestOnImport, useSuggestOnImport } from './suggestOnImport';
import { acceptSuggestions, isSuggestionId, rejectSuggestions, runSuggest, useSuggestions, type Suggestion } from './suggestionStore';
import './suggestions.css';
import { focusSelectedCard } from './focusSelectedCard';

const THRESHOLDS = [0.9, 0.8, 0.7, 0.5, 0];
const acceptThreshold = (value: unknown) => (typeof value === 'number' && THRESHOLDS.includes(value) ? value : null);

export function SuggestionsSection({ context }: { context: ArticleInspectorContext }) {
  const wb = useWorkbench();
  const articleId = context.data.article.id;
  const state = useSuggestions(articleId);
  const { looks } = useSuggestionOverlay(articleId, context.data, context.looks);
  const [threshold, setThreshold] = usePersistentState('suggestions.threshold', 0.8, acceptThreshold);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const latest = useRef({ wb, articleId });
  useEffect(() => {
    latest.current = { wb, articleId };
  });
  // Stable for the whole life of the list, so a key press re-renders only the rows it changes.
  const rowActions = useMemo<RowActions>(
    () => ({
      register: (id, element) => {
        if (element) rows.current.set(id, element);
        else rows.current.delete(id);
      },
      select: (id) => latest.current.wb.selectQuote(id, { scroll: true }),
      accept: (id) => void acceptSuggestions(latest.current.articleId, [id], latest.current.wb),
      edit: (id) => (latest.current.wb.selectQuote(id, { scroll: true }), requestAnimationFrame(requestSpeakerEdit)),
      reject: (id) => void rejectSuggestions(latest.current.articleId, [id], latest.current.wb),
    }),
    [],
  );
  const selectedId = isSuggestionId(wb.selection.quoteId) && state.items.some((s) => s.id === wb.selection.quoteId) ? wb.selection.quoteId : null;
  const readOnly = wb.info.value?.readOnly ?? false;
  const confident = state.items.filter((s) => s.confidence >= threshold && !s.stance);
  const autoSuggest = useSuggestOnImport();

  useEffect(() => {
    if (selectedId) rows.current.get(selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = state.items.findIndex((s) => s.id === selectedId);
    const next = nextIndex(event.key, index, state.items.length, 5);
    let run: (() => void) | null = null;
    // After accepting or rejecting from the list (Enter, Delete), the keyboard stays in the list, on the next one.
    if (next !== null) {
      const id = state.items[next]!.id;
      run = () => {
        wb.selectQuote(id, { scroll: true });
        rows.current.get(id)?.focus();
      };
    } else if (selectedId && event.key === 'Enter' && !readOnly) run = () => void acceptSuggestions(articleId, [selectedId], wb).then(() => focusSelectedCard());
    else if (selectedId && (event.key === 'Delete' || event.key === 'Backspace') && !readOnly) run = () => void rejectSuggestions(articleId, [selectedId], wb).then(() => focusSelectedCard());
    else if (selectedId && (event.key === 'e' || event.key === 'E')) run = requestSpeakerEdit;
    else if (selectedId && (event.key === 'o' || event.key === 'O')) run = requestAboutEdit;
    if (!run) return;
    event.preventDefault();
    run();
  };

  const suggestButton = (label: string) => (
    <button type="button" className="button button--small" onClick={() => void runSuggest(articleId, wb)} disabled={state.status === 'loading'} aria-keyshortcuts="Shift+S">
      {state.status === 'loading' ? 'Reading the article…' : label}
    </button>
  );

  return (
    <section className="suggestions-section" aria-label="Suggested quotes">
      <header className="pane-header">
        <h1 className="pane-title">
          Suggestions
          {state.items.length > 0 && <span className="pane-title__count">{state.items.length}</span>}
        </h1>
        {state.status !== 'idle' && suggestButton('Suggest again')}
      </header>
      {state.status !== 'ready' && (
        <div className="suggestions-intro">
          <p>Quotebook can propose this article’s quotes — direct and reported — with who said them. Nothing is saved until you accept it.</p>
          {suggestButton('Suggest quotes')}
          <p className="suggestions-intro__keys">
            <kbd>Shift</kbd>+<kbd>S</kbd> suggests · <kbd>Enter</kbd> accepts · <kbd>Del</kbd> rejects · <kbd>E</kbd> changes the speaker
          </p>
        </div>
      )}
      {state.status === 'ready' && state.items.length === 0 && (
        <p className="suggestions-empty">
          No open suggestions.{' '}
          {[state.tagged && `${plural(state.tagged, 'passage')} already quoted`, state.rejected && `${state.rejected} rejected`].filter(Boolean).join(', ')}
        </p>
      )}
      {state.items.length > 0 && (
        <div className="suggestions-bulk" role="group" aria-label="Accept several">
          <label>
            <span>Accept all at least</span>{' '}
            <select className="select" value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} aria-label="Confidence threshold">
              {THRESHOLDS.map((t) => (
                <option key={t} value={t}>
                  {t === 0 ? 'any' : `${Math.round(t * 100)}%`}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--small button--primary" disabled={confident.length === 0 || readOnly} onClick={() => void acceptSuggestions(articleId, confident.map((s) => s.id), wb)}>
            Accept {confident.length}
          </button>
          <span className="suggestions-bulk__left" aria-live="polite">
            {[state.tagged && `${state.tagged} already quoted`, state.rejected && `${state.rejected} rejected`].filter(Boolean).join(' · ')}
          </span>
        </div>
      )}
      {state.items.length > 0 && (
        <ul className="suggestion-list" role="listbox" aria-label="Suggestions to review" onKeyDown={onKeyDown}>
          {state.items.map((s, index) => (
            <SuggestionRow
              key={s.id}
              suggestion={s}
              tint={looks.get(s.id)?.tint ?? 'neutral'}
              selected={s.id === selectedId}
              tabbable={s.id === selectedId || (selectedId === null && index === 0)}
              readOnly={readOnly}
              actions={rowActions}
            />
          ))}
        </ul>
      )}
      <label className="check-row suggestions-auto">
        <input
          type="checkbox"
          checked={autoSuggest}
          onChange={(event) => setSuggestOnImport(event.target.checked)}
        />
        Suggest as soon as an article is imported
      </label>
    </section>
  );
}

interface RowActions {
  register: (id: string, element: HTMLLIElement | null) => void;
  select: (id: string) => void;
  accept: (id: string) => void;
  edit: (id: string) => void;
  reject: (id: string) => void;
}

interface SuggestionRowProps {
  suggestion: Suggestion;
  tint: string;
  selected: boolean;
  tabbable: boolean;
  readOnly: boolean;
  actions: RowActions;
}

/** One suggestion card; memoised, since a long article lists hundreds and a key press changes one or two. */
const SuggestionRow = memo(function SuggestionRow({ suggestion: s, tint, selected, tabbable, readOnly, actions }: SuggestionRowProps) {
  return (
    <li
      ref={(element) => actions.register(s.id, element)}
      className="quote-card quote-card--suggested suggestion-card"
      data-tint={tint}
      role="option"
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => actions.select(s.id)}
    >
      <div className="quote-card__top">
        <span className="speaker-swatch" aria-hidden="true" />
        <span className={`quote-card__speaker${s.speaker ? '' : ' suggestion-card__speaker--none'}`}>{s.speaker?.name ?? 'No speaker found'}</span>
        <Confidence value={s.confidence} />
      </div>
      <QuoteWords className="quote-card__text suggestion-card__text" kind={s.stance ? 'stance' : s.kind} words={s.text} />
      {s.about.length > 0 && <p className="suggestion-card__about">About: {s.about.map((a) => a.name).join(', ')}</p>}
      <div className="suggestion-card__bottom">
        <span className="suggestion-card__meta">
          {s.stance ? 'Stance (not speech)' : s.kind === 'direct' ? 'Direct' : 'Reported'}
          {s.cue && ` · “${s.cue}”`}
        </span>
        {/* Quick actions for the mouse, hidden from assistive technology (an option may not
            hold controls): the keyboard has Enter, Delete and E, and the selected
            suggestion's own section has the same buttons. */}
        <span className="suggestion-card__actions" aria-hidden="true">
          {!readOnly && (
            <span className="button button--small" onClick={(e) => (e.stopPropagation(), actions.accept(s.id))}>
              Accept
            </span>
          )}
          <span className="button button--small" onClick={(e) => (e.stopPropagation(), actions.edit(s.id))}>
            Edit
          </span>
          {!readOnly && (
            <span className="button button--small" onClick={(e) => (e.stopPropagation(), actions.reject(s.id))}>
              Reject
            </span>
          )}
        </span>
      </div>
    </li>
  );
});
