/**
 * Untrusted articles are the main threat (DESIGN.md): whatever an imported page or a hand-edited
 * file puts in titles, names, quotes, comments, URLs or notes, the exported Markdown — rendered by
 * a renderer that trusts raw HTML and every link protocol — holds no raw HTML, no script and no
 * `javascript:` link. Uses test/fixtures/hostile/ (the import engineer's corpus) when present,
 * plus the strings below.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile, planNotebook, renderPlanned, type EntityKey } from '../../../../src/shared/export';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { noteContent, paragraphNode, quoteCardNode, sampleBundle, textNode } from '../../../helpers/exportFixtures';
import { renderTrusting } from '../../../helpers/markdown';

const OWN = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x]: javascript:alert(1)\n\n[x]',
  '[y](data:text/html,<script>alert(1)</script>)',
  '<!-- hidden -->',
  '<!DOCTYPE html>',
  '<?php echo 1; ?>',
  '<![CDATA[<script>]]>',
  '<div\nonclick="alert(1)">x</div>',
  '<pre>\n<script>alert(1)</script>\n</pre>',
  '    <script>indented</script>',
  '```html\n<script>alert(1)</script>\n```',
  '`<script>` and <scr\u0000ipt>alert(1)</scr\u0000ipt>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '[^1]: <script>alert(1)</script>',
  '> <b onmouseover=alert(1)>quote</b>',
  '1. <u>one</u>\n2) two',
];
const JS_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];

/** Text files of the shared hostile corpus, if the import engineer has added it. */
function corpus(): string[] {
  const dir = resolve(__dirname, '..', '..', '..', 'fixtures', 'hostile');
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (statSync(full).size < 2_000_000) files.push(readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/**
 * A notebook whose every text field holds `hostile` (cut to the field's length limit in the model,
 * as the store would insist), and every URL one of JS_URLS.
 */
function hostileNotebook(whole: string, url: string) {
  // The danger is in what the text says, not its length: 8,000 characters keep even the deeply
  // nested sample nested, and keep the test quick.
  const hostile = whole.slice(0, 8_000);
  const bundle = sampleBundle();
  const file = bundle.articles[0]!;
  const short = hostile.slice(0, 500);
  const name = hostile.slice(0, 280);
  const long = hostile.slice(0, 20_000);
  const text = `${hostile}\n\nSaid: ${hostile}`;
  file.article = {
    ...file.article,
    title: short,
    section: short,
    text,
    source: { outlet: short, url, authors: [short], publishedAt: hostile.slice(0, 40) },
    origin: { name: short, sha256: 'x' },
  };
  const start = text.lastIndexOf(hostile);
  file.quotes = file.quotes.slice(0, 2).map((q, i) => ({ ...q, target: i === 0 ? describeRange(text, 0, hostile.length || 1) : describeRange(text, start, text.length), comment: long, cue: hostile.slice(0, 200) }));
  // The two quotes kept are by and about the first actors; the rest would only repeat the same checks.
  bundle.notebook.actors = bundle.notebook.actors.slice(0, 4);
  for (const actor of bundle.notebook.actors) Object.assign(actor, { name: `${actor.name.slice(0, 15)} ${name}`, role: short, description: long, aliases: [name || 'x'], externalIds: { wikidata: url.slice(0, 200), [hostile.slice(0, 40) || 'x']: hostile.slice(0, 200) } });
  for (const tag of bundle.notebook.tags) tag.name = hostile.slice(0, 200) || 'x';
  bundle.notebook.name = name;
  const note = bundle.notes[0]!.note;
  note.title = short;
  note.content = noteContent(
    paragraphNode(textNode(hostile), { type: 'link', version: 1, url, children: [textNode(short)] }),
    { type: 'heading', version: 1, tag: 'h2', children: [textNode(short)] },
    { type: 'code', version: 1, language: short, children: [textNode(hostile)] },
    quoteCardNode(file.quotes[0]!.id),
    quoteCardNode('q_deleted', hostile),
    { type: 'unknown-future-node', html: hostile, text: hostile, children: [textNode(hostile, 1)] },
  );
  return bundle;
}

/** Every Markdown file the notebook exports to: the folder (both link styles) and each single file. */
function allMarkdown(bundle: ReturnType<typeof sampleBundle>): string[] {
  const index = indexBundle(bundle);
  const plan = planNotebook(index);
  const paths = new Map<EntityKey, string>(plan.map((p) => [p.key, `${p.folder}/${p.wantedName}`]));
  return [
    ...plan.map((p) => renderPlanned(index, p.key, paths, false)),
    // Wikilinks differ only in links: the files that hold links are enough.
    ...plan.filter((p) => !p.key.startsWith('actor:')).map((p) => renderPlanned(index, p.key, paths, true)),
    exportSingleFile(index, 'markdown', { kind: 'quotes', ids: bundle.articles[0]!.quotes.map((q) => q.id) }).text,
  ];
}

const ALLOWED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'a', 'hr', 'br', 'section', 'sup']);

function problems(html: string): string[] {
  const found: string[] = [];
  if (/<!--|<!\[CDATA|<!DOCTYPE|<\?/i.test(html)) found.push('markup declaration');
  for (const [, slash, name, attributes] of html.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*)>?/g)) {
    if (!ALLOWED_TAGS.has(name!.toLowerCase())) found.push(`tag <${slash}${name}>`);
    for (const [attr] of attributes!.matchAll(/\s(on\w+|style|srcdoc|formaction)\s*=/gi)) found.push(`attribute ${attr.trim()} on <${name}>`);
    for (const [, value] of attributes!.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
// eslint-disable-next-line no-control-regex -- control characters are what is checked
      const decoded = value!.replace(/&amp;/g, '&').replace(/[\s\u0000-\u001f]/g, '');
      if (!/^(https?:|mailto:|#|[^:]*$)/i.test(decoded)) found.push(`link to ${value}`);
    }
  }
  return found;
}

describe('exported Markdown of hostile text renders without HTML or script', () => {
  const samples = [...OWN, ...corpus()];

  it.each(samples.map((s, i) => [i, s] as const))('hostile sample %i', (i, hostile) => {
    const bundle = hostileNotebook(hostile, JS_URLS[i % JS_URLS.length]!);
    for (const md of allMarkdown(bundle)) {
      const html = renderTrusting(md);
      expect(problems(html), md).toEqual([]);
    }
  });

  it('the checker itself catches raw HTML and script links', () => {
    expect(problems(renderTrusting('<script>x</script>'))).not.toEqual([]);
    expect(problems(renderTrusting('[a](javascript:alert(1))'))).not.toEqual([]);
    expect(problems(renderTrusting('<!-- x -->'))).not.toEqual([]);
    expect(problems(renderTrusting('<p onclick="x">a</p>'))).not.toEqual([]);
    // Escaped text that merely looks like an attribute is fine.
    expect(problems(renderTrusting('\\<img onerror=x>'))).toEqual([]);
  });
});
