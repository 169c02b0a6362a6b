/** The navigator's Notes section: the analyst's notes, most recently edited first. */
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate } from '../../ui/format';
import { SimpleList } from '../../ui/SimpleList';

export function NotesSection() {
  const { notes, active, openView } = useWorkbench();
  const items = notes.value?.map((n) => ({
    id: n.id,
    title: n.title || 'Untitled note',
    meta: <span className="article-row__source">Edited {formatDate(n.updatedAt)}</span>,
  }));
  return (
    <SimpleList
      label="Notes"
      title="Notes"
      items={items}
      selectedId={active?.kind === 'note' ? active.id : null}
      onOpen={(id) => openView({ kind: 'note', id })}
      empty={
        <EmptyState title="No notes yet">
          <p>Notes are where you write your assessment next to the evidence, citing quotes.</p>
        </EmptyState>
      }
    />
  );
}
