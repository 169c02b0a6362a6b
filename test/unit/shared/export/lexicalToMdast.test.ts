/** A note's Lexical JSON as Markdown, node type by node type (table-driven). */
import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { blocks } from '../../../../src/shared/export/markdown/lexicalToMdast';
import { noLinks } from '../../../../src/shared/export/markdown/links';
import { SourceNotes } from '../../../../src/shared/export/markdown/quoteCard';
import { serialiseMarkdown } from '../../../../src/shared/export/markdown/serialise';
import { actorId, mentionNode, paragraphNode, quoteCardNode, sampleBundle, textNode } from '../../../helpers/exportFixtures';
import { parseMarkdown } from '../../../helpers/markdown';

const index = indexBundle(sampleBundle());

function toMarkdown(...children: unknown[]): string {
  const sources = new SourceNotes();
  const out = blocks({ index, links: noLinks, sources }, { type: 'root', children: children as never[] });
  return serialiseMarkdown({ type: 'root', children: [...out, ...sources.definitions] });
}

const item = (...children: unknown[]) => ({ type: 'listitem', version: 1, children });
const list = (listType: string, children: unknown[], start = 1) => ({ type: 'list', version: 1, listType, start, children });
const SOURCE = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';

describe('Lexical note content to Markdown', () => {
  it.each<[string, unknown[], string]>([
    ['bold, italic, both, code; unportable formats keep their text', [paragraphNode(textNode('b', 1), textNode(' '), textNode('i', 2), textNode(' '), textNode('bi', 3), textNode(' '), textNode('c*d', 16), textNode(' '), textNode('u s', 8 | 4 | 32 | 128))], '**b** _i_ **_bi_** `c*d` u s\n'],
    ['line break and tab', [paragraphNode(textNode('a'), { type: 'linebreak' }, textNode('b'), { type: 'tab', text: '\t' }, textNode('c'))], 'a\\\nb\tc\n'],
    ['headings keep their level; a break becomes a space; a bad level becomes 2', [{ type: 'heading', tag: 'h1', children: [textNode('H1')] }, { type: 'heading', tag: 'h3', children: [textNode('H3'), { type: 'linebreak' }, textNode('more')] }, { type: 'heading', tag: 'h9', children: [textNode('bad')] }], '# H1\n\n### H3 more\n\n## bad\n'],
    ['quote', [{ type: 'quote', children: [textNode('quoted '), textNode('bold', 1)] }], '> quoted **bold**\n'],
    ['bullet list with a nested list', [list('bullet', [item(textNode('one')), item(list('bullet', [item(textNode('nested'))])), item(textNode('two'))])], '- one\n  - nested\n- two\n'],
    ['numbered list keeps its start', [list('number', [item(textNode('three')), item(textNode('four'))], 3)], '3. three\n4. four\n'],
    ['check list', [list('check', [{ ...item(textNode('done')), checked: true }, { ...item(textNode('todo')), checked: false }])], '- ☑ done\n- ☐ todo\n'],
    ['links: http(s) and mailto kept, javascript: dropped to text', [paragraphNode({ type: 'link', url: 'https://example.org/a_(b)', children: [textNode('ex', 1)] }, textNode(' '), { type: 'link', url: 'mailto:a@b.org', children: [textNode('mail')] }, textNode(' '), { type: 'link', url: 'javascript:alert(1)', children: [textNode('bad')] }, textNode(' '), { type: 'autolink', url: 'https://auto.org', children: [textNode('https://auto.org')] })], '[**ex**](https://example.org/a_\\(b\\)) [mail](mailto:a@b.org) bad <https://auto.org>\n'],
    ['code block with a fence inside', [{ type: 'code', language: 'js', children: [textNode('let a = 1;'), { type: 'linebreak' }, textNode('```')] }], '````js\nlet a = 1;\n```\n````\n'],
    ['horizontal rule', [paragraphNode(textNode('a')), { type: 'horizontalrule' }, paragraphNode(textNode('b'))], 'a\n\n---\n\nb\n'],
    ['mentions: the actor’s current name, or the stored name if the actor is gone', [paragraphNode(textNode('by '), mentionNode(actorId('China'), 'Beijing'), textNode(' and '), mentionNode('act_gone', 'Old Name'))], 'by China and Old Name\n'],
    ['a quote card inside a paragraph splits it', [paragraphNode(textNode('before'), quoteCardNode('q_1'), textNode('after'))], `before\n\n> increasingly concerned\n\n— NATO, _${SOURCE}_, The Hill, 21 February 2023[^1]\n\nafter\n\n[^1]: ${SOURCE}, The Hill, 21 February 2023, by Lauren Sforza. <https://thehill.com/policy/international/nato-china>\n`],
    ['empty paragraphs dropped; unknown nodes keep their text; junk ignored', [paragraphNode(), paragraphNode(textNode('  ')), { type: 'mystery', children: [textNode('kept')] }, { type: 'mystery-leaf', text: 'leaf' }, 'junk', { noType: true }], 'kept\n\nleaf\n'],
  ])('%s', (_name, children, expected) => {
    const markdown = toMarkdown(...children);
    expect(markdown).toBe(expected);
    // And it is well-formed: serialising what a parser reads gives the same text.
    expect(serialiseMarkdown(parseMarkdown(markdown))).toBe(markdown);
  });

  it('exports a note nested deeper than anyone writes (a damaged file) without losing what is at the bottom', () => {
    let node: Record<string, unknown> = paragraphNode(textNode('the deepest words '), textNode('in bold', 1));
    for (let i = 0; i < 5000; i++) node = { type: 'quote', children: [node] };
    const markdown = toMarkdown(node, paragraphNode(textNode('after the nest')));
    expect(markdown).toContain('the deepest words **in bold**');
    expect(markdown.trimEnd().endsWith('after the nest')).toBe(true);
  });
});
