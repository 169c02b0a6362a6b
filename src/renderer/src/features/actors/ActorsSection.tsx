/** The navigator's Actors section: every actor in the notebook, opening its page. */
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { EmptyState } from '../../ui/EmptyState';
import { SimpleList } from '../../ui/SimpleList';

const kindLabel = { person: 'Person', organisation: 'Organisation', state: 'State', other: 'Other' } as const;

export function ActorsSection() {
  const { actors, active, openView } = useWorkbench();
  const items = actors.value?.map((a) => ({
    id: a.id,
    title: a.name,
    keywords: [...a.aliases, a.role].join(' '),
    meta: <span className="article-row__source">{[kindLabel[a.kind], a.role].filter(Boolean).join(' · ')}</span>,
  }));
  return (
    <SimpleList
      label="Actors"
      title="Actors"
      items={items}
      selectedId={active?.kind === 'actor' ? active.id : null}
      onOpen={(id) => openView({ kind: 'actor', id })}
      empty={
        <EmptyState title="No actors yet">
          <p>People, organisations and states appear here when you name the speaker of a quote or whom it is about.</p>
        </EmptyState>
      }
    />
  );
}
