/**
 * Turns a read REFI-QDA project (or codebook) into what Quotebook stores: tags (hierarchy and
 * colour), actors (from the "Actors" group, see codes.ts), articles with their quotes, and notes.
 * Pure: ids, hashes and the clock come from the caller. Existing tags (by path) and actors (by
 * name or alias) are reused, so importing into a notebook that already has a codebook merges.
 */
import { describeRange } from '../anchoring/selectors';
import { QUOTE_CARD_TYPE } from '../editor/nodeTypes';
import { ActorKindSchema, IdSchema, QuoteKindSchema, SCHEMA_VERSION, type Actor, type ArticleFile, type NoteFile, type Quote, type QuoteKind, type Tag } from '../model';
import { normaliseText } from '../text/normalise';
import { plainTextBlocks } from '../text/plainTextBlocks';
import { nearestTint } from '../tintColours';
import { GROUPS, parseActorDescription } from './codes';
import { fromCodePoints } from './positions';
import type { RefiCode, RefiProject, RefiSelection, RefiSource } from './readProject';

/** What the import needs from outside: the notebook as it is, ids, hashes and the time. */
export interface ImportContext {
  tags: readonly Tag[];
  actors: readonly Actor[];
  newId: (prefix: string) => string;
  hash: (text: string) => string;
  now: string;
}

