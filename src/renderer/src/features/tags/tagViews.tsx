/** The tag page as a workspace view kind (one line in workbench/registry.tsx), loaded on first use. */
import { tagPath } from '../../../../shared/tags/codebook';
import { lazyComponent } from '../../ui/lazyComponent';
import type { ViewKind } from '../../workbench/registry';

export const tagView: ViewKind = {
  title: (view, wb) => {
    const tags = wb.tags.value ?? [];
    const tag = tags.find((t) => t.id === view.id);
    return tag ? `Tag: ${tagPath(tag, tags)}` : 'Tag';
  },
  Component: lazyComponent(() => import('./TagView').then((m) => m.TagView)),
};
