import { describe, expect, it } from 'vitest';
import { inReadingOrder, quoteLooks, speakerTints, TINTS } from '../../../../src/renderer/src/features/reader/quoteLooks';
import type { Actor, Quote } from '../../../../src/shared/model';

const actor = (id: string, name: string, colour = ''): Actor =>
  ({ id, name, colour, kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '' }) as Actor;
const quote = (id: string, start: number, end: number, speakerId: string | null, status: Quote['status'] = 'confirmed') =>
  ({ id, target: { exact: 'x', prefix: '', suffix: '', start, end }, speakerId, status, kind: 'direct', aboutIds: [], tagIds: [] }) as unknown as Quote;

describe('speaker tints', () => {
  it('hands out tints in order of first appearance and reuses them per speaker', () => {
    const actors = new Map([['a', actor('a', 'Ann')], ['b', actor('b', 'Bo')]]);
    const tints = speakerTints([quote('1', 0, 5, 'b'), quote('2', 6, 9, 'a'), quote('3', 10, 12, 'b')], actors);
    expect([...tints]).toEqual([['b', TINTS[0]], ['a', TINTS[1]]]);
  });

  it('keeps an actor colour that names a tint, and skips it for others', () => {
    const actors = new Map([['a', actor('a', 'Ann', 'Blue')], ['b', actor('b', 'Bo')]]);
    const tints = speakerTints([quote('1', 0, 5, 'b'), quote('2', 6, 9, 'a')], actors);
    expect(tints.get('a')).toBe('blue');
    expect(tints.get('b')).toBe('amber');
  });

  it('gives unattributed quotes the neutral tint and carries status, name and length', () => {
    const looks = quoteLooks([quote('1', 2, 9, null, 'suggested'), quote('2', 0, 4, 'a')], new Map([['a', actor('a', 'Ann')]]));
    expect(looks.get('1')).toEqual({ tint: 'neutral', status: 'suggested', speakerName: null, length: 7, kind: 'direct', aboutNames: [], tags: [] });
    expect(looks.get('2')).toMatchObject({ tint: 'blue', speakerName: 'Ann', length: 4 });
  });
});

describe('quote looks for the hover card', () => {
  it('names the about-actors and the tags with their paths and tints', () => {
    const actors = new Map([['a', actor('a', 'Ann')], ['p', actor('p', 'Putin')]]);
    const tags = [
      { id: 't1', name: 'threats', parentId: null, colour: 'rose', description: '' },
      { id: 't2', name: 'warning', parentId: 't1', colour: '', description: '' },
    ];
    const q = { ...quote('1', 0, 5, 'a'), aboutIds: ['p', 'gone'], tagIds: ['t2', 't1'] } as Quote;
    expect(quoteLooks([q], actors, tags).get('1')).toMatchObject({
      aboutNames: ['Putin'],
      tags: [
        { name: 'threats › warning', tint: 'neutral' },
        { name: 'threats', tint: 'rose' },
      ],
    });
  });
});

describe('inReadingOrder', () => {
  it('orders by start, enclosing quotes first', () => {
    const ordered = inReadingOrder([quote('c', 9, 12, null), quote('inner', 2, 4, null), quote('outer', 2, 8, null)]);
    expect(ordered.map((q) => q.id)).toEqual(['outer', 'inner', 'c']);
  });
});
