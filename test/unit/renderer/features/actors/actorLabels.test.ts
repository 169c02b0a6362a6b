import { describe, expect, it } from 'vitest';
import { actorRowDetail } from '../../../../../src/renderer/src/features/actors/actorLabels';
import type { Actor } from '../../../../../src/shared/model';

const make = (over: Partial<Actor>): Actor => ({ id: 'a', name: 'Ida Marsk', kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour: '', ...over });

describe('actorRowDetail', () => {
  const guild = make({ id: 'g', name: 'Carters Guild', kind: 'organisation' });
  const byId = new Map([[guild.id, guild]]);

  it('gives the kind, then role and affiliation', () => {
    expect(actorRowDetail(make({ role: 'Treasurer', affiliationId: 'g', description: 'Long-serving.' }), byId)).toBe('Person · Treasurer, Carters Guild');
  });

  it('tells two actors named by the same description apart by their descriptions (the article each came from)', () => {
    const first = make({ id: 'u1', name: 'the union', kind: 'organisation', description: 'From “Porters walk out”, which names it only as “the union”.' });
    const second = make({ id: 'u2', name: 'the union', kind: 'organisation', description: 'From “Nurses strike”, which names it only as “the union”.' });
    expect(actorRowDetail(first, byId)).toBe('in “Porters walk out” · Organisation');
    expect(actorRowDetail(first, byId)).not.toBe(actorRowDetail(second, byId));
  });

  it('shows a description the analyst wrote for such an actor as it is', () => {
    expect(actorRowDetail(make({ name: 'the board', kind: 'organisation', description: 'Harbour trust board, 2024.' }), byId)).toBe('Harbour trust board, 2024. · Organisation');
  });

  it('keeps a named actor’s description out of the list line', () => {
    expect(actorRowDetail(make({ description: 'Met in 2019.' }), byId)).toBe('Person');
  });
});
