import { describe, expect, it } from 'vitest';
import { findTagsByName, orderCodebook, placementProblem, tagPath, withChildren } from '../../../../src/shared/tags/codebook';

const tags = [
  { id: 't1', name: 'threats', parentId: null },
  { id: 't2', name: 'warning', parentId: 't1' },
  { id: 't3', name: 'Economy', parentId: null },
  { id: 't4', name: 'warning', parentId: 't3' },
  { id: 't5', name: 'aid', parentId: 't1' },
];

describe('codebook rules', () => {
  it('lists each parent followed by its children, alphabetically', () => {
    expect(orderCodebook(tags).map((t) => tagPath(t, tags))).toEqual(['Economy', 'Economy › warning', 'threats', 'threats › aid', 'threats › warning']);
  });

  it('includes children when filtering by a parent', () => {
    expect([...withChildren('t1', tags)].sort()).toEqual(['t1', 't2', 't5']);
  });

  it.each([
    ['a new top-level tag', null, 'new', null, null],
    ['a new child of a top-level tag', null, 'new', 't1', null],
    ['a child of a child', null, 'new', 't2', 'Tags nest one level only: "warning" is already inside another tag.'],
    ['a parent with children moving under another', 't1', 'threats', 't3', 'Tags nest one level only: "threats" has tags inside it, so it cannot go inside "Economy".'],
    ['a tag inside itself', 't3', 'Economy', 't3', 'A tag cannot be inside itself.'],
    ['a sibling with the same name, ignoring case', null, 'WARNING', 't1', 'A tag called "warning" already exists in that group. Use it, merge into it, or choose another name.'],
    ['the same name under another parent', 't4', 'aid', 't3', null],
    ['renaming a tag to its own name', 't2', 'Warning', 't1', null],
  ])('%s', (_case, id, name, parentId, problem) => {
    expect(placementProblem(tags, id, name, parentId)).toBe(problem);
  });

  it('finds tags by name or by PARENT/NAME path', () => {
    expect(findTagsByName(tags, 'warning').map((t) => t.id)).toEqual(['t2', 't4']);
    expect(findTagsByName(tags, 'Threats/Warning').map((t) => t.id)).toEqual(['t2']);
    expect(findTagsByName(tags, 'economy › warning').map((t) => t.id)).toEqual(['t4']);
    expect(findTagsByName(tags, 'nothing')).toEqual([]);
  });
});
