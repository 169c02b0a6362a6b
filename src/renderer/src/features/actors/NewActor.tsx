/** The "new actor" view: the profile form; once saved, the tab becomes the new actor's page. */
import { useState } from 'react';
import { api } from '../../api';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ActorForm } from './ActorForm';
import { externalIdsOf, type ActorDraft } from './actorDraft';
import { reloadActorStats } from './useActorStats';

export function NewActor() {
  const wb = useWorkbench();
  const [busy, setBusy] = useState(false);
  const close = () => wb.closeView({ kind: 'actor', id: 'new' });
  const create = async (draft: ActorDraft) => {
    setBusy(true);
    const { wikidata: _w, ...fields } = draft;
    const result = await api.actorsCreate({ ...fields, externalIds: externalIdsOf(draft, null) });
    setBusy(false);
    if (!result.ok) return wb.reportError(result.error);
    close();
    wb.openView({ kind: 'actor', id: result.value.id });
    wb.refresh('actors', 'info');
    reloadActorStats();
    wb.notify(`Added “${result.value.name}”.`, 'info');
  };
  return (
    <div className="actor-page" data-scroll-container>
      <div className="actor-column">
        <section className="actor-edit" aria-labelledby="new-actor-title">
          <h1 id="new-actor-title" className="actor-edit__title">
            New actor
          </h1>
          <p className="actor-edit__intro">A person, organisation or state that quotes are by or about. Every name you give it is used to recognise it in articles.</p>
          <ActorForm
            actor={null}
            actors={wb.actors.value ?? []}
            submitLabel="Add actor"
            busy={busy}
            onSubmit={(draft) => void create(draft)}
            onCancel={close}
            onOpenActor={(id) => {
              close();
              wb.openView({ kind: 'actor', id });
            }}
          />
        </section>
      </div>
    </div>
  );
}
