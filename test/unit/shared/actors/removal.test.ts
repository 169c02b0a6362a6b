import { describe, expect, it } from 'vitest';
import { actorsAfterRemoval, actorsAfterRestore, detachQuote, mergedActor, reattachQuote, type ActorRemoval } from '../../../../src/shared/actors';
import type { Actor, Quote } from '../../../../src/shared/model';

const actor = (id: string, name: string, extra: Partial<Actor> = {}): Actor => ({
  id, name, kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour: '', ...extra,
});

const quote = (id: string, speakerId: string | null, aboutIds: string[]): Quote => ({
  id, articleId: 'art', target: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 }, kind: 'direct', speakerId, aboutIds,
  tagIds: [], comment: '', status: 'confirmed', cue: '', createdAt: 't', updatedAt: 't',
});

describe('mergedActor', () => {
  it('keeps the survivor’s fields, takes the other’s names as aliases and fills its gaps', () => {
    const from = actor('b', 'Stoltenberg', { aliases: ['Jens'], role: 'Secretary-General', externalIds: { wikidata: 'Q57326' }, colour: 'blue' });
    const into = actor('a', 'Jens Stoltenberg', { aliases: ['JENS'], colour: 'teal', description: 'NATO chief' });
    expect(mergedActor(from, into, [from, into])).toMatchObject({
      id: 'a', name: 'Jens Stoltenberg', aliases: ['JENS', 'Stoltenberg'], role: 'Secretary-General',
      externalIds: { wikidata: 'Q57326' }, colour: 'teal', description: 'NATO chief',
    });
  });

  it('never leaves the survivor affiliated with itself or the removed actor', () => {
    const nato = actor('nato', 'NATO', { kind: 'organisation' });
    const alliance = actor('all', 'The Alliance', { kind: 'organisation', affiliationId: 'nato' });
    expect(mergedActor(alliance, nato, [nato, alliance]).affiliationId).toBeNull();
    const wang = actor('w', 'Wang', { affiliationId: 'mfa' });
    const mfa = actor('mfa', 'Foreign ministry', { affiliationId: 'cn' });
    expect(mergedActor(mfa, wang, [wang, mfa, actor('cn', 'China')]).affiliationId).toBe('cn');
  });
});

describe('detachQuote and reattachQuote', () => {
  it.each([
    ['speaker, merged', quote('q', 'b', []), 'a', { speakerId: 'a', aboutIds: [] }],
    ['about, merged', quote('q', 'x', ['c', 'b']), 'a', { speakerId: 'x', aboutIds: ['c', 'a'] }],
    ['about both, merged', quote('q', null, ['a', 'b']), 'a', { speakerId: null, aboutIds: ['a'] }],
    ['speaker about itself, merged', quote('q', 'b', ['b']), 'a', { speakerId: 'a', aboutIds: ['a'] }],
    ['speaker, deleted', quote('q', 'b', ['c']), null, { speakerId: null, aboutIds: ['c'] }],
    ['about, deleted', quote('q', 'c', ['b', 'c']), null, { speakerId: 'c', aboutIds: ['c'] }],
  ])('%s: moves b and undo puts it back', (_what, before, intoId, after) => {
    const detached = detachQuote(before, 'b', intoId)!;
    expect({ speakerId: detached.quote.speakerId, aboutIds: detached.quote.aboutIds }).toEqual(after);
    const back = reattachQuote(detached.quote, detached.change, 'b', intoId)!;
    expect(back.speakerId).toBe(before.speakerId);
    expect([...back.aboutIds].sort()).toEqual([...before.aboutIds].sort());
  });

  it('leaves quotes that do not mention the actor', () => {
    expect(detachQuote(quote('q', 'a', ['c']), 'b', 'a')).toBeNull();
  });

  it('keeps an edit made after the merge when undoing it', () => {
    const detached = detachQuote(quote('q', 'b', []), 'b', 'a')!;
    const edited = { ...detached.quote, speakerId: 'z' };
    expect(reattachQuote(edited, detached.change, 'b', 'a')).toBeNull();
  });
});

describe('actorsAfterRemoval and actorsAfterRestore', () => {
  const nato = actor('nato', 'NATO', { kind: 'organisation' });
  const otan = actor('otan', 'OTAN', { kind: 'organisation' });
  const js = actor('js', 'Jens Stoltenberg', { affiliationId: 'otan' });
  const all = [nato, otan, js];

  it('hands members to the survivor on merge and takes everything back on undo', () => {
    const { actors, affiliated, survivor } = actorsAfterRemoval(all, otan, nato);
    expect(actors.map((a) => a.id)).toEqual(['nato', 'js']);
    expect(actors.find((a) => a.id === 'js')!.affiliationId).toBe('nato');
    expect(survivor!.aliases).toEqual(['OTAN']);
    const record: ActorRemoval = { kind: 'merge', actor: otan, into: { before: nato, after: survivor! }, quotes: [], affiliated, notes: [] };
    const restored = actorsAfterRestore(actors, record);
    expect(restored.sort((a, b) => a.id.localeCompare(b.id))).toEqual([js, nato, otan]);
  });

  it('clears members’ affiliation on delete and restores it on undo', () => {
    const { actors, affiliated } = actorsAfterRemoval(all, otan, null);
    expect(actors.find((a) => a.id === 'js')!.affiliationId).toBeNull();
    const restored = actorsAfterRestore(actors, { kind: 'delete', actor: otan, into: null, quotes: [], affiliated, notes: [] });
    expect(restored.find((a) => a.id === 'js')!.affiliationId).toBe('otan');
  });

  it('refuses an undo that cannot apply, with a reason', () => {
    const { actors, survivor } = actorsAfterRemoval(all, otan, nato);
    const record: ActorRemoval = { kind: 'merge', actor: otan, into: { before: nato, after: survivor! }, quotes: [], affiliated: [], notes: [] };
    expect(() => actorsAfterRestore(actorsAfterRestore(actors, record), record)).toThrow(/already back/);
    expect(() => actorsAfterRestore(actors.filter((a) => a.id !== 'nato'), record)).toThrow(/cannot be undone/);
  });
});
