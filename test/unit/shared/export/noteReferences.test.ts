/** What the exporters read from a note's JSON: the quotes and actors it refers to, in order. */
import { describe, expect, it } from 'vitest';
import { nodesInOrder, noteReferences, type SerializedNode } from '../../../../src/shared/export/noteReferences';
import { mentionNode, paragraphNode, quoteCardNode, textNode } from '../../../helpers/exportFixtures';

const note = (...children: unknown[]) => ({ root: { type: 'root', children } });

describe('noteReferences', () => {
  it('lists each quote and actor once, in the order they first appear', () => {
    const content = note(paragraphNode(textNode('a'), mentionNode('act_b', 'B')), quoteCardNode('q_2'), paragraphNode(mentionNode('act_a', 'A'), mentionNode('act_b', 'B')), quoteCardNode('q_1'), quoteCardNode('q_2'));
    expect(noteReferences(content)).toEqual({ quoteIds: ['q_2', 'q_1'], actorIds: ['act_b', 'act_a'] });
  });

  it('reads a note nested thousands deep (a damaged file) to the bottom', () => {
    let deep: unknown = paragraphNode(quoteCardNode('q_deep'), mentionNode('act_deep', 'Deep'));
    for (let i = 0; i < 20_000; i++) deep = { type: 'quote', children: [deep] };
    expect(noteReferences(note(quoteCardNode('q_top'), deep))).toEqual({ quoteIds: ['q_top', 'q_deep'], actorIds: ['act_deep'] });
  });
});

describe('nodesInOrder', () => {
  it('gives every node in document order, the node itself first', () => {
    const tree = { type: 'root', children: [{ type: 'p', children: [{ type: 'a' }, { type: 'b' }] }, { type: 'c' }] } as SerializedNode;
    expect(nodesInOrder(tree).map((n) => n.type)).toEqual(['root', 'p', 'a', 'b', 'c']);
  });
});
