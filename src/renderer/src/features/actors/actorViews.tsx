/** The workspace view kinds of the actors feature, registered in workbench/registry.tsx. */
import type { ViewKind } from '../../workbench/registry';
import { ActorInspector } from './ActorInspector';
import { ActorPage } from './ActorPage';
import { DuplicatesView } from './DuplicatesView';
import { WhoSaidWhatInspector } from './WhoSaidWhatInspector';
import { WhoSaidWhatView } from './WhoSaidWhatView';

/** An actor's page ("actor:<id>"; "actor:new" is the form for a new actor). */
export const actorView: ViewKind = {
  title: (view, wb) => (view.id === 'new' ? 'New actor' : (wb.actors.value?.find((a) => a.id === view.id)?.name ?? 'Actor')),
  Component: ActorPage,
  Inspector: ActorInspector,
};

/** The notebook's who-said-what-about-whom table and chart ("whoSaidWhat:notebook"). */
export const whoSaidWhatView: ViewKind = { title: () => 'Who said what', Component: WhoSaidWhatView, Inspector: WhoSaidWhatInspector };

/** The review of likely duplicate actors ("actorDuplicates:notebook"). */
export const duplicatesView: ViewKind = { title: () => 'Likely duplicates', Component: DuplicatesView };
