/**
 * Property: whatever an analyst (or an imported page) puts in any field we export — Markdown
 * punctuation, leading digits and dots, HTML-like text, blank lines — a CommonMark parser reads
 * the exported file back to exactly that text, in the structure we meant.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile } from '../../../../src/shared/export';
import { oneLine } from '../../../../src/shared/export/text';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { trimAroundNewlines } from '../../../../src/shared/export/markdown/tidySpaces';
import { mentionNode, noteContent, paragraphNode, quoteCardNode, sampleBundle, textNode } from '../../../helpers/exportFixtures';
import { frontMatterOf, nodesOf, parseMarkdown, quotesOf, textOf } from '../../../helpers/markdown';

const tokens = [
  '*', '_', '#', '[', ']', '(', ')', '`', '>', '|', '~', '\\', '<', '!', '-', '+', '=', '.', ':', '^', '&', ';', '"', "'",
  '1.', '2)', '10. ', '# ', '> ', '- ', '* ', '+ ', '```', '~~~', '---', '***', '===', '[^1]', '[x](javascript:alert(1))', '<b>', '</b>',
  '<script>alert(1)</script>', '<!-- x -->', '&amp;', '&#x20;', '&copy', 'http://e.org/', '<https://e.org>', '[[Wiki|link]]', '^block',
  ' ', ' ', '  ', '\t', 'a', 'b', 'Zürich', '“q”', '😀', 'word',
];
const inline = fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 12 }).map((t) => t.join(''));
/** Text that may also hold line breaks and blank lines. */
const multiline = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\n\n\n') }), { minLength: 1, maxLength: 16 }).map((t) => t.join(''));
const visible = (s: string) => s.trim() !== '';

/** Every quote's words as read back: a direct quote's block quote, reported speech's paragraph. */
const quoteTexts = (tree: Root) => quotesOf(tree).map((q) => q.words);
const kinds = fc.constantFrom('direct' as const, 'indirect' as const);

/** The sample notebook with one quote's article, speaker and tag rewritten to hostile values. */
function hostileBundle(v: { title: string; outlet: string; speaker: string; role: string; tag: string; comment: string; quote: string; description: string; kind?: 'direct' | 'indirect' }) {
  const bundle = sampleBundle();
  const file = bundle.articles[0]!;
  const text = `Intro.\n\n${v.quote}\n\nOutro.`;
  const start = 'Intro.\n\n'.length;
  file.article = { ...file.article, title: v.title, text, source: { ...file.article.source, outlet: v.outlet } };
  const quote = { ...file.quotes[1]!, kind: v.kind ?? file.quotes[1]!.kind, target: describeRange(text, start, start + v.quote.length), comment: v.comment, tagIds: ['tag_x'] };
  file.quotes = [quote];
  const speaker = bundle.notebook.actors.find((a) => a.id === quote.speakerId)!;
  Object.assign(speaker, { name: v.speaker, role: v.role, description: v.description });
  bundle.notebook.tags.push({ id: 'tag_x', name: v.tag, parentId: null, colour: '', description: '' });
  bundle.notes[0]!.note.content = noteContent(quoteCardNode(quote.id));
  return { bundle, quote, speaker };
}

