/**
 * The inspector's top part while a suggestion is selected (in the reader or the list): its words,
 * who the suggester thinks said them and why, and the decision — accept (Enter), change the
 * speaker (E), whom it is about (O) or the kind first, or reject (Delete).
 */
import { QuoteWords } from '../../ui/QuoteWords';
import { useEffect, useId, useRef } from 'react';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import type { ArticleInspectorContext } from '../inspector/sections';
import { AcceptedElsewhere } from './AcceptedElsewhere';
import { SpeakerChoiceField } from './SpeakerChoiceField';
import { useSuggestionOverlay } from './suggestionOverlay';
import { acceptSuggestions, editSuggestion, isSuggestionId, rejectSuggestions, useSuggestions, type Suggestion } from './suggestionStore';
import { onFieldEditRequest } from './suggestionKeys';
import { AboutChoiceField } from './AboutChoiceField';
import './suggestions.css';

export function SelectedSuggestionSection({ context }: { context: ArticleInspectorContext }) {
  const wb = useWorkbench();
  const articleId = context.data.article.id;
  const { items, actors } = useSuggestions(articleId);
  const { looks } = useSuggestionOverlay(articleId, context.data, context.looks);
  const selected = isSuggestionId(wb.selection.quoteId) ? items.find((s) => s.id === wb.selection.quoteId) : undefined;
  const speakerInput = useRef<HTMLInputElement>(null);
  const aboutInput = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  useEffect(() => onFieldEditRequest((field) => (field === 'about' ? aboutInput : speakerInput).current?.focus()), []);
  if (!selected) return null;

  const look = looks.get(selected.id);
  const speaker = selected.speaker;
  return (
    <section className="suggestion-editor" aria-label="Selected suggestion" data-tint={look?.tint ?? 'neutral'}>
      <SuggestionHead suggestion={selected} />
      <p className="suggestion-editor__speaker">
        <span className="speaker-swatch" aria-hidden="true" />
        {speaker ? (
          <span>
            <strong>{speaker.name}</strong>
            {speaker.anonymous ? ' · unnamed source' : speaker.actorId ? ' · in the notebook' : ` · new ${speaker.kind}`}
          </span>
        ) : (
          <span className="suggestion-editor__none">No speaker found: choose one below, or accept without.</span>
        )}
      </p>
      <AcceptedElsewhere key={selected.id} articleId={articleId} suggestion={selected} />
      <p className="suggestion-editor__why">{selected.edited ? 'Changed by you.' : whyText(selected.reason, selected.cue)}</p>
      <div className="suggestion-editor__fields">
        <label className="field-row__label" htmlFor={fieldId}>
          Speaker
        </label>
        <SpeakerChoiceField articleActors={actors} inputId={fieldId} inputRef={speakerInput} onChoose={(s) => editSuggestion(articleId, selected.id, { speaker: s })} />
        <label className="field-row__label" htmlFor={`${fieldId}-about`}>
          About
        </label>
        <AboutChoiceField about={selected.about} articleActors={actors} inputId={`${fieldId}-about`} inputRef={aboutInput} onChange={(about) => editSuggestion(articleId, selected.id, { about })} />
        <span className="field-row__label">Kind</span>
        <div className="kind-picker" role="radiogroup" aria-label="Kind of quote">
          {(['direct', 'indirect'] as const).map((kind) => (
            <label key={kind} className="kind-picker__option">
              <input type="radio" name={`${fieldId}-kind`} checked={selected.kind === kind} onChange={() => editSuggestion(articleId, selected.id, { kind })} />
              <span>{kind === 'direct' ? 'Direct' : 'Indirect'}</span>
            </label>
          ))}
        </div>
      </div>
      <div className="suggestion-editor__actions">
        <button type="button" className="button button--primary" onClick={() => void acceptSuggestions(articleId, [selected.id], wb)}>
          Accept <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => void rejectSuggestions(articleId, [selected.id], wb)}>
          Reject <kbd>Del</kbd>
        </button>
      </div>
    </section>
  );
}

/** The top of a selected suggestion, in the article's inspector and in the review queue: how sure, and the words. */
export function SuggestionHead({ suggestion }: { suggestion: Pick<Suggestion, 'confidence' | 'stance' | 'kind' | 'text'> }) {
  return (
    <>
      <p className="suggestion-editor__eyebrow">
        <span>Suggestion</span>
        <Confidence value={suggestion.confidence} />
      </p>
      <QuoteWords className="quote-editor__text suggestion-editor__text" scrolls kind={suggestion.stance ? 'stance' : suggestion.kind} words={suggestion.text} />
    </>
  );
}

/** How sure the suggester is, as a word and a percentage. */
export function Confidence({ value }: { value: number }) {
  const level = value >= 0.85 ? 'high' : value >= 0.65 ? 'medium' : 'low';
  const word = { high: 'Likely', medium: 'Probable', low: 'Unsure' }[level];
  return (
    <span className={`confidence confidence--${level}`} title={`The suggester is ${Math.round(value * 100)}% sure of the words and the speaker`}>
      {word} · {Math.round(value * 100)}%
    </span>
  );
}

const REASONS: Record<string, string> = {
  'trailing cue': 'The attribution follows the quote',
  'leading cue': 'The attribution introduces the quote',
  'inverted cue': 'The attribution follows the quote',
  'continues previous sentence': 'Continues the previous sentence’s speaker',
  'continues previous paragraph': 'Continues the previous paragraph’s speaker',
  'fragment in sentence': 'Quoted words in the speaker’s sentence',
  'passive agent': 'Quoted words attributed with “by”',
  'sentence subject': 'The subject of the sentence; check it',
  'interview answer': 'An answer in the interview',
  'no cue': 'Nothing in the text says who said this',
};

function whyText(reason: string, cue: string): string {
  if (reason.startsWith('reported')) return `Reported speech${cue ? `, after “${cue}”` : ''}.`;
  if (reason.startsWith('headline')) return 'A quote in the headline, attributed from the article.';
  const base = REASONS[reason] ?? reason;
  return `${base}${cue && !base.includes('“') ? ` (“${cue}”)` : ''}.`;
}
