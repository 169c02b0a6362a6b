/**
 * A tag's page in the workspace: rename it, choose its colour and group, describe it, see every
 * quote that carries it (or one of its children) and open any of them; merge it into another tag
 * or delete it — both asked first, because they change quotes across the notebook.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Quote, Tag } from '../../../../shared/model';
import { TINTS } from '../../../../shared/palette';
import { orderCodebook, tagPath, withChildren } from '../../../../shared/tags/codebook';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { innerQuoteMarks, plural } from '../../ui/format';
import { useResult } from '../../ui/useResult';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { Modal } from '../../ui/Modal';
import { ownTint } from '../reader/quoteLooks';
import { deleteTag, mergeTag, updateTag } from './tagActions';
import { onCodebookChange } from './tagEvents';
import { quoteText } from '../../../../shared/anchoring/pieces';

export function TagView({ view }: { view: View }) {
  const wb = useWorkbench();
  const tags = wb.tags.value ?? [];
  const tag = tags.find((t) => t.id === view.id);
  if (!wb.tags.value) return <p className="pane-note">Loading…</p>;
  if (!tag) {
    return (
      <div className="workspace-empty">
        <EmptyState title="This tag no longer exists">
          <p>It may have been merged into another tag or deleted. Close this tab, or pick a tag in the Tags list.</p>
        </EmptyState>
      </div>
    );
  }
  return <TagPage key={tag.id} tag={tag} tags={tags} />;
}

function TagPage({ tag, tags }: { tag: Tag; tags: Tag[] }) {
  const wb = useWorkbench();
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const [confirm, setConfirm] = useState<null | 'delete' | { into: Tag }>(null);
  const [mergeInto, setMergeInto] = useState('');
  useEffect(() => setName(tag.name), [tag.name]);
  useEffect(() => setDescription(tag.description), [tag.description]);

  const ids = useMemo(() => [...withChildren(tag.id, tags)], [tag.id, tags]);
  const quotes = useResult(() => api.quotesList({ tagIds: ids }), [ids.join(' ')], wb.reportError);
  const { reload } = quotes;
  useEffect(() => onCodebookChange(reload), [reload]);
  const children = tags.filter((t) => t.parentId === tag.id);
  const parents = orderCodebook(tags.filter((t) => t.parentId === null && t.id !== tag.id));
  const others = orderCodebook(tags.filter((t) => t.id !== tag.id));
  const titles = new Map((wb.articles.value ?? []).map((a) => [a.id, a.title]));
  const speakers = new Map((wb.actors.value ?? []).map((a) => [a.id, a.name]));

  const rename = () => {
    const next = name.trim();
    if (!next) return setName(tag.name);
    if (next !== tag.name) void updateTag(wb, tag.id, { name: next }).then((t) => !t && setName(tag.name));
  };
  const open = (quote: Quote) => {
    wb.openView({ kind: 'article', id: quote.articleId });
    // The article view resets the selection when it opens; select once it has.
    window.setTimeout(() => wb.selectQuote(quote.id, { scroll: true }), 50);
  };

  return (
    <div className="reader-scroll" data-scroll-container tabIndex={-1}>
      <article className="tag-page" data-tint={ownTint(tag)} aria-label={`Tag ${tagPath(tag, tags)}`}>
        <p className="reader-kicker">
          <span className="tag-dot" aria-hidden="true" />
          {tag.parentId ? `Tag in ${tags.find((t) => t.id === tag.parentId)?.name ?? 'a group'}` : children.length ? 'Tag group' : 'Tag'}
        </p>
        <input
          className="tag-page__name"
          aria-label="Tag name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={rename}
          onKeyDown={(event) => {
            if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
            if (event.key === 'Escape') setName(tag.name);
          }}
        />
        <div className="tag-page__fields">
          <span className="field-row__label">Colour</span>
          <div className="tag-colours" role="radiogroup" aria-label="Colour">
            {[...TINTS, ''].map((tint) => (
              <label key={tint || 'none'} className="tag-colours__option" data-tint={tint || 'neutral'} title={tint || 'No colour'}>
                <input type="radio" name={`colour-${tag.id}`} checked={(ownTint(tag) === 'neutral' ? '' : tag.colour.toLowerCase()) === tint} onChange={() => void updateTag(wb, tag.id, { colour: tint })} />
                <span aria-hidden="true" />
                <span className="visually-hidden">{tint || 'No colour'}</span>
              </label>
            ))}
          </div>
          <label className="field-row__label" htmlFor={`group-${tag.id}`}>
            Group
          </label>
          <select
            id={`group-${tag.id}`}
            className="select tag-page__select"
            value={tag.parentId ?? ''}
            disabled={children.length > 0}
            title={children.length > 0 ? 'A tag with tags inside it stays at the top level (tags nest one level).' : undefined}
            onChange={(event) => void updateTag(wb, tag.id, { parentId: event.target.value || null })}
          >
            <option value="">— Top level —</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label className="field-row__label field-row__label--top" htmlFor={`description-${tag.id}`}>
            Description
          </label>
          <textarea
            id={`description-${tag.id}`}
            className="comment-field__input"
            rows={3}
            placeholder="When to use this tag — a definition for your codebook"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            onBlur={() => description !== tag.description && void updateTag(wb, tag.id, { description })}
          />
        </div>

        <section className="tag-page__quotes" aria-label="Quotes with this tag">
          <h2 className="tag-page__heading">
            {quotes.value ? plural(quotes.value.length, 'quote') : 'Quotes'}
            {children.length > 0 && <span className="tag-page__note"> · including {plural(children.length, 'tag')} inside it</span>}
          </h2>
          {quotes.value?.length === 0 && <p className="pane-note">No quote carries this tag yet. Tag quotes in the inspector beside an article.</p>}
          <ul className="tag-quotes">
            {quotes.value?.map((quote) => (
              <li key={quote.id}>
                <button type="button" className="tag-quote" onClick={() => open(quote)}>
                  <span className="tag-quote__text">“{innerQuoteMarks(quoteText(quote.target))}”</span>
                  <span className="tag-quote__meta">
                    {quote.speakerId ? speakers.get(quote.speakerId) ?? 'Unknown speaker' : 'Speaker not set'} · {titles.get(quote.articleId) ?? 'Article'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>

        <section className="tag-page__danger" aria-label="Merge or delete">
          <div className="tag-page__merge">
            <label className="field-row__label" htmlFor={`merge-${tag.id}`}>
              Merge into
            </label>
            <select id={`merge-${tag.id}`} className="select tag-page__select" value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
              <option value="">Choose a tag…</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {tagPath(t, tags)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              disabled={!mergeInto}
              onClick={() => {
                const into = tags.find((t) => t.id === mergeInto);
                if (into) setConfirm({ into });
              }}
            >
              Merge…
            </button>
          </div>
          <button type="button" className="button button--small tag-page__delete" onClick={() => setConfirm('delete')}>
            Delete tag…
          </button>
        </section>
      </article>
      {confirm && (
        <Modal
          title={confirm === 'delete' ? `Delete the tag “${tag.name}”?` : `Merge “${tag.name}” into “${confirm.into.name}”?`}
          onClose={() => setConfirm(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setConfirm(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                autoFocus
                onClick={async () => {
                  const done = confirm === 'delete' ? await deleteTag(wb, tag) : await mergeTag(wb, tag, confirm.into);
                  setConfirm(null);
                  if (done) wb.closeView({ kind: 'tag', id: tag.id });
                  if (done && confirm !== 'delete') wb.openView({ kind: 'tag', id: confirm.into.id });
                }}
              >
                {confirm === 'delete' ? 'Delete tag' : 'Merge'}
              </button>
            </>
          }
        >
          <p>
            {confirm === 'delete'
              ? `It is removed from ${plural(quotes.value?.filter((q) => q.tagIds.includes(tag.id)).length ?? 0, 'quote')}; the quotes themselves stay.${children.length ? ` The ${plural(children.length, 'tag')} inside it move to the top level.` : ''} This cannot be undone.`
              : `Every quote tagged “${tag.name}” gets “${confirm.into.name}” instead, and “${tag.name}” is removed from the codebook.${children.length ? ` Its ${plural(children.length, 'tag')} move along.` : ''}`}
          </p>
        </Modal>
      )}
    </div>
  );
}
