/**
 * Picks a quote's tags from the codebook, or creates a tag from what was typed ("warning", or
 * "threats/warning" to create it inside a group). New tags get a tint of their own.
 */
import { useMemo, useState, type Ref } from 'react';
import type { Tag } from '../../../../shared/model';
import { leastUsedTint } from '../../../../shared/palette';
import { tagPath } from '../../../../shared/tags/codebook';
import { api } from '../../api';
import { IconClose } from '../../ui/icons';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ownTint } from '../reader/quoteLooks';
import { Combobox } from './Combobox';
import { tagOptions, type TagOption } from './pickerOptions';

export interface TagFieldProps {
  value: readonly string[];
  onChange: (ids: string[]) => void;
  inputRef?: Ref<HTMLInputElement>;
  inputId?: string;
}

export function TagField({ value, onChange, inputRef, inputId }: TagFieldProps) {
  const wb = useWorkbench();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const tags = useMemo(() => wb.tags.value ?? [], [wb.tags.value]);
  const byId = new Map(tags.map((t) => [t.id, t]));
  const options = useMemo(() => tagOptions(typed, tags, value), [typed, tags, value]);

  const create = async (name: string, parentId: string | null): Promise<Tag | null> => {
    const result = await api.tagsCreate({ name, parentId, colour: leastUsedTint(tags.map((t) => t.colour)) });
    if (!result.ok) {
      wb.reportError(result.error);
      return null;
    }
    wb.tags.patch((list) => [...list, result.value]);
    return result.value;
  };

  const pick = async (option: TagOption) => {
    setTyped('');
    if (option.type === 'tag') return onChange([...value, option.tag.id]);
    setBusy(true);
    let parentId: string | null = null;
    if (option.parentName) {
      const parent = tags.find((t) => t.parentId === null && t.name.toLocaleLowerCase() === option.parentName!.toLocaleLowerCase());
      parentId = parent?.id ?? (await create(option.parentName, null))?.id ?? null;
    }
    const tag = option.parentName && !parentId ? null : await create(option.name, parentId);
    setBusy(false);
    wb.refresh('tags', 'info');
    if (tag) onChange([...value, tag.id]);
  };

  const remove = (id: string) => onChange(value.filter((v) => v !== id));

  return (
    <div className="chip-field" aria-busy={busy}>
      {value.map((id) => {
        const tag = byId.get(id);
        const path = tag ? tagPath(tag, tags) : 'Deleted tag';
        return (
          <span key={id} className="q-tag q-tag--removable" data-tint={ownTint(tag)}>
            {path}
            <button type="button" className="chip-remove" aria-label={`Remove the tag ${path}`} onClick={() => remove(id)}>
              <IconClose />
            </button>
          </span>
        );
      })}
      <Combobox<TagOption>
        label="Tags"
        value={typed}
        onValueChange={setTyped}
        options={options}
        optionKey={(o) => o.key}
        inputRef={inputRef}
        {...(inputId ? { inputId } : {})}
        placeholder={value.length ? 'Add…' : 'Add a tag'}
        onRemoveLast={value.length > 0 ? () => remove(value[value.length - 1]!) : undefined}
        onPick={(option) => void pick(option)}
        renderOption={(option) =>
          option.type === 'tag' ? (
            <span className="picker-option" data-tint={ownTint(option.tag)}>
              <span className="tag-dot" aria-hidden="true" />
              <span className="picker-option__name">{option.path}</span>
            </span>
          ) : (
            <span className="picker-option picker-option--new">
              <span className="picker-option__plus" aria-hidden="true">
                +
              </span>
              <span className="picker-option__name">Create tag “{option.parentName ? `${option.parentName} › ${option.name}` : option.name}”</span>
            </span>
          )
        }
        empty={typed.trim() ? null : tags.length === 0 ? 'No tags yet: type a name to create one.' : 'Type a name to find or create another tag.'}
      />
    </div>
  );
}