/** What a codebook brings: tags to add, and each code's GUID mapped to its tag id. */
export interface CodebookPlan {
  newTags: Tag[];
  tagOfCode: Map<string, string>;
  /** Codes that were already tags (same name and parent). */
  reused: number;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
const isGroup = (code: RefiCode, name: string) => same(code.name, name);

/** Splits the top-level codes into Quotebook's groups (actors, kinds) and the tags. */
export function classifyCodes(codes: readonly RefiCode[]): { tags: RefiCode[]; speakers: RefiCode[]; about: RefiCode[]; kinds: Map<string, QuoteKind> } {
  const tags: RefiCode[] = [];
  const speakers: RefiCode[] = [];
  const about: RefiCode[] = [];
  const kinds = new Map<string, QuoteKind>();
  for (const code of codes) {
    const sub = (name: string) => code.children.find((c) => isGroup(c, name));
    if (isGroup(code, GROUPS.actors) && (sub(GROUPS.speakers) || sub(GROUPS.about))) {
      speakers.push(...(sub(GROUPS.speakers)?.children ?? []));
      about.push(...(sub(GROUPS.about)?.children ?? []));
    } else if (isGroup(code, GROUPS.kinds) && code.children.every((c) => QuoteKindSchema.safeParse(c.name).success)) {
      for (const child of code.children) kinds.set(child.guid, child.name as QuoteKind);
    } else tags.push(code);
  }
  return { tags, speakers, about, kinds };
}

/**
 * The tags for `codes`: each top-level code a tag, each code inside it a child tag; Quotebook nests
 * one level, so deeper codes become children of their top-level code named "Parent / Child".
 */
export function planCodebook(codes: readonly RefiCode[], ctx: Pick<ImportContext, 'tags' | 'newId'>): CodebookPlan {
  const all = [...ctx.tags];
  const newTags: Tag[] = [];
  const tagOfCode = new Map<string, string>();
  let reused = 0;
  const place = (code: RefiCode, name: string, parentId: string | null): string => {
    const existing = all.find((t) => t.parentId === parentId && same(t.name, name));
    if (existing) {
      reused++;
      tagOfCode.set(code.guid, existing.id);
      return existing.id;
    }
    const tag: Tag = { id: ctx.newId('tag'), name: name.slice(0, 200), parentId, colour: code.colour ? nearestTint(code.colour) : '', description: code.description };
    all.push(tag);
    newTags.push(tag);
    tagOfCode.set(code.guid, tag.id);
    return tag.id;
  };
  const placeDeep = (code: RefiCode, prefix: string, topId: string) => {
    for (const child of code.children) {
      const name = prefix ? `${prefix} / ${child.name}` : child.name;
      place(child, name, topId);
      placeDeep(child, name, topId);
    }
  };
  for (const code of codes) placeDeep(code, '', place(code, code.name, null));
  return { newTags, tagOfCode, reused };
}

/** Actors for the actor codes: an existing actor with the same name or alias, else a new one. */
function planActors(codes: readonly RefiCode[], ctx: ImportContext, newActors: Actor[]): Map<string, string> {
  const actorOfCode = new Map<string, string>();
  const known = [...ctx.actors];
  for (const code of codes) {
    let actor = known.find((a) => same(a.name, code.name) || a.aliases.some((alias) => same(alias, code.name)));
    if (!actor) {
      const parsed = parseActorDescription(code.description);
      const kind = ActorKindSchema.safeParse(parsed.kind);
      actor = {
        id: ctx.newId('act'),
        name: code.name.slice(0, 300),
        kind: kind.success ? kind.data : 'person',
        aliases: parsed.aliases.filter((a) => !same(a, code.name)),
        role: (parsed.role ?? '').slice(0, 500),
        affiliationId: null,
        externalIds: {},
        description: parsed.description,
        colour: code.colour ? nearestTint(code.colour) : '',
      };
      known.push(actor);
      newActors.push(actor);
    }
    actorOfCode.set(code.guid, actor.id);
  }
  return actorOfCode;
}

/** Maps UTF-16 offsets of `raw` to offsets of its normalised text (NFC, LF), when the two differ. */
function offsetMapper(raw: string, text: string): (offset: number) => number {
  if (raw === text) return (offset) => offset;
  return (offset) => normaliseText(raw.slice(0, offset)).length;
}

/** Everything a project import will write, and what the analyst should be told. */
export interface ProjectPlan extends CodebookPlan {
  newActors: Actor[];
  articles: ArticleFile[];
  notes: NoteFile[];
  notices: string[];
  skippedSelections: number;
}

const authorId = (guid: string, id: string) => (IdSchema.safeParse(id).success ? id : IdSchema.safeParse(guid).success ? guid : `user-${guid.slice(0, 50)}`);

/** Plans the import of a whole project; `texts` holds each text source's raw text by source GUID. */
export function planProject(project: RefiProject, texts: ReadonlyMap<string, string>, ctx: ImportContext): ProjectPlan {
  const classified = classifyCodes(project.codes);
  const codebook = planCodebook(classified.tags, ctx);
  const newActors: Actor[] = [];
  const speakerOf = planActors(classified.speakers, ctx, newActors);
  const aboutOf = planActors(classified.about, { ...ctx, actors: [...ctx.actors, ...newActors] }, newActors);
  const notices: string[] = [];
  let skipped = 0;
  const quotesCitedBy = new Map<string, { id: string; exact: string }[]>();

  const quoteOf = (selection: RefiSelection, source: RefiSource, raw: string, text: string, articleId: string, map: (n: number) => number): Quote | null => {
    const rawStart = Number.isFinite(selection.start) ? fromCodePoints(raw, selection.start) : null;
    const rawEnd = Number.isFinite(selection.end) ? fromCodePoints(raw, selection.end) : null;
    if (rawStart === null || rawEnd === null || rawEnd <= rawStart) return null;
    const [start, end] = [map(rawStart), map(rawEnd)];
    if (end <= start || end > text.length || text.slice(start, end).trim() === '') return null;
    const speakers = selection.codes.flatMap((c) => speakerOf.get(c) ?? []);
    if (speakers.length > 1) notices.push(`A passage in “${source.name}” had ${speakers.length} speakers; the first was kept as the speaker.`);
    const user = selection.user ? project.users.get(selection.user) : undefined;
    const created = selection.created ?? ctx.now;
    return {
      id: ctx.newId('q'),
      articleId,
      target: describeRange(text, start, end),
      kind: selection.codes.map((c) => classified.kinds.get(c)).find((k) => k !== undefined) ?? 'direct',
      speakerId: speakers[0] ?? null,
      aboutIds: [...new Set(selection.codes.flatMap((c) => aboutOf.get(c) ?? []))],
      tagIds: [...new Set(selection.codes.flatMap((c) => codebook.tagOfCode.get(c) ?? []))],
      comment: selection.description.slice(0, 20_000),
      status: 'confirmed',
      cue: '',
      ...(user && selection.user ? { author: { id: authorId(selection.user, user.id), name: user.name.slice(0, 300) } } : {}),
      createdAt: created,
      updatedAt: selection.modified ?? created,
    };
  };

  const articles: ArticleFile[] = [];
  for (const source of project.sources) {
    const raw = texts.get(source.guid);
    if (raw === undefined) {
      notices.push(`The text of “${source.name || source.guid}” is missing from the file, so it was left out.`);
      continue;
    }
    const text = normaliseText(raw);
    const id = ctx.newId('art');
    const map = offsetMapper(raw, text);
    const quotes: Quote[] = [];
    for (const selection of source.selections) {
      const quote = quoteOf(selection, source, raw, text, id, map);
      if (!quote) {
        skipped++;
        continue;
      }
      quotes.push(quote);
      for (const note of selection.notes) quotesCitedBy.set(note, [...(quotesCitedBy.get(note) ?? []), { id: quote.id, exact: quote.target.exact }]);
    }
    const v = source.variables;
    articles.push({
      format: 'quotebook-article',
      schemaVersion: SCHEMA_VERSION,
      article: {
        id,
        title: (source.name || 'Untitled source').slice(0, 500),
        section: (v.Section ?? '').slice(0, 500),
        source: {
          outlet: (v.Outlet ?? '').slice(0, 500),
          url: (v.URL ?? '').slice(0, 4000),
          authors: (v.Authors ?? '').split(';').map((a) => a.trim()).filter(Boolean),
          publishedAt: (v.Published ?? '').slice(0, 40),
        },
        language: (v.Language ?? '').slice(0, 20),
        importedAt: ctx.now,
        origin: { name: source.name.slice(0, 500), sha256: ctx.hash(raw) },
        text,
        blocks: plainTextBlocks(text),
        contentHash: ctx.hash(text),
      },
      quotes,
    });
  }
  if (skipped) notices.push(`${skipped} coded passage${skipped === 1 ? ' was' : 's were'} left out: their positions lie outside their text or select nothing.`);
  for (const [kind, count] of Object.entries(project.otherSources)) {
    notices.push(`${count} ${kind.replace(/Source$/, '').toLowerCase()} source${count === 1 ? '' : 's'} left out: Quotebook holds text only.`);
  }

  const notes: NoteFile[] = project.notes.map((n) => ({
    format: 'quotebook-note',
    schemaVersion: SCHEMA_VERSION,
    note: {
      id: ctx.newId('note'),
      title: (n.name || 'Untitled memo').slice(0, 500),
      content: noteContent(n.text, quotesCitedBy.get(n.guid) ?? []),
      createdAt: n.created ?? ctx.now,
      updatedAt: n.modified ?? n.created ?? ctx.now,
    },
  }));
  return { ...codebook, newActors, articles, notes, notices: [...new Set(notices)], skippedSelections: skipped };
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: text ? [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] : [],
});

/** A memo as a note: one paragraph per line, then a card for each passage that refers to it. */
function noteContent(text: string, cited: { id: string; exact: string }[]): Record<string, unknown> {
  const lines = normaliseText(text).split('\n');
  const children = [...lines.map(paragraph), ...cited.map((q) => ({ type: QUOTE_CARD_TYPE, version: 1, quoteId: q.id, citedText: q.exact }))];
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}
