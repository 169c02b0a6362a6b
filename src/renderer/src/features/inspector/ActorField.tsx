/**
 * Picks actors for a quote: one speaker, or the actors a quote is about (several). Offers the
 * notebook's actors, names found in this article (nearest to the quote first) and creating a new
 * actor from what was typed; a new actor gets a tint of its own, so its highlights stand out.
 */
import { useCallback, useMemo, useState, type Ref } from 'react';
import type { Actor } from '../../../../shared/model';
import { leastUsedTint } from '../../../../shared/palette';
import type { NameInText } from '../../../../shared/text/names';
import { api } from '../../api';
import { IconClose } from '../../ui/icons';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ownTint } from '../reader/quoteLooks';
import { Combobox } from './Combobox';
import { actorOptions, type ActorOption } from './pickerOptions';

const KIND: Record<Actor['kind'], string> = { person: 'person', organisation: 'organisation', state: 'state', other: 'actor' };

export interface ActorFieldProps {
  label: string;
  /** One actor (the speaker) or several (about). */
  multiple: boolean;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  names: readonly NameInText[];
  near: { start: number; end: number } | null;
  inputRef?: Ref<HTMLInputElement>;
  inputId?: string;
  placeholder: string;
  /** Called after an actor was chosen (e.g. to move on to the next field). */
  onPicked?: () => void;
}

export function ActorField({ label, multiple, value, onChange, names, near, inputRef, inputId, placeholder, onPicked }: ActorFieldProps) {
  const wb = useWorkbench();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const actors = useMemo(() => wb.actors.value ?? [], [wb.actors.value]);
  const byId = new Map(actors.map((a) => [a.id, a]));
  // Ranked only while the list is open: the field is drawn for every quote selected (J, Q).
  const options = useCallback(() => actorOptions({ typed, actors, names, near, exclude: value }), [typed, actors, names, near, value]);

  const choose = (id: string) => {
    onChange(multiple ? [...value.filter((v) => v !== id), id] : [id]);
    setTyped('');
    onPicked?.();
  };

  const pick = async (option: ActorOption) => {
    if (option.type === 'actor') return choose(option.actor.id);
    setBusy(true);
    const result = await api.actorsCreate({ name: option.name, kind: option.actorKind, colour: leastUsedTint(actors.map((a) => a.colour)) });
    setBusy(false);
    if (!result.ok) return wb.reportError(result.error);
    // Shown by name at once, everywhere, before the notebook's list has reloaded.
    wb.actors.patch((list) => [...list, result.value]);
    wb.refresh('actors', 'info');
    choose(result.value.id);
  };

  const remove = (id: string) => onChange(value.filter((v) => v !== id));

  return (
    <div className="chip-field" aria-busy={busy}>
      {value.map((id) => {
        const actor = byId.get(id);
        return (
          <span key={id} className="actor-chip" data-tint={ownTint(actor)}>
            <span className="speaker-swatch" aria-hidden="true" />
            {actor?.name ?? 'Unknown actor'}
            <button type="button" className="chip-remove" aria-label={`Remove ${actor?.name ?? 'actor'} from ${label.toLocaleLowerCase()}`} onClick={() => remove(id)}>
              <IconClose />
            </button>
          </span>
        );
      })}
      <Combobox<ActorOption>
        label={label}
        value={typed}
        onValueChange={setTyped}
        options={options}
        optionKey={(o) => o.key}
        inputRef={inputRef}
        {...(inputId ? { inputId } : {})}
        placeholder={value.length && !multiple ? 'Change…' : placeholder}
        onRemoveLast={value.length > 0 ? () => remove(value[value.length - 1]!) : undefined}
        onPick={(option) => void pick(option)}
        renderOption={(option) =>
          option.type === 'actor' ? (
            <span className="picker-option" data-tint={ownTint(option.actor)}>
              <span className="speaker-swatch" aria-hidden="true" />
              <span className="picker-option__name">{option.actor.name}</span>
              <span className="picker-option__hint">{option.mentions ? `${option.mentions}× here` : KIND[option.actor.kind]}</span>
            </span>
          ) : (
            <span className="picker-option picker-option--new">
              <span className="picker-option__plus" aria-hidden="true">
                +
              </span>
              <span className="picker-option__name">{option.mentions ? option.name : `Create “${option.name}”`}</span>
              <span className="picker-option__hint">{option.mentions ? `new ${KIND[option.actorKind]} · ${option.mentions}× here` : `new ${KIND[option.actorKind]}`}</span>
            </span>
          )
        }
        empty={typed.trim() ? null : 'No actors yet: type a name to create one.'}
      />
    </div>
  );
}
