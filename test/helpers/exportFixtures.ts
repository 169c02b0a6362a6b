/**
 * A notebook for export tests, built from the sample article and its hand-labelled quotes
 * (../shared/corpus), plus a note citing two of them. Everything is plain data: no store.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeRange } from '../../src/shared/anchoring/selectors';
import { normaliseText } from '../../src/shared/text/normalise';
import { SCHEMA_VERSION, type Actor, type ArticleFile, type NotebookFile, type NoteFile, type Quote, type Tag } from '../../src/shared/model';
import type { ExportBundle } from '../../src/shared/export/bundle';

const corpus = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

interface GoldQuote {
  kind: Quote['kind'];
  speaker: string;
  text: string;
  start: number;
  end: number;
}
interface Gold {
  title: string;
  section: string;
  actors: { name: string; kind: Actor['kind']; aliases: string[]; role?: string; affiliation?: string }[];
  quotes: GoldQuote[];
}

export const sampleText = normaliseText(readFileSync(resolve(corpus, 'nato-china-lethal-aid.txt'), 'utf8'));
export const gold = JSON.parse(readFileSync(resolve(corpus, 'nato-china-lethal-aid.gold.json'), 'utf8')) as Gold;

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
export const actorId = (name: string) => `act_${slug(name)}`;

/** A text node as Lexical serialises it. */
export const textNode = (text: string, format = 0) => ({ type: 'text', version: 1, text, format, style: '', mode: 'normal', detail: 0 });
/** A paragraph as Lexical serialises it. */
export const paragraphNode = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });
/** A quote card as the notes editor stores it. */
export const quoteCardNode = (quoteId: string, citedText = '') => ({ type: 'quote-card', version: 1, quoteId, citedText });
/** An actor mention as the notes editor stores it. */
export const mentionNode = (id: string, text: string) => ({ type: 'actor-mention', version: 1, actorId: id, text });
/** A note's content from top-level blocks. */
export const noteContent = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } });

/** The sample notebook: one article with the gold quotes (tagged), its actors, and a note citing two quotes. */
export function sampleBundle(): ExportBundle {
  const actors: Actor[] = gold.actors.map((a) => ({
    id: actorId(a.name),
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    role: a.role ?? '',
    affiliationId: a.affiliation ? actorId(a.affiliation) : null,
    externalIds: (a.name === 'Jens Stoltenberg' ? { wikidata: 'Q57643' } : {}) as Record<string, string>,
    description: '',
    colour: '',
  }));
  const tags: Tag[] = [
    { id: 'tag_lethal-aid', name: 'lethal aid', parentId: null, colour: '', description: '' },
    { id: 'tag_warning', name: 'warning', parentId: null, colour: '', description: '' },
  ];
  const quotes: Quote[] = gold.quotes.map((q, i) => ({
    id: `q_${i + 1}`,
    articleId: 'art_sample',
    target: describeRange(sampleText, q.start, q.end),
    kind: q.kind,
    speakerId: actorId(q.speaker),
    aboutIds: /China/.test(q.text) ? [actorId('China')] : [],
    tagIds: i % 2 === 0 ? ['tag_lethal-aid'] : ['tag_warning', 'tag_lethal-aid'],
    comment: i === 1 ? 'Hedged: “concerned”, not “convinced”.' : '',
    status: 'confirmed',
    cue: '',
    createdAt: `2024-03-01T10:${String(i).padStart(2, '0')}:00.000Z`,
    updatedAt: `2024-03-01T10:${String(i).padStart(2, '0')}:00.000Z`,
  }));
  const article: ArticleFile = {
    format: 'quotebook-article',
    schemaVersion: SCHEMA_VERSION,
    article: {
      id: 'art_sample',
      title: gold.title,
      section: gold.section,
      source: { outlet: 'The Hill', url: 'https://thehill.com/policy/international/nato-china', authors: ['Lauren Sforza'], publishedAt: '2023-02-21' },
      language: 'en',
      importedAt: '2024-03-01T09:00:00.000Z',
      origin: { name: 'nato-china-lethal-aid.txt', sha256: 'b'.repeat(64) },
      text: sampleText,
      blocks: [{ kind: 'paragraph', start: 0, end: sampleText.length }],
      contentHash: 'c'.repeat(64),
    },
    quotes,
  };
  const notebook: NotebookFile = {
    format: 'quotebook-notebook',
    schemaVersion: SCHEMA_VERSION,
    id: 'nb_sample',
    name: 'China and the war',
    createdAt: '2024-03-01T08:00:00.000Z',
    actors,
    tags,
    settings: {},
  };
  const note: NoteFile = {
    format: 'quotebook-note',
    schemaVersion: SCHEMA_VERSION,
    note: {
      id: 'note_brief',
      title: 'Weekly brief: China / Russia',
      createdAt: '2024-03-02T08:00:00.000Z',
      updatedAt: '2024-03-02T09:30:00.000Z',
      content: noteContent(
        { type: 'heading', version: 1, tag: 'h2', direction: null, format: '', indent: 0, children: [textNode('Assessment')] },
        paragraphNode(textNode('NATO is '), textNode('increasingly', 1), textNode(' worried about '), mentionNode(actorId('China'), 'China'), textNode('.')),
        quoteCardNode('q_2', quotes[1]!.target.exact),
        paragraphNode(textNode('And the second:')),
        quoteCardNode('q_4', quotes[3]!.target.exact),
      ),
    },
  };
  return { notebook, articles: [article], notes: [note] };
}

/**
 * Two pieces of one quote in the sample article's text, with other sentences between them: the
 * shape of a quote split by its attribution, for the tests of quotes in pieces.
 */
export function samplePieces(text: string): { start: number; end: number }[] {
  const a = text.indexOf('We are also increasingly concerned');
  const b = text.indexOf('Putin must not win.');
  return [
    { start: a, end: text.indexOf('war,', a) + 'war,'.length },
    { start: b, end: b + 'Putin must not win.'.length },
  ];
}
