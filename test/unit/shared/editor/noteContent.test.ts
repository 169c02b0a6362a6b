/** Reading stored notes without an editor: references, preview text, word counts, loadability. */
import { describe, expect, it } from 'vitest';
import { countWords, createHeadlessNoteEditor, loadNoteContent, makeNoteLoadable, noteReferences, notePlainText } from '../../../../src/shared/editor';

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, version: 1, direction: null, format: '', indent: 0, children, ...extra });
const card = (quoteId: string) => ({ type: 'quote-card', version: 1, quoteId, citedText: `words of ${quoteId}` });
const mention = (actorId: string, name: string) => ({ type: 'actor-mention', version: 1, actorId, text: name });
const note = (...children: unknown[]) => ({ root: block('root', children) });

const sample = note(
  block('heading', [text('Assessment')], { tag: 'h2' }),
  block('paragraph', [text('As '), mention('act_nato', 'NATO'), text(' warned, China may arm Russia.')]),
  card('q_1'),
  block('list', [block('listitem', [text('point one')]), block('listitem', [text('point two'), mention('act_nato', 'NATO')])], { listType: 'bullet' }),
  card('q_2'),
  card('q_1'),
);

describe('noteReferences', () => {
  it('counts every card by quote and every mention by actor', () => {
    const refs = noteReferences(sample);
    expect(Object.fromEntries(refs.quotes)).toEqual({ q_1: 2, q_2: 1 });
    expect(Object.fromEntries(refs.actors)).toEqual({ act_nato: 2 });
  });

  it('finds nothing in content that is not a note, without throwing', () => {
    for (const content of [{}, { root: 'x' }, { root: { type: 'root', children: [null, 5, { type: 'quote-card' }] } }]) {
      const refs = noteReferences(content as Record<string, unknown>);
      expect(refs.quotes.size + refs.actors.size).toBe(0);
    }
  });

  it('reads absurdly deep nesting from a hand-edited file, and still finds what is at the bottom', () => {
    let deep: Record<string, unknown> = block('paragraph', [card('q_deep'), mention('act_deep', 'Deep')]);
    for (let i = 0; i < 5000; i++) deep = block('quote', [deep]);
    const refs = noteReferences(note(deep, card('q_top')));
    expect(Object.fromEntries(refs.quotes)).toEqual({ q_deep: 1, q_top: 1 });
    expect(Object.fromEntries(refs.actors)).toEqual({ act_deep: 1 });
  });
});

describe('notePlainText', () => {
  it('gives the analyst’s own words, one block a line, mentions as @Name and cards left out', () => {
    expect(notePlainText(sample)).toBe('Assessment\nAs @NATO warned, China may arm Russia.\npoint one\npoint two@NATO');
  });

  it('cuts a long note with an ellipsis', () => {
    expect(notePlainText(sample, 14)).toBe('Assessment\nAs…');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Putin must not win.', 4],
    ['NATO’s “increasingly concerned” statement', 4],
    ['well-known — 2023 figures', 3],
    ['Столтенберг сказал', 2],
    ['…', 0],
  ])('counts %j as %i words', (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });
});

describe('makeNoteLoadable', () => {
  it('keeps a note it knows unchanged', () => {
    const { content, replaced } = makeNoteLoadable(sample);
    expect(replaced).toBe(0);
    expect(content).toEqual(sample);
  });

  it('turns nodes from a newer version into text and paragraphs the editor can open', () => {
    const future = note(
      block('paragraph', [text('keep '), { type: 'hashtag-v9', version: 3, text: '#future' }]),
      { type: 'poll', version: 1, question: 'x' },
      block('callout', [text('inside a callout')]),
    );
    const { content, replaced } = makeNoteLoadable(future);
    expect(replaced).toBe(3);
    const editor = createHeadlessNoteEditor();
    loadNoteContent(editor, content);
    expect(editor.getEditorState().read(() => notePlainText(editor.getEditorState().toJSON() as unknown as Record<string, unknown>))).toBe(
      'keep #future\ninside a callout',
    );
  });
});
