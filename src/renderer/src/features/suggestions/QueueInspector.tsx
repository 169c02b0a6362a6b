/**
 * The inspector beside the review queue: the row in hand in full — its words, article, speaker and
 * why — with the speaker and whom it is about to change (E and O put the keyboard there) and the
 * decision buttons.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { acceptRows, rejectRows, useQueueRows, useQueueRun } from './reviewQueue';
import { SuggestionHead } from './SelectedSuggestionSection';
import { AcceptedElsewhere } from './AcceptedElsewhere';
import { SpeakerChoiceField } from './SpeakerChoiceField';
import { onFieldEditRequest } from './suggestionKeys';
import { AboutChoiceField } from './AboutChoiceField';
import { editSuggestion, suggestionsOf } from './suggestionStore';
import './suggestions.css';

export function QueueInspector({ view }: { view: View }) {
  const wb = useWorkbench();
  const articles = wb.articles.value;
  const titles = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a.title])), [articles]);
  const run = useQueueRun(view.id);
  const rows = useQueueRows(run, titles);
  const row = rows.find((r) => r.id === run?.selectedId);
  const speakerInput = useRef<HTMLInputElement>(null);
  const aboutInput = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  useEffect(() => onFieldEditRequest((field) => (field === 'about' ? aboutInput : speakerInput).current?.focus()), []);
  if (!row) {
    return (
      <div className="pane-scroll">
        <EmptyState title="No suggestion in hand">
          <p>Pick a suggestion in the queue to see it in full and change its speaker.</p>
        </EmptyState>
      </div>
    );
  }
  const s = row.suggestion;
  const readOnly = wb.info.value?.readOnly ?? false;
  const back = () => requestAnimationFrame(() => document.querySelector<HTMLElement>('.queue-row[aria-selected="true"]')?.focus());
  return (
    <div className="pane-scroll">
      <section className="suggestion-editor" aria-label="Selected suggestion" data-tint="neutral">
        <SuggestionHead suggestion={s} />
        <p className="suggestion-editor__why">
          In{' '}
          <button type="button" className="link-button" onClick={() => (wb.openView({ kind: 'article', id: row.articleId }), wb.selectQuote(s.id, { scroll: true }))}>
            {row.articleTitle}
          </button>
        </p>
        <p className="suggestion-editor__speaker">
          {s.speaker ? (
            <span>
              <strong>{s.speaker.name}</strong>
              {s.speaker.anonymous ? ' · unnamed source' : s.speaker.actorId ? ' · in the notebook' : ` · new ${s.speaker.kind}`}
              {s.cue && ` · “${s.cue}”`}
            </span>
          ) : (
            <span className="suggestion-editor__none">No speaker found: choose one below, or accept without.</span>
          )}
        </p>
        <AcceptedElsewhere key={s.id} articleId={row.articleId} suggestion={s} />
        {s.stance && <p className="suggestion-editor__why">A belief or finding, not speech: never accepted with its group.</p>}
        <div className="suggestion-editor__fields">
          <label className="field-row__label" htmlFor={fieldId}>
            Speaker
          </label>
          <SpeakerChoiceField articleActors={suggestionsOf(row.articleId).actors} inputId={fieldId} inputRef={speakerInput} onChoose={(speaker) => editSuggestion(row.articleId, s.id, { speaker })} />
          <label className="field-row__label" htmlFor={`${fieldId}-about`}>
            About
          </label>
          <AboutChoiceField about={s.about} articleActors={suggestionsOf(row.articleId).actors} inputId={`${fieldId}-about`} inputRef={aboutInput} onChange={(about) => editSuggestion(row.articleId, s.id, { about })} />
        </div>
        {!readOnly && (
          <div className="suggestion-editor__actions">
            <button type="button" className="button button--primary" onClick={() => void acceptRows([row], wb).then(back)}>
              Accept <kbd>A</kbd>
            </button>
            <button type="button" className="button" onClick={() => void rejectRows([row], wb).then(back)}>
              Reject <kbd>R</kbd>
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
