import { describe, expect, it } from 'vitest';
import { articleActorsToOffer, notebookActorsToOffer } from '../../../../../src/renderer/src/features/suggestions/choiceOptions';
import type { Actor } from '../../../../../src/shared/model';
import type { SuggestedActor } from '../../../../../src/shared/suggest';

const actor = (id: string, name: string, description = ''): Actor => ({ id, name, kind: 'organisation', aliases: [], role: '', affiliationId: null, externalIds: {}, description, colour: '' });
const suggested = (name: string): SuggestedActor => ({ name, kind: 'organisation', aliases: [], role: '', affiliation: '', actorId: null, mentions: 1 });

describe('what the suggestion pickers offer', () => {
  const notebook = [actor('g', 'Carters Guild'), actor('u', 'the union', 'From “Porters walk out”, which names it only as “the union”: rename it, or merge it into the actor it means.')];

  it('offers another article’s "the union" after the rest, saying which article it came from', () => {
    const offered = notebookActorsToOffer('', notebook, [suggested('Harbour Trust')]);
    expect(offered.near.map(({ actor: a, from }) => [a.name, from])).toEqual([['Carters Guild', 'in the notebook']]);
    expect(offered.far.map(({ actor: a, from }) => [a.name, from])).toEqual([['the union', 'in “Porters walk out”']]);
  });

  it('offers a description-named actor the suggester matched in this article as this article’s', () => {
    const offered = notebookActorsToOffer('union', notebook, [{ ...suggested('the union'), actorId: 'u' }]);
    expect(offered.near.map(({ actor: a }) => a.name)).toEqual(['the union']);
    expect(offered.far).toEqual([]);
  });

  it('offers this article’s "the union" beside the notebook’s, but an accepted proper name only once', () => {
    const offered = articleActorsToOffer([suggested('the union'), suggested('Carters Guild'), suggested('Harbour Trust')], notebook, '');
    expect(offered.map(({ a, index }) => [a.name, index])).toEqual([
      ['the union', 0],
      ['Harbour Trust', 2],
    ]);
  });
});
