/** The workspace view kinds of the actors feature, registered in workbench/registry.tsx; each is loaded on first use. */
import { lazyComponent } from '../../ui/lazyComponent';
import type { ViewKind } from '../../workbench/registry';

/** An actor's page ("actor:<id>"; "actor:new" is the form for a new actor). */
export const actorView: ViewKind = {
  title: (view, wb) => (view.id === 'new' ? 'New actor' : (wb.actors.value?.find((a) => a.id === view.id)?.name ?? 'Actor')),
  Component: lazyComponent(() => import('./ActorPage').then((m) => m.ActorPage)),
  Inspector: lazyComponent(() => import('./ActorInspector').then((m) => m.ActorInspector)),
};

/** The notebook's who-said-what-about-whom table and chart ("whoSaidWhat:notebook"). */
export const whoSaidWhatView: ViewKind = {
  title: () => 'Who said what',
  Component: lazyComponent(() => import('./WhoSaidWhatView').then((m) => m.WhoSaidWhatView)),
  Inspector: lazyComponent(() => import('./WhoSaidWhatInspector').then((m) => m.WhoSaidWhatInspector)),
};

/** The review of likely duplicate actors ("actorDuplicates:notebook"). */
export const duplicatesView: ViewKind = {
  title: () => 'Likely duplicates',
  Component: lazyComponent(() => import('./DuplicatesView').then((m) => m.DuplicatesView)),
};
