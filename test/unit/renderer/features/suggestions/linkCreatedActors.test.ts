/**
 * After accepting creates an actor, the suggestions still open that name it (in this article or
 * another one) point at it and no longer say "new person"
 * (src/renderer/src/features/suggestions/linkCreatedActors.ts and suggestionStore.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../../../src/shared/model';
import type { ArticleSuggestions } from '../../../../../src/shared/suggest/api';
import type { SuggestedQuote } from '../../../../../src/shared/suggest';
import type { SuggestionState } from '../../../../../src/renderer/src/features/suggestions/suggestionStore';
import { linkCreatedActors } from '../../../../../src/renderer/src/features/suggestions/linkCreatedActors';

const actor = (id: string, name: string, kind: Actor['kind'] = 'person', aliases: string[] = []): Actor =>
  ({ id, name, kind, aliases, role: '', affiliationId: null, externalIds: {}, description: '', colour: '' }) as Actor;
const named = (name: string, kind: Actor['kind'] = 'person') => ({ name, kind, anonymous: false, actorId: null, actorIndex: null });
const quote = (start: number, speaker: SuggestedQuote['speaker'], about: SuggestedQuote['about'] = []): SuggestedQuote => ({
  start, end: start + 5, text: 'words', kind: 'indirect', speaker, about, confidence: 0.8, cue: 'said', reason: 'reported',
});
const stateOf = (...quotes: SuggestedQuote[]): SuggestionState => ({
  status: 'ready', items: quotes.map((q) => ({ ...q, id: `suggestion:${q.start}`, edited: false })), actors: [], rejected: 0, tagged: 0,
});

describe('linking open suggestions to the actors an acceptance created', () => {
  const created = [actor('a-roe', 'Ada Roe'), actor('union', 'the drivers’ union', 'organisation'), actor('brightline', 'Brightline', 'organisation', ['Brightline Rail'])];

  it('points a speaker named by full name, surname or alias at the new actor', () => {
    const state = stateOf(quote(0, named('Ada Roe')), quote(10, named('Roe')), quote(20, named('Brightline Rail', 'organisation')));
    const linked = linkCreatedActors(state, created, false);
    expect(linked.items.map((s) => s.speaker?.actorId)).toEqual(['a-roe', 'a-roe', 'brightline']);
  });

  it('links about-actors too, and leaves other names, unnamed sources and surnames of non-people alone', () => {
    const officials = { ...named('officials familiar with the talks', 'other'), anonymous: true };
    const state = stateOf(quote(0, named('Ben Okafor'), [named('Ada Roe'), named('Chen Li')]), quote(10, officials), quote(20, named('Roe', 'organisation')));
    const linked = linkCreatedActors(state, created, false);
    expect(linked.items[0]!.speaker?.actorId).toBeNull();
    expect(linked.items[0]!.about.map((a) => a.actorId)).toEqual(['a-roe', null]);
    expect(linked.items[1]!.speaker).toBe(officials);
    expect(linked.items[2]!.speaker?.actorId).toBeNull();
  });

  it('links a description ("the drivers’ union") only in the article that created it', () => {
    const state = stateOf(quote(0, named('the drivers’ union', 'organisation')));
    expect(linkCreatedActors(state, created, false).items[0]!.speaker?.actorId).toBeNull();
    expect(linkCreatedActors(state, created, true).items[0]!.speaker?.actorId).toBe('union');
  });

  it('keeps a speaker already matched to another actor, and returns the same state when nothing changed', () => {
    const state = stateOf(quote(0, { ...named('Ada Roe'), actorId: 'older-ada' }), quote(10, named('Ben Okafor')));
    expect(linkCreatedActors(state, created, true)).toBe(state);
  });
});

vi.mock('../../../../../src/renderer/src/api', () => ({
  api: {
    suggestAccept: () => Promise.resolve({ ok: true, value: { quotes: [], createdActors: [actor('a-roe', 'Ada Roe')] } }),
  },
  live: { onChanged: () => () => undefined },
}));
vi.mock('../../../../../src/renderer/src/features/reader/useArticle', () => ({ updateArticle: () => undefined }));

describe('accepting in one article', () => {
  it('updates the open suggestions of every article, so none offers to create the actor again', async () => {
    const store = await import('../../../../../src/renderer/src/features/suggestions/suggestionStore');
    const answer = (articleId: string, quotes: SuggestedQuote[]): ArticleSuggestions => ({ articleId, quotes, actors: [], rejected: 0, tagged: 0 });
    const [first] = store.storeSuggestions(answer('art-1', [quote(0, named('Ada Roe')), quote(10, named('Ada Roe'))]));
    store.storeSuggestions(answer('art-2', [quote(0, named('Roe'))]));
    const saved = await store.saveAccepted('art-1', [first!.id]);
    expect(saved.ok).toBe(true);
    expect(store.suggestionsOf('art-1').items.map((s) => s.speaker?.actorId)).toEqual(['a-roe']);
    expect(store.suggestionsOf('art-2').items.map((s) => s.speaker?.actorId)).toEqual(['a-roe']);
  });
});
