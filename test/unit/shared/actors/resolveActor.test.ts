import { describe, expect, it } from 'vitest';
import { lookupGazetteer, nameKey, resolveActor, searchActors } from '../../../../src/shared/actors';

const actor = (id: string, name: string, extra: Partial<{ kind: 'person' | 'organisation' | 'state' | 'other'; aliases: string[]; role: string; affiliationId: string | null }> = {}) => ({
  id, name, kind: extra.kind ?? 'person', aliases: extra.aliases ?? [], role: extra.role ?? '', affiliationId: extra.affiliationId ?? null,
});

const actors = [
  actor('nato', 'NATO', { kind: 'organisation', aliases: ['the alliance', 'North Atlantic Treaty Organization'] }),
  actor('js', 'Jens Stoltenberg', { role: 'Secretary-General', affiliationId: 'nato' }),
  actor('us', 'United States', { kind: 'state', aliases: ['U.S.', 'Washington'] }),
  actor('ltg', 'Linda Thomas-Greenfield', { role: 'Ambassador to the United Nations', affiliationId: 'us' }),
  actor('ab', 'Antony Blinken', { role: 'Secretary of State', affiliationId: 'us' }),
  actor('dk', 'Dmytro Kuleba'),
  actor('ak', 'Anna Kuleba'),
];

describe('nameKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['the U.S.', 'us'],
    ['Thomas-Greenfield', 'thomas greenfield'],
    ['Stoltenberg’s', 'stoltenberg'],
    ['  ÉMMANUEL   Macron ', 'emmanuel macron'],
  ])('%s → %s', (input, key) => expect(nameKey(input)).toBe(key));
});

describe('resolveActor', () => {
  it.each([
    ['Jens Stoltenberg', 'js', 'name'],
    ['jens stoltenberg', 'js', 'name'],
    ['Stoltenberg', 'js', 'surname'],
    ['US', 'us', 'alias'],
    ['U.S.', 'us', 'alias'],
    ['the alliance', 'nato', 'alias'],
    ['NATO Secretary-General', 'js', 'role'],
    ['Secretary-General of NATO', 'js', 'role'],
    ['U.S. Secretary of State', 'ab', 'role'],
    ['Thomas Greenfield', 'ltg', 'surname'],
  ])('resolves "%s" to %s by %s', (mention, id, how) => {
    const { match } = resolveActor(mention, actors);
    expect(match?.actor.id).toBe(id);
    expect(match?.how).toBe(how);
  });

  it('resolves the family name of a name written family name first, and still the last word of others', () => {
    const people = [...actors, actor('lm', 'Liang Meixin'), actor('so', 'Song Hae-jin'), actor('pl', 'Paul Liang')];
    expect(resolveActor('Liang', people).candidates.map((c) => c.actor.id).sort()).toEqual(['lm', 'pl']);
    expect(resolveActor('Song', people).match).toMatchObject({ actor: { id: 'so' }, how: 'surname' });
    expect(resolveActor('Meixin', people).match?.actor.id).toBe('lm');
  });

  it('reports an ambiguous surname instead of guessing', () => {
    const result = resolveActor('Kuleba', actors);
    expect(result.match).toBeNull();
    expect(result.candidates.map((c) => c.actor.id).sort()).toEqual(['ak', 'dk']);
  });

  it('finds nothing for unknown or empty mentions', () => {
    expect(resolveActor('Xi Jinping', actors).match).toBeNull();
    expect(resolveActor(' ... ', actors).candidates).toEqual([]);
  });
});

describe('searchActors', () => {
  it('puts exact and prefix matches first', () => {
    expect(searchActors('sto', actors).map((a) => a.id)).toEqual(['js']);
    expect(searchActors('kul', actors).map((a) => a.id)).toEqual(['ak', 'dk']);
    expect(searchActors('u.s', actors)[0]!.id).toBe('us');
  });
});

describe('lookupGazetteer', () => {
  it('knows capitals used for their governments and common abbreviations', () => {
    expect(lookupGazetteer('Beijing')).toMatchObject({ state: { name: 'China' }, viaCapital: true });
    expect(lookupGazetteer('U.S.')?.state.name).toBe('United States');
    expect(lookupGazetteer('US')?.state.name).toBe('United States');
    expect(lookupGazetteer('Atlantis')).toBeNull();
  });
});

describe('the built-in list of states', () => {
  it('knows the states news often names, by name, alias or capital', () => {
    expect(lookupGazetteer('Armenia')?.state.name).toBe('Armenia');
    expect(lookupGazetteer('Baku')).toMatchObject({ state: { name: 'Azerbaijan' }, viaCapital: true });
    expect(lookupGazetteer('Czechia')?.state.name).toBe('Czech Republic');
    expect(lookupGazetteer('UAE')?.state.name).toBe('United Arab Emirates');
  });

  it('never reads a given name as a state, and has no empty capital to match', () => {
    for (const name of ['Sofia', 'Santiago', 'Jordan', 'Chad', 'Georgia', '']) expect(lookupGazetteer(name)).toBeNull();
    expect(lookupGazetteer('Chile')).toMatchObject({ state: { name: 'Chile' }, viaCapital: false });
  });
});
