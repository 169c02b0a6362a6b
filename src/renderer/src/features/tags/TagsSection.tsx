/** The navigator's Tags section: the analyst's codebook, parents with their children. */
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { EmptyState } from '../../ui/EmptyState';
import { SimpleList } from '../../ui/SimpleList';

export function TagsSection() {
  const { tags } = useWorkbench();
  const all = tags.value;
  const parentName = new Map((all ?? []).map((t) => [t.id, t.name]));
  const items = all
    ?.map((t) => ({ tag: t, path: t.parentId ? `${parentName.get(t.parentId) ?? ''} › ${t.name}` : t.name }))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ tag, path }) => ({
      id: tag.id,
      title: path,
      keywords: tag.description,
      ...(tag.description ? { meta: <span className="article-row__source">{tag.description}</span> } : {}),
    }));
  return (
    <SimpleList
      label="Tags"
      title="Tags"
      items={items}
      empty={
        <EmptyState title="No tags yet">
          <p>Your codebook: tags you give quotes (for example “warning” or “threat”) are listed here.</p>
        </EmptyState>
      }
    />
  );
}
