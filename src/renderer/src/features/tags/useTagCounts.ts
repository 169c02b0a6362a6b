/** How many quotes carry each tag (a parent's count includes its children's), reloaded when the codebook changes. */
import { useEffect, useMemo } from 'react';
import type { Tag } from '../../../../shared/model';
import { api } from '../../api';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { onCodebookChange } from './tagEvents';

export function useTagCounts(tags: readonly Tag[] | undefined): Map<string, number> | undefined {
  const { reportError, articles } = useWorkbench();
  const counts = useResult(() => api.tagsCounts({}), [tags, articles.value], reportError);
  const { reload } = counts;
  useEffect(() => onCodebookChange(reload), [reload]);
  return useMemo(() => {
    if (!counts.value || !tags) return undefined;
    const direct = counts.value;
    const totals = new Map<string, number>();
    for (const tag of tags) totals.set(tag.id, (totals.get(tag.id) ?? 0) + (direct[tag.id] ?? 0));
    for (const tag of tags) if (tag.parentId && totals.has(tag.parentId)) totals.set(tag.parentId, totals.get(tag.parentId)! + (direct[tag.id] ?? 0));
    return totals;
  }, [counts.value, tags]);
}
