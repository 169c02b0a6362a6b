/**
 * Changing the codebook from the UI: create, update, merge and delete tags. Merges and deletions
 * rewrite quotes, so the open articles are reloaded afterwards and every list follows.
 */
import type { Tag } from '../../../../shared/model';
import { leastUsedTint } from '../../../../shared/palette';
import { api } from '../../api';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { reloadArticle } from '../reader/useArticle';
import { codebookChanged } from './tagEvents';

type Deps = Pick<Workbench, 'refresh' | 'reportError' | 'notify' | 'tabs'>;

function reloadOpenArticles(wb: Deps): void {
  for (const tab of wb.tabs) if (tab.kind === 'article') reloadArticle(tab.id);
}

/** Creates a tag with a tint of its own; null on failure (already reported). */
export async function createTag(wb: Deps, tags: readonly Tag[], name: string, parentId: string | null): Promise<Tag | null> {
  const result = await api.tagsCreate({ name, parentId, colour: leastUsedTint(tags.map((t) => t.colour)) });
  if (!result.ok) {
    wb.reportError(result.error);
    return null;
  }
  wb.refresh('tags', 'info');
  return result.value;
}

export async function updateTag(wb: Deps, id: string, patch: Partial<Pick<Tag, 'name' | 'parentId' | 'colour' | 'description'>>): Promise<Tag | null> {
  const result = await api.tagsUpdate({ id, patch });
  if (!result.ok) {
    wb.reportError(result.error);
    return null;
  }
  wb.refresh('tags');
  return result.value;
}

export async function mergeTag(wb: Deps, from: Tag, into: Tag): Promise<boolean> {
  const result = await api.tagsMerge({ fromId: from.id, intoId: into.id });
  if (!result.ok) {
    wb.reportError(result.error);
    return false;
  }
  wb.refresh('tags', 'info');
  reloadOpenArticles(wb);
  codebookChanged();
  wb.notify(`Merged “${from.name}” into “${into.name}”: ${result.value.quotes} quote${result.value.quotes === 1 ? '' : 's'} moved over.`, 'info');
  return true;
}

export async function deleteTag(wb: Deps, tag: Tag): Promise<boolean> {
  const result = await api.tagsDelete({ id: tag.id });
  if (!result.ok) {
    wb.reportError(result.error);
    return false;
  }
  wb.refresh('tags', 'info');
  reloadOpenArticles(wb);
  codebookChanged();
  const { quotes, children } = result.value;
  const moved = children ? ` ${children} tag${children === 1 ? '' : 's'} inside it moved to the top level.` : '';
  wb.notify(`Deleted the tag “${tag.name}” and removed it from ${quotes} quote${quotes === 1 ? '' : 's'}.${moved}`, 'info');
  return true;
}
