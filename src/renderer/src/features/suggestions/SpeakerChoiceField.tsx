/**
 * Changing a suggestion's speaker: an actor of the notebook, another actor the article names, a
 * new person typed in, an unnamed source ("a senior official"), or no speaker at all. A combobox,
 * so the keyboard can do everything: type, ↑/↓, Enter.
 */
import { useMemo, useState, type Ref } from 'react';
import type { SuggestedActor, SuggestedSpeaker } from '../../../../shared/suggest';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { Combobox } from '../inspector/Combobox';
import { articleActorsToOffer, ChoiceLine, notebookActorsToOffer, type OfferedActor } from './choiceOptions';
import { focusSelectedCard } from './focusSelectedCard';

interface Choice {
  key: string;
  label: string;
  detail: string;
  speaker: SuggestedSpeaker | null;
}

export function SpeakerChoiceField(props: { articleActors: readonly SuggestedActor[]; onChoose: (speaker: SuggestedSpeaker | null) => void; inputRef?: Ref<HTMLInputElement>; inputId: string }) {
  const { actors } = useWorkbench();
  const [query, setQuery] = useState('');
  const choices = useMemo<Choice[]>(() => {
    const typed = query.trim();
    const offered = notebookActorsToOffer(typed, actors.value ?? [], props.articleActors);
    const fromNotebook = (list: OfferedActor[]): Choice[] =>
      list.map(({ actor: a, from }) => ({ key: `actor:${a.id}`, label: a.name, detail: from, speaker: { name: a.name, kind: a.kind, anonymous: false, actorId: a.id, actorIndex: null } }));
    const [notebook, elsewhere] = [fromNotebook(offered.near), fromNotebook(offered.far)];
    const lower = typed.toLowerCase();
    const article = articleActorsToOffer(props.articleActors, actors.value ?? [], lower, (a) => a.kind === 'person' || a.kind === 'organisation' || a.kind === 'state')
      .map(({ a, index }) => ({ key: `article:${index}`, label: a.name, detail: `new ${a.kind} · in the article`, speaker: { name: a.name, kind: a.kind, anonymous: false, actorId: null, actorIndex: index } }));
    const exact = [...notebook, ...article].some((c) => c.label.toLowerCase() === lower);
    const typedChoices: Choice[] = typed && !exact
      ? [
          { key: 'new', label: typed, detail: 'new person', speaker: { name: typed, kind: 'person', anonymous: false, actorId: null, actorIndex: null } },
          { key: 'unnamed', label: typed, detail: 'unnamed source, kept in the comment', speaker: { name: typed, kind: 'other', anonymous: true, actorId: null, actorIndex: null } },
        ]
      : [];
    return [...notebook, ...article, ...elsewhere, ...typedChoices, { key: 'none', label: 'No speaker', detail: 'set it later', speaker: null }];
  }, [query, actors.value, props.articleActors]);

  // Boxed like the About field beside it (a bare combobox is meant to sit inside a chip field).
  return (
    <div className="chip-field">
      <Combobox<Choice>
        label="Change the speaker"
        openOnFocus
        inputId={props.inputId}
        value={query}
        onValueChange={setQuery}
        options={choices}
        optionKey={(c) => c.key}
        renderOption={(c) => <ChoiceLine label={c.label} detail={c.detail} />}
        onPick={(c) => {
          setQuery('');
          props.onChoose(c.speaker);
          // Back to the suggestion, so Enter now accepts it with its new speaker.
          focusSelectedCard();
        }}
        placeholder="Type a name, or pick one"
        {...(props.inputRef ? { inputRef: props.inputRef } : {})}
      />
    </div>
  );
}
