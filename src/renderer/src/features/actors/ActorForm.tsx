/**
 * The actor profile form, for a new actor and for editing one: kind, name, aliases, role,
 * affiliation, Wikidata id, description and colour. While a new name is typed it points out an
 * actor that already goes by that name, and offers the built-in entry for a state ("Beijing" →
 * China, with its usual names) — offered, never applied unasked.
 */
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { resolveActor, searchGazetteer, type GazetteerState } from '../../../../shared/actors';
import type { Actor } from '../../../../shared/model';
import { IconClose } from '../../ui/icons';
import { ActorPicker } from './ActorPicker';
import { draftOf, type ActorDraft } from './actorDraft';
import { TINTS, kindLabel, kindOrder } from './actorLabels';

export type { ActorDraft };

export interface ActorFormProps {
  /** The actor being edited; null for a new one. */
  actor: Actor | null;
  actors: readonly Actor[];
  submitLabel: string;
  busy?: boolean;
  onSubmit: (draft: ActorDraft) => void;
  onCancel: () => void;
  /** Opens an existing actor (offered when the typed name is already taken). */
  onOpenActor?: (id: string) => void;
}

const QID = /^Q[1-9]\d*$/;

/** The actor that already goes by `name` (its name or an alias), if any. */
function existingActor(name: string, actors: readonly Actor[]): Actor | null {
  if (!name.trim()) return null;
  const { match, candidates } = resolveActor(name, actors);
  const hit = match ?? candidates[0];
  return hit && (hit.how === 'name' || hit.how === 'alias') ? hit.actor : null;
}

