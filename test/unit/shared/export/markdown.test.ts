/**
 * Markdown export of the sample notebook, read back with a CommonMark parser (GFM footnotes,
 * YAML front matter): quotes come back with their exact words (direct ones as block quotes, reported
 * speech as a paragraph led by "Reported:"), sources as
 * footnotes, metadata as front matter, links pointing at files that exist.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile, planNotebook, renderPlanned, type EntityKey } from '../../../../src/shared/export';
import { actorId, gold, sampleBundle } from '../../../helpers/exportFixtures';
import { frontMatterOf, nodesOf, parseMarkdown, quotesOf, textOf } from '../../../helpers/markdown';

const bundle = sampleBundle();
const index = indexBundle(bundle);
const [article] = bundle.articles;
const quoteText = (id: string) => article!.quotes.find((q) => q.id === id)!.target.exact;
const blockquotes = (tree: Root) => nodesOf(tree, 'blockquote').map((b) => b.children.map(textOf).join('\n\n'));

describe('note to Markdown', () => {
  const { text, fileName } = exportSingleFile(index, 'markdown', { kind: 'note', id: 'note_brief' });
  const tree = parseMarkdown(text);

  it('is named after the note, without its slash', () => {
    expect(fileName).toBe('Weekly brief China Russia.md');
  });

  it('starts with front matter naming the title, dates, tags, actors and sources', () => {
    expect(frontMatterOf(text)).toEqual({
      title: 'Weekly brief: China / Russia',
      created: '2024-03-02T08:00:00.000Z',
      updated: '2024-03-02T09:30:00.000Z',
      tags: ['warning', 'lethal aid'],
      actors: ['China', 'Jens Stoltenberg'],
      sources: [`${gold.title} — The Hill — https://thehill.com/policy/international/nato-china`],
      quotebook_id: 'note_brief',
    });
  });

  it('keeps the rich text: heading, bold, and the mention as the actor’s name', () => {
    const headings = nodesOf(tree, 'heading').map((h) => [h.depth, textOf(h)]);
    expect(headings).toEqual([
      [1, 'Weekly brief: China / Russia'],
      [2, 'Assessment'],
    ]);
    expect(nodesOf(tree, 'strong').map(textOf)).toContain('increasingly');
    expect(nodesOf(tree, 'paragraph').map(textOf)).toContain('NATO is increasingly worried about China.');
  });

  it('gives each quote card with its exact words (reported speech not as a block quote), then an attribution with a footnote', () => {
    expect(quotesOf(tree)).toEqual([
      { kind: 'reported', words: quoteText('q_2') },
      { kind: 'direct', words: quoteText('q_4') },
    ]);
    expect(blockquotes(tree)).toEqual([quoteText('q_4')]);
    const attributions = nodesOf(tree, 'paragraph').filter((p) => textOf(p).startsWith('— '));
    expect(attributions.map(textOf)).toEqual([
      `— Jens Stoltenberg, Secretary-General, reported speech, ${gold.title}, The Hill, 21 February 2023`,
      `— Jens Stoltenberg, Secretary-General, ${gold.title}, The Hill, 21 February 2023`,
    ]);
    // Both cite the same article, so both point at the same footnote.
    expect(attributions.map((p) => nodesOf(p, 'footnoteReference').map((r) => r.identifier))).toEqual([['1'], ['1']]);
  });

  it('names the source in a footnote with its address as a link', () => {
    const [definition, ...more] = nodesOf(tree, 'footnoteDefinition');
    expect(more).toEqual([]);
    expect(definition!.identifier).toBe('1');
    expect(textOf(definition!)).toBe(`${gold.title}, The Hill, 21 February 2023, by Lauren Sforza. https://thehill.com/policy/international/nato-china`);
    expect(nodesOf(definition!, 'link').map((l) => l.url)).toEqual(['https://thehill.com/policy/international/nato-china']);
  });

  it('keeps a card whose quote was deleted, with the words it cited', () => {
    const gone = structuredClone(bundle);
    gone.articles[0]!.quotes = gone.articles[0]!.quotes.filter((q) => q.id !== 'q_2');
    const md = exportSingleFile(indexBundle(gone), 'markdown', { kind: 'note', id: 'note_brief' }).text;
    const back = parseMarkdown(md);
    expect(blockquotes(back)).toEqual([quoteText('q_2'), quoteText('q_4')]);
    expect(nodesOf(back, 'emphasis').map(textOf)).toContain('— This quote is no longer in the notebook.');
  });
});

describe('article annotations to Markdown', () => {
  const { text } = exportSingleFile(index, 'markdown', { kind: 'article', id: 'art_sample' });
  const tree = parseMarkdown(text);

  it('has the article metadata as front matter', () => {
    expect(frontMatterOf(text)).toMatchObject({
      title: gold.title,
      section: 'Policy',
      outlet: 'The Hill',
      url: 'https://thehill.com/policy/international/nato-china',
      authors: ['Lauren Sforza'],
      published: '2023-02-21',
      quotes: gold.quotes.length,
      quotebook_id: 'art_sample',
    });
  });

  it('lists every quote in reading order with its exact words, a direct one as a block quote and reported speech as reported', () => {
    const inOrder = [...gold.quotes].sort((a, b) => a.start - b.start);
    expect(quotesOf(tree)).toEqual(inOrder.map((q) => ({ kind: q.kind === 'direct' ? 'direct' : 'reported', words: q.text })));
    expect(inOrder.some((q) => q.kind !== 'direct')).toBe(true);
  });

  it('gives each quote its kind, speaker, about-actors, tags, comment and position', () => {
    const details = nodesOf(tree, 'list').map((list) => list.children.map((item) => textOf(item)));
    expect(details[1]).toEqual([
      'Kind: reported speech',
      'Speaker: Jens Stoltenberg',
      'About: China',
      'Tags: warning, lethal aid',
      'Comment: Hedged: “concerned”, not “convinced”.',
      `Position: characters ${gold.quotes[1]!.start}–${gold.quotes[1]!.end}`,
    ]);
  });
});

describe('actor dossier to Markdown', () => {
  const { text } = exportSingleFile(index, 'markdown', { kind: 'actor', id: actorId('China') });
  const tree = parseMarkdown(text);

  it('has the profile and both sections with counts', () => {
    expect(frontMatterOf(text)).toMatchObject({ name: 'China', kind: 'state', aliases: ['Beijing'] });
    const said = gold.quotes.filter((q) => q.speaker === 'China').length;
    const about = gold.quotes.filter((q) => /China/.test(q.text)).length;
    expect(nodesOf(tree, 'heading').map(textOf)).toEqual(['China', `Quotes by China (${said})`, `Quotes about China (${about})`]);
    expect(quotesOf(tree)).toHaveLength(said + about);
  });

  it('links a Wikidata id to its page', () => {
    const md = exportSingleFile(index, 'markdown', { kind: 'actor', id: actorId('Jens Stoltenberg') }).text;
    expect(nodesOf(parseMarkdown(md), 'link').map((l) => l.url)).toContain('https://www.wikidata.org/wiki/Q57643');
  });
});

describe('the whole notebook as a folder', () => {
  const plan = planNotebook(index);
  const paths = new Map<EntityKey, string>(plan.map((p) => [p.key, p.folder ? `${p.folder}/${p.wantedName}` : p.wantedName]));

  it('plans one file per note, article and actor, plus an index', () => {
    expect(plan.map((p) => p.folder ? `${p.folder}/${p.wantedName}` : p.wantedName)).toEqual([
      'index.md',
      'Notes/Weekly brief China Russia.md',
      `Articles/${gold.title}.md`,
      ...[...gold.actors].sort((a, b) => a.name.localeCompare(b.name)).map((a) => `Actors/${a.name}.md`),
    ]);
  });

  it('links between files with relative links that resolve to planned files', () => {
    const files = new Set(paths.values());
    for (const [key, from] of paths) {
      const tree = parseMarkdown(renderPlanned(index, key, paths, false));
      const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
      for (const link of nodesOf(tree, 'link').filter((l) => !/^https?:/.test(l.url))) {
        const target = new URL(link.url, `file:///root/${dir}`).pathname.replace('/root/', '');
        expect(files, `${from} links to ${link.url}`).toContain(decodeURIComponent(target));
      }
    }
  });

  it('with wikilinks, links as [[path|name]] and gives quotes block ids the links point at', () => {
    const note = renderPlanned(index, 'note:note_brief', paths, true);
    expect(note).toContain(`[[Articles/${gold.title}#^q-2|${gold.title}]]`);
    expect(note).toContain('[[Actors/China|China]]');
    const articleMd = renderPlanned(index, 'article:art_sample', paths, true);
    // Still CommonMark. q-2 is reported speech, a paragraph: its id ends that paragraph, where
    // Obsidian reads it; q-4, a direct quote, has its id on its own line after the block quote.
    expect(articleMd).toMatch(/^_Reported:_ .+ \^q-2$/m);
    expect(articleMd).toMatch(/^\^q-4$/m);
    const children = parseMarkdown(articleMd).children;
    const i = children.findIndex((n) => n.type === 'paragraph' && textOf(n) === '^q-4');
    expect(children[i - 1]?.type).toBe('blockquote');
  });
});
