/**
 * Editing an article's metadata: title, section, outlet, authors, publication date, address and
 * language. The text itself never changes here (quotes point into it). Problems the notebook
 * reports (a non-web address, a date it cannot read) are shown in the dialog, next to the form.
 */
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api';
import type { ArticleSummary } from '../../../../shared/model';
import { formatDate, plural } from '../../ui/format';
import { Modal } from '../../ui/Modal';

export interface ArticleDetailsDialogProps {
  article: ArticleSummary;
  onSaved: (article: ArticleSummary) => void;
  onClose: () => void;
}

/** A date input wants YYYY-MM-DD; stored dates may carry a time. */
const dateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? '';

export function ArticleDetailsDialog({ article, onSaved, onClose }: ArticleDetailsDialogProps) {
  const id = useId();
  const initial = {
    title: article.title,
    section: article.section,
    outlet: article.source.outlet,
    authors: article.source.authors.join('\n'),
    publishedAt: dateOnly(article.source.publishedAt),
    url: article.source.url,
    language: article.language,
  };
  const [fields, setFields] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields.title.trim()) return setProblem('An article needs a title.');
    // Only what changed is sent, so a stored timestamp survives when the date was not touched.
    const patch: Record<string, unknown> = {};
    for (const key of ['title', 'section', 'outlet', 'url', 'language', 'publishedAt'] as const) if (fields[key] !== initial[key]) patch[key] = fields[key];
    if (fields.authors !== initial.authors) patch.authors = fields.authors.split('\n').map((name) => name.trim()).filter(Boolean);
    if (Object.keys(patch).length === 0) return onClose();
    setSaving(true);
    const result = await api.articlesUpdateMetadata({ id: article.id, patch });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    onSaved(result.value);
  };

  const field = (name: keyof typeof fields, label: string, input: React.ReactNode, hint?: string) => (
    <div className={`details-field details-field--${name}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {input}
      {hint && <p className="details-field__hint">{hint}</p>}
    </div>
  );
  const text = (name: keyof typeof fields, type = 'text', extra: Record<string, unknown> = {}) => (
    <input id={`${id}-${name}`} className="details-input" type={type} value={fields[name]} onChange={set(name)} {...extra} />
  );

  return (
    <Modal title="Article details" wide onClose={onClose}>
      <form className="details-form" onSubmit={submit} noValidate>
        {field('title', 'Title', text('title', 'text', { required: true, 'aria-required': true, autoFocus: true }))}
        <div className="details-row">
          {field('section', 'Section', text('section'), 'The kicker, e.g. “Policy”')}
          {field('outlet', 'Outlet', text('outlet'))}
        </div>
        {field('authors', 'Authors', <textarea id={`${id}-authors`} className="details-input" rows={2} value={fields.authors} onChange={set('authors')} />, 'One name per line')}
        <div className="details-row">
          {field('publishedAt', 'Published', text('publishedAt', 'date'))}
          {field('language', 'Language', text('language', 'text', { placeholder: 'e.g. en', maxLength: 20 }))}
        </div>
        {field('url', 'Web address', text('url', 'url', { placeholder: 'https://…', spellCheck: false }))}
        <p className="details-origin">
          Imported {formatDate(article.importedAt)}
          {article.origin.name ? ` from ${article.origin.name}` : ''} · {plural(article.wordCount, 'word')} · {plural(article.quoteCount, 'quote')}. The text itself is kept as imported, so quotes stay in place.
        </p>
        {problem && (
          <p className="qb-modal__error" role="alert">
            {problem}
          </p>
        )}
        <div className="qb-modal__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
