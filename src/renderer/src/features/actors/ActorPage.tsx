/**
 * The workspace view of one actor: the profile (editable), then every quote the actor said and
 * every quote about it across the notebook, grouped by article and filterable by tag and date,
 * and the notes that cite it. The view with id "new" is the form for a new actor.
 */
import { useMemo, useState } from 'react';
import type { ActorPage as PageData } from '../../../../shared/actors/api';
import type { Actor } from '../../../../shared/model';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { useResult } from '../../ui/useResult';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ActorFilters, type Filters } from './ActorFilters';
import { ActorForm } from './ActorForm';
import { ActorProfile } from './ActorProfile';
import { patchFrom } from './actorDraft';
import { NewActor } from './NewActor';
import { QuoteGroups } from './QuoteGroups';
import { reloadActorStats } from './useActorStats';

const noFilters: Filters = { tagId: '', from: '', to: '' };

export function ActorPage({ view }: { view: View }) {
  if (view.id === 'new') return <NewActor />;
  return <ExistingActor id={view.id} />;
}

function ExistingActor({ id }: { id: string }) {
  const wb = useWorkbench();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [tab, setTab] = useState<'said' | 'about' | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const page = useResult<PageData>(
    () => api.actorsPage({ id, tagIds: filters.tagId ? [filters.tagId] : [], ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) }),
    [id, filters, wb.actors.value, wb.articles.value, wb.notes.value],
    wb.reportError,
  );
  const actorsById = useMemo(() => new Map((wb.actors.value ?? []).map((a) => [a.id, a])), [wb.actors.value]);
  const tagsById = useMemo(() => new Map((wb.tags.value ?? []).map((t) => [t.id, t])), [wb.tags.value]);
  const data = page.value?.actor.id === id ? page.value : undefined;

  if (!data) {
    return (
      <div className="actor-page">
        {page.error ? (
          <EmptyState title="This actor cannot be shown" tone="error" actions={<button type="button" className="button" onClick={page.reload}>Try again</button>}>
            <p>{page.error.message}</p>
          </EmptyState>
        ) : (
          <p className="pane-note">Loading…</p>
        )}
      </div>
    );
  }

  const actor = data.actor;
  const save = async (patch: Partial<Actor>) => {
    setSaving(true);
    const result = await api.actorsUpdate({ id, patch });
    setSaving(false);
    if (!result.ok) return wb.reportError(result.error);
    setEditing(false);
    wb.refresh('actors');
    reloadActorStats();
    wb.notify(`Saved “${result.value.name}”.`, 'info');
  };

  const shownTab = tab ?? (data.counts.said > 0 || data.counts.about === 0 ? 'said' : 'about');
  const groups = shownTab === 'said' ? data.said : data.about;
  const filtered = filters.tagId !== '' || filters.from !== '' || filters.to !== '';
  const total = shownTab === 'said' ? data.counts.said : data.counts.about;
  const statements = shownTab === 'said' ? data.statements.said : data.statements.about;

  return (
    <div className="actor-page" data-scroll-container tabIndex={-1}>
      <div className="actor-column">
        {editing ? (
          <section className="actor-edit" aria-label="Edit profile">
            <h1 className="actor-edit__title">Edit {actor.name}</h1>
            <ActorForm
              actor={actor}
              actors={wb.actors.value ?? []}
              submitLabel="Save"
              busy={saving}
              onSubmit={(draft) => void save(patchFrom(draft, actor))}
              onCancel={() => setEditing(false)}
            />
          </section>
        ) : (
          <ActorProfile page={data} actorsById={actorsById} onEdit={() => setEditing(true)} />
        )}

        <div className="actor-tabs" role="tablist" aria-label="Quotes">
          {(['said', 'about'] as const).map((which) => (
            <button
              key={which}
              type="button"
              role="tab"
              id={`actor-tab-${which}`}
              aria-selected={shownTab === which}
              aria-controls="actor-tabpanel"
              className="actor-tab"
              onClick={() => setTab(which)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                  event.preventDefault();
                  const other = which === 'said' ? 'about' : 'said';
                  setTab(other);
                  document.getElementById(`actor-tab-${other}`)?.focus();
                }
              }}
              tabIndex={shownTab === which ? 0 : -1}
            >
              {which === 'said' ? 'Said' : 'About'}
              <span className="actor-tab__count" title="Statements: a line several articles carry counts once">
                {which === 'said' ? data.statements.said : data.statements.about}
              </span>
            </button>
          ))}
        </div>

        <ActorFilters filters={filters} onChange={setFilters} tags={data.tags} tagsById={tagsById} />

        <div id="actor-tabpanel" role="tabpanel" aria-labelledby={`actor-tab-${shownTab}`} className="actor-tabpanel">
          {filtered && total > 0 && (
            <p className="actor-tabpanel__note">
              Showing {shownTab === 'said' ? data.counts.saidShown : data.counts.aboutShown} of {plural(total, 'quote')}.
            </p>
          )}
          {statements < total && (
            <p className="actor-tabpanel__note actor-tabpanel__note--statements">
              {plural(total, 'quote')} make {plural(statements, 'statement')}: a line that several articles carry is listed once, with the others as its sources.
            </p>
          )}
          {groups.length > 0 ? (
            <QuoteGroups groups={groups} sources={data.sources} actorId={id} actorsById={actorsById} tagsById={tagsById} label={shownTab === 'said' ? `Quotes by ${actor.name}` : `Quotes about ${actor.name}`} />
          ) : (
            <EmptyState title={filtered && total > 0 ? 'No quotes match the filter' : shownTab === 'said' ? `No quotes by ${actor.name} yet` : `No quotes about ${actor.name} yet`}>
              <p>
                {filtered && total > 0
                  ? 'Choose another tag or widen the dates.'
                  : shownTab === 'said'
                    ? `Quotes whose speaker is ${actor.name} appear here, from every article.`
                    : `Quotes that name ${actor.name} among whom they are about appear here.`}
              </p>
            </EmptyState>
          )}
          {data.suggested > 0 && <p className="actor-tabpanel__note">{plural(data.suggested, 'suggestion')} naming {actor.name} await review in their articles and are not listed.</p>}
        </div>

        {data.notes.length > 0 && (
          <section className="actor-notes" aria-labelledby="actor-notes-title">
            <h2 id="actor-notes-title" className="actor-section-title">
              Cited in notes
            </h2>
            <ul className="actor-notes__list">
              {data.notes.map((note) => (
                <li key={note.id}>
                  <button type="button" className="link-button" onClick={() => wb.openView({ kind: 'note', id: note.id })}>
                    {note.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
