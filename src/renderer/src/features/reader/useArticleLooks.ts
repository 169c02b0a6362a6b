/**
 * The looks of an article's quotes, shared by the reader and the article's inspector. A file of its
 * own so the inspector does not depend on the reader's editor (Lexical), which loads after the shell.
 */
import { useMemo } from 'react';
import type { Actor } from '../../../../shared/model';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { inReadingOrder, quoteLooks } from './quoteLooks';

/** Speaker colours, labels and tags of an article's quotes, from the notebook's actors and tags. */
export function useArticleLooks(quotes: Parameters<typeof inReadingOrder>[0] | undefined) {
  const { actors, tags } = useWorkbench();
  const actorsById = useMemo(() => new Map<string, Actor>((actors.value ?? []).map((a) => [a.id, a])), [actors.value]);
  return useMemo(() => quoteLooks(quotes ? inReadingOrder(quotes) : [], actorsById, tags.value ?? []), [quotes, actorsById, tags.value]);
}
