/**
 * Changing whom a suggestion is about before accepting it: the actors the suggester proposed, as
 * chips to remove, and a combobox to add one (an actor of the notebook, another actor the article
 * names, or a new person or organisation typed in). The keyboard does everything: O (in the review
 * queue and the reader) puts it here, Backspace in the empty field removes the last chip.
 */
import { useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import type { ActorKind } from '../../../../shared/model';
import type { SuggestedAbout, SuggestedActor } from '../../../../shared/suggest';
import { IconClose } from '../../ui/icons';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { Combobox } from '../inspector/Combobox';
import { articleActorsToOffer, ChoiceLine, notebookActorsToOffer, type OfferedActor } from './choiceOptions';
import { focusSelectedCard } from './focusSelectedCard';

interface Choice {
  key: string;
  label: string;
  detail: string;
  about: SuggestedAbout;
}

const KIND: Record<ActorKind, string> = { person: 'person', organisation: 'organisation', state: 'state', other: 'actor' };
/** Two entries name the same actor when their notebook ids match, or (both new) their names do. */
const same = (a: SuggestedAbout, b: SuggestedAbout) => (a.actorId && b.actorId ? a.actorId === b.actorId : a.name.toLowerCase() === b.name.toLowerCase());

export function AboutChoiceField(props: {
  about: readonly SuggestedAbout[];
  articleActors: readonly SuggestedActor[];
  onChange: (about: SuggestedAbout[]) => void;
  inputRef?: Ref<HTMLInputElement>;
  inputId: string;
}) {
  const { actors } = useWorkbench();
  const [query, setQuery] = useState('');
  const { about, articleActors, onChange } = props;
  const choices = useMemo<Choice[]>(() => {
    const typed = query.trim();
    const lower = typed.toLowerCase();
    const offered = notebookActorsToOffer(typed, actors.value ?? [], articleActors);
    const fromNotebook = (list: OfferedActor[]): Choice[] =>
      list.map(({ actor: a, from }) => ({ key: `actor:${a.id}`, label: a.name, detail: `${KIND[a.kind]} · ${from}`, about: { name: a.name, kind: a.kind, actorId: a.id, actorIndex: null } }));
    const [notebook, elsewhere] = [fromNotebook(offered.near), fromNotebook(offered.far)];
    const named = articleActorsToOffer(articleActors, actors.value ?? [], lower)
      .map(({ a, index }) => ({ key: `article:${index}`, label: a.name, detail: `new ${KIND[a.kind]} · in the article`, about: { name: a.name, kind: a.kind, actorId: null, actorIndex: index } }));
    const listed = [...notebook, ...named, ...elsewhere].filter((c) => !about.some((a) => same(a, c.about)));
    const exact = [...notebook, ...named].some((c) => c.label.toLowerCase() === lower);
    const typedChoices: Choice[] =
      typed && !exact
        ? (['person', 'organisation'] as const).map((kind) => ({ key: `new:${kind}`, label: typed, detail: `new ${kind}`, about: { name: typed, kind, actorId: null, actorIndex: null } }))
        : [];
    return [...listed, ...typedChoices];
  }, [query, actors.value, articleActors, about]);

  const remove = (entry: SuggestedAbout) => onChange(about.filter((a) => a !== entry));
  // Several actors may be added in a row, so picking one keeps the keyboard here; Escape gives it
  // back to the suggestion, where A or Enter accepts it as changed.
  const backToSuggestion = (event: KeyboardEvent) => {
    if (event.key === 'Escape') focusSelectedCard();
  };

  return (
    <div className="chip-field" onKeyDownCapture={backToSuggestion}>
      {about.map((entry) => (
        <span key={`${entry.actorId ?? ''}:${entry.name}`} className="actor-chip" data-tint="neutral">
          {entry.name}
          <button type="button" className="chip-remove" aria-label={`Remove ${entry.name} from whom it is about`} onClick={() => remove(entry)}>
            <IconClose />
          </button>
        </span>
      ))}
      <Combobox<Choice>
        label="Add whom it is about"
        inputId={props.inputId}
        value={query}
        onValueChange={setQuery}
        options={choices}
        optionKey={(c) => c.key}
        renderOption={(c) => <ChoiceLine label={c.label} detail={c.detail} />}
        onPick={(c) => {
          setQuery('');
          onChange([...about, c.about]);
        }}
        onRemoveLast={about.length > 0 ? () => remove(about[about.length - 1]!) : undefined}
        placeholder={about.length ? 'Add another…' : 'Type a name to add'}
        empty={query.trim() ? null : 'Type a name, or pick an actor the article names.'}
        {...(props.inputRef ? { inputRef: props.inputRef } : {})}
      />
    </div>
  );
}
