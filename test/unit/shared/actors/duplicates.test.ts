import { describe, expect, it } from 'vitest';
import { findLikelyDuplicates, pairKey, searchGazetteer } from '../../../../src/shared/actors';
import type { ActorKind } from '../../../../src/shared/model';

const actor = (id: string, name: string, kind: ActorKind = 'person', aliases: string[] = []) => ({ id, name, kind, aliases });

const pairsOf = (actors: ReturnType<typeof actor>[], dismissed?: Set<string>) =>
  findLikelyDuplicates(actors, dismissed).map((p) => ({ ids: [...p.ids].sort().join('+'), reasons: p.reasons.join(' | ') }));

describe('findLikelyDuplicates', () => {
  it.each([
    ['a one-word name that is the other’s surname', [actor('a', 'Jens Stoltenberg'), actor('b', 'Stoltenberg')], 'a+b', /“Stoltenberg” is Jens Stoltenberg’s surname/],
    ['the same surname', [actor('a', 'Dmytro Kuleba'), actor('b', 'D. Kuleba')], 'a+b', /same surname “Kuleba”/],
    ['the same name in another spelling', [actor('a', 'U.S.', 'state'), actor('b', 'US', 'state')], 'a+b', /both are called/],
    ['an alias shared with a name', [actor('a', 'United States', 'state', ['U.S.']), actor('b', 'US', 'state')], 'a+b', /both are called “U.S.”/],
    ['an alias shared with an alias', [actor('a', 'NATO', 'organisation', ['the alliance']), actor('b', 'North Atlantic Alliance', 'organisation', ['The Alliance'])], 'a+b', /both are called “the alliance”/],
    ['two names of one built-in state', [actor('a', 'China', 'state'), actor('b', 'Beijing', 'other')], 'a+b', /“China” and “Beijing” both name China/],
  ])('points out %s', (_what, actors, ids, reason) => {
    const pairs = pairsOf(actors);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.ids).toBe(ids);
    expect(pairs[0]!.reasons).toMatch(reason);
  });

  it('leaves distinct actors alone', () => {
    const actors = [
      actor('js', 'Jens Stoltenberg', 'person', ['Stoltenberg']),
      actor('nato', 'NATO', 'organisation', ['the alliance']),
      actor('us', 'United States', 'state', ['U.S.', 'US', 'Washington']),
      actor('cn', 'China', 'state', ['Beijing']),
      actor('ww', 'Wang Wenbin'),
      actor('gw', 'George Washington'), // a person named like a capital is not a state
    ];
    expect(pairsOf(actors)).toEqual([]);
  });

  it('does not pair actors named by the same description in different articles, but pairs one with a named actor called so', () => {
    const unions = [actor('u1', 'the union', 'organisation'), actor('u2', 'the union', 'organisation'), actor('u3', 'The Union', 'organisation')];
    expect(pairsOf(unions.slice(0, 2))).toEqual([]);
    expect(pairsOf([...unions.slice(0, 2), actor('dw', 'Dockworkers Guild', 'organisation', ['the union'])]).map((p) => p.ids).sort()).toEqual(['dw+u1', 'dw+u2']);
    expect(pairsOf([unions[0]!, unions[2]!]).map((p) => p.ids)).toEqual(['u1+u3']);
  });

  it('does not point out a person and an organisation sharing a word', () => {
    expect(pairsOf([actor('a', 'Henry Ford'), actor('b', 'Ford', 'organisation')])).toEqual([]);
  });

  it('gives one entry per pair, with every reason', () => {
    const pairs = findLikelyDuplicates([actor('a', 'Jens Stoltenberg', 'person', ['Jens']), actor('b', 'J. Stoltenberg', 'person', ['Jens'])]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.reasons).toEqual(['both are called “Jens”', 'same surname “Stoltenberg”']);
  });

  it('forgets pairs the analyst dismissed, in either order', () => {
    const actors = [actor('a', 'Dmytro Kuleba'), actor('b', 'Anna Kuleba'), actor('c', 'Kuleba')];
    expect(pairsOf(actors).map((p) => p.ids).sort()).toEqual(['a+b', 'a+c', 'b+c']);
    expect(pairsOf(actors, new Set([pairKey('b', 'a')])).map((p) => p.ids).sort()).toEqual(['a+c', 'b+c']);
  });
});

describe('searchGazetteer', () => {
  it('offers states by capital, alias or the start of their name, exact matches first', () => {
    expect(searchGazetteer('Beijing').map((h) => h.state.name)).toEqual(['China']);
    expect(searchGazetteer('u.s.')[0]).toMatchObject({ state: { name: 'United States' }, matched: 'U.S.' });
    expect(searchGazetteer('Kyi')[0]?.state.name).toBe('Ukraine');
    expect(searchGazetteer('b')).toEqual([]);
    expect(searchGazetteer('Atlantis')).toEqual([]);
  });
});
