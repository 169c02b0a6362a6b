import { describe, expect, it } from 'vitest';
import { draftOf, patchFrom } from '../../../../../src/renderer/src/features/actors/actorDraft';
import type { Actor } from '../../../../../src/shared/model';

const actor: Actor = {
  id: 'js', name: 'Jens Stoltenberg', kind: 'person', aliases: ['Stoltenberg'], role: 'Secretary-General', affiliationId: 'nato',
  externalIds: { wikidata: 'Q57326', viaf: '12345' }, description: '', colour: '',
};

describe('patchFrom', () => {
  it.each([
    ['nothing changed', {}, {}],
    ['a new role only', { role: 'former Secretary-General' }, { role: 'former Secretary-General' }],
    ['an alias added', { aliases: ['Stoltenberg', 'Jens'] }, { aliases: ['Stoltenberg', 'Jens'] }],
    ['the affiliation cleared', { affiliationId: null }, { affiliationId: null }],
    ['a new Wikidata id, keeping other ids', { wikidata: 'Q1' }, { externalIds: { viaf: '12345', wikidata: 'Q1' } }],
    ['the Wikidata id removed, keeping other ids', { wikidata: '' }, { externalIds: { viaf: '12345' } }],
  ])('sends only what the analyst changed: %s', (_what, edit, patch) => {
    expect(patchFrom({ ...draftOf(actor), ...edit }, actor)).toEqual(patch);
  });

  it('starts a new actor in the tint the other actors use least, so it stands apart', () => {
    expect(draftOf(null, [{ colour: 'blue' }, { colour: 'amber' }, { colour: '' }]).colour).toBe('rose');
    expect(draftOf(actor, [{ colour: 'blue' }]).colour).toBe(actor.colour);
  });

  it('starts a new actor as a person with nothing filled in', () => {
    expect(draftOf(null)).toEqual({ name: '', kind: 'person', aliases: [], role: '', affiliationId: null, wikidata: '', description: '', colour: 'blue' });
  });
});
