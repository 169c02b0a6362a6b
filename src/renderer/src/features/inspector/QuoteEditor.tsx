/**
 * The quote editor: the selected quote's words, then its kind, speaker, the actors it is about,
 * tags and comment, each saved as soon as it changes. Deleting offers Undo. A quote that a
 * re-import could not place (or placed approximately) says so and how to fix it; a quote other
 * articles carry too names them ("Also carried by").
 */
import { QuoteWords } from '../../ui/QuoteWords';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { Quote } from '../../../../shared/model';
import type { NameInText } from '../../../../shared/text/names';
import { IconWarning } from '../../ui/icons';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { deleteQuote, retargetQuote, updateQuote } from '../reader/quoteActions';
import type { QuoteLook } from '../reader/quoteLooks';
import { ActorField } from './ActorField';
import { CommentField } from './CommentField';
import { onEditorFocusRequest, takeEditorFocusRequest, type EditorField } from './focusRequests';
import { IconLocate, IconTrash } from './inspectorIcons';
import { KindPicker } from './KindPicker';
import { TagField } from './TagField';
import { QuoteHistory } from './QuoteHistory';
import { SameStatementLine } from './SameStatementLine';
import { quoteText } from '../../../../shared/anchoring/pieces';

export interface QuoteEditorProps {
  quote: Quote;
  look: QuoteLook | undefined;
  /** Names found in the article, for the actor pickers. */
  names: readonly NameInText[];
}

export function QuoteEditor({ quote, look, names }: QuoteEditorProps) {
  const wb = useWorkbench();
  const id = useId();
  const fields = {
    kind: useRef<HTMLInputElement>(null),
    speaker: useRef<HTMLInputElement>(null),
    about: useRef<HTMLInputElement>(null),
    tags: useRef<HTMLInputElement>(null),
    comment: useRef<HTMLTextAreaElement>(null),
  };
  const placed = quote.anchorStatus !== 'orphaned';
  const { start, end } = quote.target;
  // Kept while the words stay, so the actor pickers do not rank the article's names again on every edit.
  const near = useMemo(() => (placed ? { start, end } : null), [placed, start, end]);
  const save = (patch: Parameters<typeof updateQuote>[2]) => updateQuote(wb, quote, patch);

  // Focus moves here when asked (a new quote → its speaker; S, A, T, C from anywhere).
  useEffect(() => {
    const focus = (field: EditorField) => {
      takeEditorFocusRequest();
      const element = fields[field].current;
      element?.focus();
      element?.scrollIntoView({ block: 'nearest' });
    };
    const waiting = takeEditorFocusRequest();
    if (waiting) focus(waiting);
    return onEditorFocusRequest(focus);
    // The refs are stable; re-subscribing per quote keeps the request for the quote just selected.
  }, [quote.id]);

  // The field's shortcut is in its tooltip and the shortcut list, keeping the labels short.
  const label = (field: string, key: string) => <span title={`${field} (${key})`}>{field}</span>;

  return (
    <section className="quote-editor" aria-label="Selected quote" data-tint={look?.tint ?? 'neutral'} data-quote-id={quote.id}>
      <header className="quote-editor__head">
        <p className="quote-editor__eyebrow">{quote.status === 'suggested' ? 'Suggested quote' : 'Selected quote'}</p>
        {placed && (
          <button type="button" className="icon-button" aria-label="Show in the text" title="Show in the text" onClick={() => wb.selectQuote(quote.id, { scroll: true })}>
            <IconLocate />
          </button>
        )}
        <button type="button" className="icon-button quote-editor__delete" aria-label="Delete quote" title="Delete quote (Delete)" onClick={() => void deleteQuote(wb, quote)}>
          <IconTrash />
        </button>
      </header>
      <QuoteWords className="quote-editor__text" scrolls kind={quote.kind} words={quoteText(quote.target)} />
      {/* A suggestion is not evidence yet: only a confirmed quote names the others carrying it. */}
      {quote.status === 'confirmed' && <SameStatementLine key={quote.id} quote={quote} />}
      {quote.anchorStatus && (
        <div className={`banner ${quote.anchorStatus === 'orphaned' ? 'banner--danger' : 'banner--warn'} quote-editor__banner`} role="status">
          <IconWarning />
          <div>
            <p className="banner__title">{quote.anchorStatus === 'orphaned' ? 'Not found in the current text' : 'Placed approximately'}</p>
            <p>
              {quote.anchorStatus === 'orphaned'
                ? 'The article’s text was replaced and these words are no longer in it. Select the right words in the reader and choose “Attach” in the toolbar — or delete the quote.'
                : 'The text changed where this quote is. Check the highlight; select other words and choose “Move” if it is wrong.'}
            </p>
          </div>
          {quote.anchorStatus === 'fuzzy' && (
            <button type="button" className="button button--small" onClick={() => void retargetQuote(wb, quote, { start: quote.target.start, end: quote.target.end })}>
              Looks right
            </button>
          )}
        </div>
      )}
      {quote.status === 'suggested' && (
        <div className="quote-editor__suggested">
          <span>Quotebook suggested this quote.</span>
          <button type="button" className="button button--small" onClick={() => void save({ status: 'confirmed' })}>
            Confirm
          </button>
        </div>
      )}
      <div className="quote-editor__fields">
        <span className="field-row__label" id={`${id}-kind`}>
          Kind
        </span>
        <KindPicker value={quote.kind} onChange={(kind) => void save({ kind })} inputRef={fields.kind} />
        <label className="field-row__label" htmlFor={`${id}-speaker`}>
          {label('Speaker', 'S')}
        </label>
        <ActorField
          label="Speaker"
          multiple={false}
          value={quote.speakerId ? [quote.speakerId] : []}
          onChange={(ids) => void save({ speakerId: ids[0] ?? null })}
          names={names}
          near={near}
          inputRef={fields.speaker}
          inputId={`${id}-speaker`}
          placeholder="Who said it?"
          // Tagging flows on: once the speaker is chosen, the keyboard moves to "About".
          onPicked={() => fields.about.current?.focus()}
        />
        <label className="field-row__label" htmlFor={`${id}-about`}>
          {label('About', 'A')}
        </label>
        <ActorField
          label="About"
          multiple
          value={quote.aboutIds}
          onChange={(aboutIds) => void save({ aboutIds })}
          names={names}
          near={near}
          inputRef={fields.about}
          inputId={`${id}-about`}
          placeholder="Whom is it about?"
        />
        <label className="field-row__label" htmlFor={`${id}-tags`}>
          {label('Tags', 'T')}
        </label>
        <TagField value={quote.tagIds} onChange={(tagIds) => void save({ tagIds })} inputRef={fields.tags} inputId={`${id}-tags`} />
        <label className="field-row__label field-row__label--top" htmlFor={`${id}-comment`}>
          {label('Comment', 'C')}
        </label>
        <CommentField id={`${id}-comment`} value={quote.comment} onSave={async (comment) => !!(await save({ comment }))} inputRef={fields.comment} />
      </div>
      <QuoteHistory quote={quote} />
    </section>
  );
}
