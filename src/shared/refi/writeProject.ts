/**
 * Writes a REFI-QDA 1.5 project (`project.qde` plus one plain-text file per article) and a
 * codebook (`.qdc`). Pure: the caller zips the files. What maps to what:
 * - article → TextSource (its text as `sources/<GUID>.txt`, UTF-8), title as its name, outlet,
 *   URL, date, authors, section and language as Text variables;
 * - confirmed quote → PlainTextSelection (positions in code points, see positions.ts), its
 *   comment as the selection's Description, one Coding per tag, speaker, about-actor and kind;
 *   its author (when recorded) as the creating User;
 * - note → Note (a memo: its plain text), linked by NoteRef from each quote it cites.
 */
import type { ArticleFile, Author, NotebookFile, NoteFile, Quote } from '../model';
import { notePlainText, noteReferences } from '../editor/noteContent';
import { el, xmlDocument, type XmlNode } from '../xml/xmlWriter';
import { actorCodes, codeGuid, kindCodes, tagCodes } from './codes';
import { guidFor } from './guid';
import { toCodePoints } from './positions';

/** The namespaces the standard defines for its two files. */
export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

/** What goes into a project: the notebook's files (a whole notebook, or part of one). */
export interface RefiInput {
  notebook: NotebookFile;
  articles: readonly ArticleFile[];
  notes: readonly NoteFile[];
}

/** The project file and the source files to put beside it (paths inside the .qdpx). */
export interface RefiProjectFiles {
  projectXml: string;
  sources: { path: string; text: string }[];
}

/** Article fields that travel as variables, in this order. */
export const ARTICLE_VARIABLES = ['Outlet', 'URL', 'Published', 'Authors', 'Section', 'Language'] as const;
type VariableName = (typeof ARTICLE_VARIABLES)[number];

function variableValues(file: ArticleFile): Record<VariableName, string> {
  const { article } = file;
  return {
    Outlet: article.source.outlet,
    URL: article.source.url,
    Published: article.source.publishedAt,
    Authors: article.source.authors.join('; '),
    Section: article.section,
    Language: article.language,
  };
}

/** The GUID of a source, selection, note or user. */
export const refiGuid = {
  project: (id: string) => guidFor(`project:${id}`),
  source: (articleId: string) => guidFor(`article:${articleId}`),
  selection: (quoteId: string) => guidFor(`quote:${quoteId}`),
  note: (noteId: string) => guidFor(`note:${noteId}`),
  user: (authorId: string) => guidFor(`user:${authorId}`),
  variable: (name: string) => guidFor(`variable:${name}`),
};

const shortName = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

function selection(quote: Quote, text: string, notesCiting: readonly string[]): XmlNode {
  const codes = [
    ...quote.tagIds.map(codeGuid.tag),
    ...(quote.speakerId ? [codeGuid.speaker(quote.speakerId)] : []),
    ...quote.aboutIds.map(codeGuid.about),
    codeGuid.kind(quote.kind),
  ];
  const user = quote.author ? refiGuid.user(quote.author.id) : undefined;
  return el(
    'PlainTextSelection',
    {
      guid: refiGuid.selection(quote.id),
      name: shortName(quote.target.exact),
      startPosition: toCodePoints(text, quote.target.start),
      endPosition: toCodePoints(text, quote.target.end),
      creatingUser: user,
      creationDateTime: quote.createdAt,
      modifyingUser: user,
      modifiedDateTime: quote.updatedAt,
    },
    [
      quote.comment.trim() ? el('Description', {}, [quote.comment]) : null,
      ...codes.map((target) =>
        el('Coding', { guid: guidFor(`coding:${quote.id}:${target}`), creatingUser: user, creationDateTime: quote.updatedAt }, [el('CodeRef', { targetGUID: target })]),
      ),
      ...notesCiting.map((noteId) => el('NoteRef', { targetGUID: refiGuid.note(noteId) })),
    ],
  );
}

/** Builds the project file and its sources. `origin` names the program; `now` dates the export. */
export function refiProject(input: RefiInput, options: { origin: string; now: string }): RefiProjectFiles {
  const { notebook, articles, notes } = input;
  const quotes = articles.flatMap((f) => f.quotes.filter((q) => q.status === 'confirmed').map((q) => ({ q, file: f })));
  const authors = new Map<string, Author>();
  for (const { q } of quotes) if (q.author && !authors.has(q.author.id)) authors.set(q.author.id, q.author);
  const speakers = new Set(quotes.flatMap(({ q }) => (q.speakerId ? [q.speakerId] : [])));
  const about = new Set(quotes.flatMap(({ q }) => q.aboutIds));
  const citing = new Map<string, string[]>();
  for (const note of notes) for (const quoteId of noteReferences(note.note.content).quotes.keys()) citing.set(quoteId, [...(citing.get(quoteId) ?? []), note.note.id]);
  const used = ARTICLE_VARIABLES.filter((name) => articles.some((f) => variableValues(f)[name].trim()));

  const codes = [...tagCodes(notebook.tags), actorCodes(notebook.actors, speakers, about), quotes.length > 0 && kindCodes()].filter((c): c is XmlNode => !!c);
  const sources = articles.map((file) => {
    const guid = refiGuid.source(file.article.id);
    const values = variableValues(file);
    const node = el('TextSource', { guid, name: file.article.title, plainTextPath: `internal://${guid}.txt`, creationDateTime: file.article.importedAt }, [
      ...[...file.quotes]
        .filter((q) => q.status === 'confirmed')
        .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end)
        .map((q) => selection(q, file.article.text, citing.get(q.id) ?? [])),
      ...used
        .filter((name) => values[name].trim())
        .map((name) => el('VariableValue', {}, [el('VariableRef', { targetGUID: refiGuid.variable(name) }), el('TextValue', {}, [values[name]])])),
    ]);
    return { node, path: `sources/${guid}.txt`, text: file.article.text };
  });

  const project = el(
    'Project',
    {
      xmlns: PROJECT_NS,
      name: notebook.name || 'Quotebook notebook',
      origin: options.origin,
      creationDateTime: notebook.createdAt,
      modifiedDateTime: options.now,
    },
    [
      authors.size > 0 && el('Users', {}, [...authors.values()].map((a) => el('User', { guid: refiGuid.user(a.id), name: a.name || a.id, id: a.id }))),
      codes.length > 0 && el('CodeBook', {}, [el('Codes', {}, codes)]),
      used.length > 0 && el('Variables', {}, used.map((name) => el('Variable', { guid: refiGuid.variable(name), name, typeOfVariable: 'Text' }))),
      sources.length > 0 && el('Sources', {}, sources.map((s) => s.node)),
      notes.length > 0 &&
        el(
          'Notes',
          {},
          notes.map((n) =>
            el('Note', { guid: refiGuid.note(n.note.id), name: n.note.title || 'Untitled note', creationDateTime: n.note.createdAt, modifiedDateTime: n.note.updatedAt }, [
              el('PlainTextContent', {}, [notePlainText(n.note.content)]),
            ]),
          ),
        ),
    ],
  );
  return { projectXml: xmlDocument(project), sources: sources.map(({ path, text }) => ({ path, text })) };
}

/** A codebook file (`.qdc`): the tags as codes, with hierarchy, colours and descriptions. */
export function refiCodebook(notebook: NotebookFile, options: { origin: string }): string {
  return xmlDocument(el('CodeBook', { xmlns: CODEBOOK_NS, origin: options.origin }, [el('Codes', {}, tagCodes(notebook.tags))]));
}
