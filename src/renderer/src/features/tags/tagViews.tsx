/** The tag page as a workspace view kind (one line in workbench/registry.tsx). */
import { tagPath } from '../../../../shared/tags/codebook';
import type { ViewKind } from '../../workbench/registry';
import { TagView } from './TagView';

export const tagView: ViewKind = {
  title: (view, wb) => {
    const tags = wb.tags.value ?? [];
    const tag = tags.find((t) => t.id === view.id);
    return tag ? `Tag: ${tagPath(tag, tags)}` : 'Tag';
  },
  Component: TagView,
};
