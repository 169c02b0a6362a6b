/**
 * Markdown files, parsed with mdast-util-from-markdown (CommonMark, plus YAML front matter and
 * footnotes). Headings, paragraphs, block quotes and list items become blocks; emphasis and link
 * markup go, their words stay. Front matter (title, author, date, url…) is the metadata.
 */
import { parse as parseYaml } from 'yaml';
import type { Nodes, Root } from 'mdast';
import type { Block } from '../../shared/model';
import { reduceDom } from '../../shared/import/domText';
import { cleanLine, firstOf, normaliseDate, normaliseLanguage, safeHttpUrl, splitAuthors, type ArticleDraft } from '../../shared/import/metadata';
import { guessTextMetadata } from '../../shared/import/textMetadata';
import { parseInert } from './html';

type Parser = (text: string) => Root;
let parser: Promise<Parser> | null = null;

/** The unified packages are ESM-only; a dynamic import keeps them loadable from the CommonJS main bundle. */
function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    const [{ fromMarkdown }, { frontmatter }, { frontmatterFromMarkdown }, { gfmFootnote }, { gfmFootnoteFromMarkdown }] = await Promise.all([
      import('mdast-util-from-markdown'),
      import('micromark-extension-frontmatter'),
      import('mdast-util-frontmatter'),
      import('micromark-extension-gfm-footnote'),
      import('mdast-util-gfm-footnote'),
    ]);
    return (text: string) =>
      fromMarkdown(text, {
        extensions: [frontmatter(['yaml']), gfmFootnote()],
        mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown()],
      });
  })();
  return parser;
}

/** The words of an inline subtree: soft line breaks become spaces, hard breaks stay. */
function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'footnoteReference':
      return `[${node.label ?? node.identifier}]`;
    case 'image':
    case 'imageReference':
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => inline(child as Nodes)).join('') : '';
  }
}

class Blocks {
  parts: string[] = [];
  blocks: Block[] = [];
  length = 0;

  add(kind: Block['kind'], raw: string): void {
    for (const piece of raw.split(/\n[ \t]*\n/)) {
      const value = piece.replace(/[ \t]*\n[ \t]*/g, '\n').trim().normalize('NFC');
      if (!value) continue;
      if (this.parts.length) {
        this.parts.push('\n\n');
        this.length += 2;
      }
      this.parts.push(value);
      this.blocks.push({ kind, start: this.length, end: this.length + value.length });
      this.length += value.length;
    }
  }
}

function walk(node: Nodes, kind: Block['kind'], out: Blocks): void {
  switch (node.type) {
    case 'heading':
      return out.add('heading', inline(node));
    case 'paragraph':
      return out.add(kind, inline(node));
    case 'code':
      return out.add(kind, node.value);
    case 'html': {
      // Raw HTML blocks go through the same inert reducer as web pages.
      const reduced = reduceDom(parseInert(`<!doctype html><body>${node.value}</body>`).body);
      for (const block of reduced.blocks) out.add(block.kind === 'paragraph' ? kind : block.kind, reduced.text.slice(block.start, block.end));
      return;
    }
    case 'blockquote':
      return node.children.forEach((child) => walk(child, 'blockquote', out));
    case 'listItem':
      return node.children.forEach((child) => walk(child, kind === 'blockquote' ? 'blockquote' : 'listItem', out));
    case 'footnoteDefinition':
      out.add('paragraph', `[${node.label ?? node.identifier}]`);
      return node.children.forEach((child) => walk(child, kind, out));
    case 'root':
    case 'list':
      return node.children.forEach((child) => walk(child as Nodes, kind, out));
    default:
      return; // thematic breaks, definitions, front matter
  }
}

/** Front matter keys people use, case-insensitively. */
function frontMatter(root: Root): Record<string, unknown> {
  const yaml = root.children.find((node) => node.type === 'yaml');
  if (!yaml || !('value' in yaml)) return {};
  try {
    const data: unknown = parseYaml(yaml.value, { maxAliasCount: 50, prettyErrors: false });
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]));
  } catch {
    return {}; // Broken front matter: the text is still the article.
  }
}

const asString = (value: unknown): string => (typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : '');
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

export async function importMarkdown(_name: string, markdown: string): Promise<ArticleDraft> {
  const root = (await loadParser())(markdown);
  const out = new Blocks();
  walk(root, 'paragraph', out);
  const text = out.parts.join('');
  const guessed = guessTextMetadata(text, out.blocks);
  const meta = frontMatter(root);
  const pick = (...keys: string[]) => firstOf(...keys.map((key) => cleanLine(asString(meta[key]))));
  const source = asString(meta.source);
  const url = firstOf(...['url', 'link', 'source_url', 'canonical', 'canonical_url', 'original_url'].map((key) => safeHttpUrl(asString(meta[key]))), safeHttpUrl(source));
  const authors = splitAuthors(['author', 'authors', 'byline', 'creator'].flatMap((key) => asList(meta[key]).map(asString)));
  return {
    text: guessed.text,
    blocks: guessed.blocks,
    title: pick('title', 'headline') || guessed.title,
    section: pick('section', 'category', 'kicker') || cleanLine(asString(asList(meta.categories)[0])) || guessed.section,
    source: {
      outlet: pick('outlet', 'publisher', 'publication', 'site', 'site_name', 'sitename') || (safeHttpUrl(source) ? '' : cleanLine(source)),
      url,
      authors: authors.length ? authors : guessed.authors,
      publishedAt: firstOf(...['date', 'published', 'publishedat', 'published_at', 'pubdate', 'publish_date', 'created'].map((key) => normaliseDate(asString(meta[key]))), guessed.publishedAt),
    },
    language: firstOf(normaliseLanguage(asString(meta.lang)), normaliseLanguage(asString(meta.language))),
  };
}