describe('Markdown round trip with hostile text in every field', () => {
  it('note: title (front matter and heading), paragraph text, bold, italic, code, mention', () => {
    fc.assert(
      fc.property(inline, multiline.filter(visible), inline.filter(visible), inline.filter(visible), inline.filter(visible), (title, body, bold, code, name) => {
        const bundle = sampleBundle();
        const note = bundle.notes[0]!.note;
        note.title = title;
        bundle.notebook.actors[2]!.name = name;
        note.content = noteContent(
          paragraphNode(textNode(body)),
          paragraphNode(textNode(bold, 1), textNode(' | '), textNode(bold, 2), textNode(' | '), textNode(code, 16), textNode(' | '), mentionNode(bundle.notebook.actors[2]!.id, 'x')),
        );
        const md = exportSingleFile(indexBundle(bundle), 'markdown', { kind: 'note', id: note.id }).text;
        const tree = parseMarkdown(md);
        expect(frontMatterOf(md).title ?? '').toBe(title);
        const [h1, first, second] = tree.children.slice(1);
        expect(h1?.type === 'heading' && textOf(h1)).toBe(title.trim() ? oneLine(title) : 'Untitled note');
        // Spaces at a line's ends are dropped (Markdown could only keep them as &#x20;).
        expect(first?.type === 'paragraph' && textOf(first)).toBe(trimAroundNewlines(body.replace(/^[ \t]+|[ \t]+$/g, '')));
        expect(second?.type).toBe('paragraph');
        const parts = second!.type === 'paragraph' ? second!.children : [];
        // The mention's name joins the text before it, as adjacent text does in any parser.
        expect(parts.map((p) => p.type)).toEqual(['strong', 'text', 'emphasis', 'text', 'inlineCode', 'text']);
        expect(parts.map(textOf)).toEqual([bold.replace(/^[ \t]+/, ''), ' | ', bold, ' | ', code, ` | ${oneLine(name).replace(/[ \t]+$/, '')}`]);
      }),
    );
  });

  it('quote card: the quote’s words, speaker, role, article title and outlet', () => {
    fc.assert(
      fc.property(
        fc.record({ title: inline.filter(visible), outlet: inline.filter(visible), speaker: inline.filter(visible), role: inline.filter(visible), tag: inline, comment: multiline, quote: multiline.filter(visible), description: multiline, kind: kinds }),
        (v) => {
          const { bundle } = hostileBundle(v);
          const md = exportSingleFile(indexBundle(bundle), 'markdown', { kind: 'note', id: 'note_brief' }).text;
          const tree = parseMarkdown(md);
          expect(quoteTexts(tree)).toEqual([v.quote]);
          const attribution = nodesOf(tree, 'paragraph').find((p) => textOf(p).startsWith('— '));
          expect(textOf(attribution!)).toBe(`— ${oneLine(v.speaker)}, ${oneLine(v.role)}, ${v.kind === 'indirect' ? 'reported speech, ' : ''}${oneLine(v.title)}, ${oneLine(v.outlet)}, 21 February 2023`);
          const [footnote] = nodesOf(tree, 'footnoteDefinition');
          expect(textOf(footnote!)).toBe(`${oneLine(v.title)}, ${oneLine(v.outlet)}, 21 February 2023, by Lauren Sforza. https://thehill.com/policy/international/nato-china`);
        },
      ),
    );
  });

  it('article: front matter, title, quote, tags and a multi-paragraph comment', () => {
    fc.assert(
      fc.property(
        fc.record({ title: inline.filter(visible), outlet: inline.filter(visible), speaker: inline.filter(visible), role: inline, tag: inline.filter(visible), comment: multiline.filter(visible), quote: multiline.filter(visible), description: multiline, kind: kinds }),
        (v) => {
          const { bundle } = hostileBundle(v);
          const md = exportSingleFile(indexBundle(bundle), 'markdown', { kind: 'article', id: 'art_sample' }).text;
          const tree = parseMarkdown(md);
          expect(frontMatterOf(md)).toMatchObject({ title: v.title, outlet: v.outlet });
          expect(textOf(nodesOf(tree, 'heading')[0]!)).toBe(oneLine(v.title));
          expect(quoteTexts(tree)).toEqual([v.quote]);
          const fields = nodesOf(tree, 'listItem').map((item) => item.children.map(textOf).join('\n\n'));
          expect(fields).toContain(`Speaker: ${oneLine(v.speaker)}`);
          expect(fields).toContain(`Tags: ${oneLine(v.tag)}`);
          expect(fields).toContain(`Comment: ${v.comment}`);
        },
      ),
    );
  });

  it('actor dossier: name, role, aliases and description', () => {
    fc.assert(
      fc.property(
        fc.record({ title: inline.filter(visible), outlet: inline, speaker: inline.filter(visible), role: inline.filter(visible), tag: inline, comment: inline, quote: multiline.filter(visible), description: multiline.filter(visible), kind: kinds }),
        inline.filter(visible),
        (v, alias) => {
          const { bundle, speaker } = hostileBundle(v);
          speaker.aliases = [alias];
          const md = exportSingleFile(indexBundle(bundle), 'markdown', { kind: 'actor', id: speaker.id }).text;
          const tree = parseMarkdown(md);
          expect(frontMatterOf(md)).toMatchObject({ name: v.speaker, role: v.role, aliases: [alias] });
          expect(textOf(nodesOf(tree, 'heading')[0]!)).toBe(oneLine(v.speaker));
          const texts = tree.children.filter((n) => n.type === 'paragraph').map(textOf);
          expect(texts).toContain(`Also known as: ${oneLine(alias)}`);
          expect(texts.join('\n\n')).toContain(v.description);
          expect(quoteTexts(tree)).toEqual([v.quote]);
        },
      ),
    );
  });
});
