/** Note nodes in a headless editor: the stored JSON shape, round trips, and tolerant reading. */
import { describe, expect, it } from 'vitest';
import { $getRoot, $isParagraphNode } from 'lexical';
import {
  $isActorMentionNode,
  $isQuoteCardNode,
  createHeadlessNoteEditor,
  emptyNoteContent,
  loadNoteContent,
  NOTE_NODE_TYPES,
  NOTE_NODES,
} from '../../../../src/shared/editor';

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type, version: 1, direction: null, format: '', indent: 0, children, ...extra,
});
const paragraph = (...children: unknown[]) => block('paragraph', children, { textFormat: 0, textStyle: '' });
const note = (...children: unknown[]) => ({ root: block('root', children) });

const card = { type: 'quote-card', version: 1, quoteId: 'q_1', citedText: 'Putin must not win.' };
const mention = { type: 'actor-mention', version: 1, actorId: 'act_nato', text: 'NATO' };

/** What a reader would notice of a node: its type, words, format, target and children. */
function shape(node: unknown): unknown {
  const { type, text, format, tag, listType, url, quoteId, citedText, actorId, children } = node as Record<string, unknown>;
  return { type, text, format: format || undefined, tag, listType, url, quoteId, citedText, actorId, children: Array.isArray(children) ? children.map(shape) : undefined };
}

function roundTrip(content: Record<string, unknown>) {
  const editor = createHeadlessNoteEditor();
  loadNoteContent(editor, content);
  return editor.getEditorState().toJSON() as unknown as { root: { children: Record<string, unknown>[] } };
}

describe('note nodes', () => {
  it('registers exactly the node types the JSON readers know', () => {
    const classTypes = NOTE_NODES.map((k) => k.getType());
    for (const type of classTypes) expect(NOTE_NODE_TYPES.has(type)).toBe(true);
    expect([...NOTE_NODE_TYPES].filter((t) => !classTypes.includes(t)).sort()).toEqual(['linebreak', 'paragraph', 'root', 'tab', 'text']);
  });

  it('stores a quote card as {type, version, quoteId, citedText} and an actor mention as {type, version, actorId, text}', () => {
    const saved = roundTrip(note(paragraph(text('As '), mention, text(' warned:')), card));
    const [first, second] = saved.root.children;
    expect((first!.children as unknown[])[1]).toEqual(mention);
    expect(second).toEqual(card);
  });

  const cases: [string, Record<string, unknown>][] = [
    ['an empty note', emptyNoteContent()],
    ['a heading and a paragraph with bold, italic, underline and code', note(block('heading', [text('Assessment')], { tag: 'h2' }), paragraph(text('bold', 1), text('italic', 2), text('under', 8), text('code', 16)))],
    ['bulleted and numbered lists', note(block('list', [block('listitem', [text('one')], { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' }), block('list', [block('listitem', [text('first')], { value: 1 })], { listType: 'number', start: 1, tag: 'ol' }))],
    ['a block quote', note(block('quote', [text('A thought of my own.')]))],
    ['a link', note(paragraph(block('link', [text('NATO')], { url: 'https://www.nato.int/', rel: null, target: null, title: null })))],
    ['cards and mentions', note(paragraph(mention), card, paragraph(text('after')))],
  ];
  it.each(cases)('loads and saves %s unchanged in meaning', (_name, content) => {
    const once = roundTrip(content);
    expect(shape(once.root)).toEqual(shape(content.root));
    expect(roundTrip(once as unknown as Record<string, unknown>)).toEqual(once);
  });

  it('reads a damaged card or mention as an empty reference instead of failing the note', () => {
    const editor = createHeadlessNoteEditor();
    loadNoteContent(editor, note({ type: 'quote-card', version: 1, quoteId: '../../etc', citedText: 42 }, paragraph({ type: 'actor-mention', actorId: null })));
    editor.getEditorState().read(() => {
      const [first, second] = $getRoot().getChildren();
      expect($isQuoteCardNode(first) && [first.getQuoteId(), first.getCitedText()]).toEqual(['', '']);
      const inner = $isParagraphNode(second) ? second.getFirstChild() : null;
      expect($isActorMentionNode(inner) && inner.getActorId()).toBe('');
    });
  });

  it('opens content that is not an editor state as an empty note', () => {
    const saved = roundTrip({ nonsense: true });
    expect(saved.root.children).toHaveLength(1);
    expect(saved.root.children[0]!.type).toBe('paragraph');
  });
});
