/**
 * The inspector's list of an article's open suggestions: ask for them, step through them (the
 * reader follows), accept one (Enter) or all above a confidence, reject one (Delete). Before
 * anything is suggested it offers the action and says what it does.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { plural } from '../../ui/format';
import { QuoteWords } from '../../ui/QuoteWords';
import { nextIndex } from '../../ui/listKeys';
import { usePersistentState } from '../../ui/usePersistentState';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { ArticleInspectorContext } from '../inspector/sections';
import { Confidence } from './SelectedSuggestionSection';
import { requestSpeakerEdit } from './suggestionKeys';
import { useSuggestionOverlay } from './suggestionOverlay';
import { setSuggestOnImport, useSuggestOnImport } from './suggestOnImport';
import { acceptSuggestions, isSuggestionId, rejectSuggestions, runSuggest, useSuggestions } from './suggestionStore';
import './suggestions.css';

const THRESHOLDS = [0.9, 0.8, 0.7, 0.5, 0];
const acceptThreshold = (value: unknown) => (typeof value === 'number' && THRESHOLDS.includes(value) ? value : null);

export function SuggestionsSection({ context }: { context: ArticleInspectorContext }) {
  const wb = useWorkbench();
  const articleId = context.data.article.id;
  const state = useSuggestions(articleId);
  const { looks } = useSuggestionOverlay(articleId, context.data, context.looks);
  const [threshold, setThreshold] = usePersistentState('suggestions.threshold', 0.8, acceptThreshold);
  const rows = useRef(new Map<string, HTMLLIElement>());
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
    if (next !== null) {
      const id = state.items[next]!.id;
      run = () => {
        wb.selectQuote(id, { scroll: true });
        rows.current.get(id)?.focus();
      };
    } else if (selectedId && event.key === 'Enter' && !readOnly) run = () => void acceptSuggestions(articleId, [selectedId], wb).then(() => focusSelected());
    else if (selectedId && (event.key === 'Delete' || event.key === 'Backspace') && !readOnly) run = () => void rejectSuggestions(articleId, [selectedId], wb).then(() => focusSelected());
    else if (selectedId && (event.key === 'e' || event.key === 'E')) run = requestSpeakerEdit;
    if (!run) return;
    event.preventDefault();
    run();
  };
  // After accepting or rejecting from the list, the keyboard stays in the list, on the next one.
  const focusSelected = () => requestAnimationFrame(() => document.querySelector<HTMLElement>('.suggestion-card[aria-selected="true"]')?.focus());

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
          {state.items.map((s, index) => {
            const look = looks.get(s.id);
            const selected = s.id === selectedId;
            return (
              <li
                key={s.id}
                ref={(element) => {
                  if (element) rows.current.set(s.id, element);
                  else rows.current.delete(s.id);
                }}
                className="quote-card quote-card--suggested suggestion-card"
                data-tint={look?.tint ?? 'neutral'}
                role="option"
                aria-selected={selected}
                tabIndex={selected || (selectedId === null && index === 0) ? 0 : -1}
                onClick={() => wb.selectQuote(s.id, { scroll: true })}
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
                      <span className="button button--small" onClick={(e) => (e.stopPropagation(), void acceptSuggestions(articleId, [s.id], wb))}>
                        Accept
                      </span>
                    )}
                    <span className="button button--small" onClick={(e) => (e.stopPropagation(), wb.selectQuote(s.id, { scroll: true }), requestAnimationFrame(requestSpeakerEdit))}>
                      Edit
                    </span>
                    {!readOnly && (
                      <span className="button button--small" onClick={(e) => (e.stopPropagation(), void rejectSuggestions(articleId, [s.id], wb))}>
                        Reject
                      </span>
                    )}
                  </span>
                </div>
              </li>
            );
          })}
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