export function ActorForm({ actor, actors, submitLabel, busy, onSubmit, onCancel, onOpenActor }: ActorFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<ActorDraft>(() => draftOf(actor, actors));
  const [aliasText, setAliasText] = useState('');
  const set = <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const others = useMemo(() => actors.filter((a) => a.id !== actor?.id), [actors, actor]);
  const taken = useMemo(() => existingActor(draft.name, others), [draft.name, others]);
  // A state already in the notebook is not offered again; the form points at it instead.
  const { offers, present } = useMemo(() => {
    const hits = actor ? [] : searchGazetteer(draft.name, 3).map((hit) => ({ ...hit, existing: existingActor(hit.state.name, others) }));
    return {
      offers: hits.filter((h) => !h.existing && !(draft.kind === 'state' && draft.name === h.state.name)),
      present: hits.flatMap((h) => (h.existing && h.existing.id !== taken?.id ? [{ matched: h.matched, actor: h.existing }] : [])),
    };
  }, [actor, draft.name, draft.kind, others, taken]);
  const qidProblem = draft.wikidata.trim() && !QID.test(draft.wikidata.trim().toUpperCase()) ? 'A Wikidata id looks like Q42.' : '';

  const addAlias = () => {
    const alias = aliasText.trim().replace(/,$/, '').trim();
    if (alias && !draft.aliases.some((a) => a.toLocaleLowerCase() === alias.toLocaleLowerCase())) set('aliases', [...draft.aliases, alias]);
    setAliasText('');
  };
  const onAliasKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addAlias();
    } else if (event.key === 'Backspace' && !aliasText && draft.aliases.length) {
      set('aliases', draft.aliases.slice(0, -1));
    }
  };
  const applyState = (state: GazetteerState) =>
    setDraft((d) => ({
      ...d,
      name: state.name,
      kind: 'state',
      aliases: [...new Set([...d.aliases, ...state.aliases, state.capital].filter((n) => n && n !== state.name))],
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim() || qidProblem) return;
    // Text left in the alias box is meant as an alias, not lost.
    const pending = aliasText.trim();
    onSubmit({ ...draft, name: draft.name.trim(), aliases: pending ? [...draft.aliases, pending] : draft.aliases, wikidata: draft.wikidata.trim().toUpperCase() });
  };

  return (
    <form className="actor-form" onSubmit={submit} aria-label={actor ? `Edit ${actor.name}` : 'New actor'}>
      <fieldset className="field">
        <legend className="field__label">Kind</legend>
        <div className="segmented" role="radiogroup" aria-label="Kind">
          {kindOrder.map((kind) => (
            <label key={kind} className="segmented__option">
              <input type="radio" name={`${id}-kind`} value={kind} checked={draft.kind === kind} onChange={() => set('kind', kind)} />
              <span>{kindLabel[kind]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input id={`${id}-name`} className="field__input" required autoFocus={!actor} value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Jens Stoltenberg" />
        {taken && (
          <p className="field__hint field__hint--warn">
            “{draft.name.trim()}” already names <strong>{taken.name}</strong>.{' '}
            {onOpenActor && (
              <button type="button" className="link-button" onClick={() => onOpenActor(taken.id)}>
                Open {taken.name}
              </button>
            )}
          </p>
        )}
        {present.map(({ matched, actor: known }) => (
          <p key={known.id} className="field__hint">
            “{matched}” names {known.name}, which is already in the notebook.{' '}
            {onOpenActor && (
              <button type="button" className="link-button" onClick={() => onOpenActor(known.id)}>
                Open {known.name}
              </button>
            )}
          </p>
        ))}
        {offers.length > 0 && (
          <ul className="gazetteer-offers" aria-label="From the built-in list of states">
            {offers.map(({ state, matched }) => (
              <li key={state.name} className="gazetteer-offer">
                <span>
                  <strong>{state.name}</strong> · State
                  {matched !== state.name && <span className="gazetteer-offer__why"> — “{matched}” {matched === state.capital ? 'is its capital' : 'is one of its names'}</span>}
                  <span className="gazetteer-offer__names">Also known as {[...state.aliases, state.capital].filter(Boolean).join(', ')}</span>
                </span>
                <button type="button" className="button button--small" onClick={() => applyState(state)}>
                  Use
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-alias`}>
          Also known as
        </label>
        <div className="chip-input">
          {draft.aliases.map((alias) => (
            <span key={alias} className="chip chip--alias">
              {alias}
              <button type="button" className="chip__remove" aria-label={`Remove alias ${alias}`} onClick={() => set('aliases', draft.aliases.filter((a) => a !== alias))}>
                <IconClose />
              </button>
            </span>
          ))}
          <input
            id={`${id}-alias`}
            className="chip-input__input"
            value={aliasText}
            onChange={(e) => setAliasText(e.target.value)}
            onKeyDown={onAliasKey}
            onBlur={addAlias}
            placeholder={draft.aliases.length ? '' : 'Add a name and press Enter'}
          />
        </div>
      </div>

      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-role`}>
            Role
          </label>
          <input id={`${id}-role`} className="field__input" value={draft.role} onChange={(e) => set('role', e.target.value)} placeholder="e.g. Secretary-General" />
        </div>
        <ActorPicker label="Affiliation" actors={others} value={draft.affiliationId} onChange={(v) => set('affiliationId', v)} placeholder="e.g. NATO" />
      </div>

      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-qid`}>
            Wikidata id
          </label>
          <input
            id={`${id}-qid`}
            className="field__input"
            value={draft.wikidata}
            onChange={(e) => set('wikidata', e.target.value)}
            placeholder="e.g. Q57326"
            aria-invalid={!!qidProblem}
            aria-describedby={qidProblem ? `${id}-qid-problem` : undefined}
          />
          {qidProblem && (
            <p id={`${id}-qid-problem`} className="field__hint field__hint--warn">
              {qidProblem}
            </p>
          )}
        </div>
        <fieldset className="field">
          <legend className="field__label">Colour</legend>
          <div className="swatches" role="radiogroup" aria-label="Colour">
            {['', ...TINTS].map((tint) => (
              <label key={tint || 'auto'} className="swatch-option" title={tint || 'Automatic'}>
                <input type="radio" name={`${id}-colour`} value={tint} checked={draft.colour === tint} onChange={() => set('colour', tint)} aria-label={tint || 'Automatic'} />
                <span className="actor-swatch actor-swatch--large" data-tint={tint || 'neutral'} data-auto={tint ? undefined : ''} />
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>
          Description
        </label>
        <textarea id={`${id}-description`} className="field__input field__input--area" rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />
      </div>

      <div className="actor-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || !draft.name.trim() || !!qidProblem}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
