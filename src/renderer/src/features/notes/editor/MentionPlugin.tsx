/**
 * "@" mentions: typing "@" and the start of a name offers the notebook's actors (by name, alias
 * or surname); picking one inserts a mention that links to the actor's page.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { searchActors } from '../../../../../shared/actors';
import { $insertActorMention } from '../../../../../shared/editor/noteCommands';
import type { Actor } from '../../../../../shared/model';
import { dotted } from '../../../ui/format';
import { useWorkbench } from '../../../workbench/WorkbenchContext';
import { matchMentionTrigger } from './triggers';
import { TypeaheadMenu } from './TypeaheadMenu';

class ActorOption extends MenuOption {
  constructor(readonly actor: Actor) {
    super(actor.id);
  }
}

const KIND = { person: 'Person', organisation: 'Organisation', state: 'State', other: 'Other' } as const;

export function MentionPlugin() {
  const [editor] = useLexicalComposerContext();
  const { actors } = useWorkbench();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(
    () => (query === null ? [] : searchActors(query, actors.value ?? [], 8).map((actor) => new ActorOption(actor))),
    [query, actors.value],
  );

  const onSelect = useCallback(
    (option: ActorOption, typed: TextNode | null, close: () => void) => {
      editor.update(() => {
        typed?.remove();
        $insertActorMention(option.actor.id, option.actor.name);
      });
      close();
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<ActorOption>
      triggerFn={matchMentionTrigger}
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      options={options}
      anchorClassName="note-typeahead-anchor"
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => (
        <TypeaheadMenu
          anchor={anchor}
          label="Actors to mention"
          options={options}
          selectedIndex={selectedIndex}
          select={selectOptionAndCleanUp}
          highlight={setHighlightedIndex}
          empty={(actors.value?.length ?? 0) === 0 ? 'This notebook has no actors yet.' : 'No actor has this name.'}
          renderOption={({ actor }) => (
            <>
              <span className="note-typeahead__name">{actor.name}</span>
              <span className="note-typeahead__meta">{dotted(KIND[actor.kind], actor.role)}</span>
            </>
          )}
        />
      )}
    />
  );
}
