/** Reading exported Markdown back the way other tools do: a CommonMark parser with GFM footnotes and front matter. */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { micromark } from 'micromark';
import { gfmFootnote, gfmFootnoteHtml } from 'micromark-extension-gfm-footnote';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';

/** The mdast tree of `markdown`. */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfmFootnote(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFootnoteFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
}

/**
 * HTML as a renderer that trusts its input would produce it: raw HTML and any link protocol are
 * let through, so anything dangerous the Markdown holds shows up in the result.
 */
export function renderTrusting(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    allowDangerousProtocol: true,
    extensions: [gfmFootnote(), frontmatter(['yaml'])],
    htmlExtensions: [gfmFootnoteHtml(), frontmatterHtml(['yaml'])],
  });
}

/** The front matter of `markdown` as data. */
export function frontMatterOf(markdown: string): Record<string, unknown> {
  const first = parseMarkdown(markdown).children[0];
  if (first?.type !== 'yaml') throw new Error('no front matter');
  return parseYaml(first.value) as Record<string, unknown>;
}

/** The text of a node: its value, or its children's text joined; breaks as line feeds. */
export function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Every node of `type` in the tree, in document order. */
export function nodesOf<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (node: Nodes) => {
    if (node.type === type) out.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return out as Extract<Nodes, { type: T }>[];
}

/**
 * Every exported quote's words in document order: a direct quote's block quote, or reported
 * speech: a paragraph led by an emphasised "Reported:" / "Paraphrase:" (label left out) and the
 * paragraphs after it up to the attribution ("— …") or the next block that is not a paragraph,
 * as a reader takes them.
 */
export function quotesOf(tree: Root): { kind: 'direct' | 'reported'; words: string }[] {
  const found: { kind: 'direct' | 'reported'; words: string }[] = [];
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    let reported: string[] | null = null;
    const endReported = () => {
      if (reported) found.push({ kind: 'reported', words: reported.join('\n\n') });
      reported = null;
    };
    for (const child of node.children as Nodes[]) {
      if (child.type === 'paragraph') {
        const [label] = child.children;
        const words = textOf(child);
        if (label?.type === 'emphasis' && /^(Reported|Paraphrase):$/.test(textOf(label))) {
          endReported();
          reported = [words.replace(/^(Reported|Paraphrase): /, '')];
          continue;
        }
        if (reported && !words.startsWith('— ')) {
          reported.push(words);
          continue;
        }
      }
      endReported();
      if (child.type === 'blockquote') found.push({ kind: 'direct', words: child.children.map(textOf).join('\n\n') });
      else visit(child);
    }
    endReported();
  };
  visit(tree);
  return found;
}
