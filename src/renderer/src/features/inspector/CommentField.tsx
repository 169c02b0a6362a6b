/**
 * The quote's comment: saved when the analyst pauses typing or leaves the field, with a quiet
 * "Saved" so they know it is kept. Edits made elsewhere show up unless the field is being typed in.
 */
import { useEffect, useRef, useState, type Ref } from 'react';

const SAVE_AFTER_MS = 800;

export function CommentField({ value, onSave, inputRef, id }: { value: string; onSave: (text: string) => Promise<boolean>; inputRef?: Ref<HTMLTextAreaElement>; id: string }) {
  const [text, setText] = useState(value);
  const [state, setState] = useState<'idle' | 'dirty' | 'saving' | 'saved'>('idle');
  const timer = useRef(0);
  const editing = useRef(false);

  useEffect(() => {
    if (!editing.current) setText(value);
  }, [value]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const save = async (next: string) => {
    window.clearTimeout(timer.current);
    if (next === value) return setState((s) => (s === 'dirty' ? 'idle' : s));
    setState('saving');
    setState((await onSave(next)) ? 'saved' : 'dirty');
  };

  return (
    <div className="comment-field">
      <textarea
        id={id}
        ref={inputRef}
        className="comment-field__input"
        rows={3}
        placeholder="Why this quote matters, context, doubts…"
        value={text}
        onFocus={() => (editing.current = true)}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          setState('dirty');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void save(next), SAVE_AFTER_MS);
        }}
        onBlur={() => {
          editing.current = false;
          void save(text);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') (event.target as HTMLTextAreaElement).blur();
        }}
      />
      <p className="comment-field__state" aria-live="polite">
        {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'dirty' ? 'Not saved yet' : ''}
      </p>
    </div>
  );
}
