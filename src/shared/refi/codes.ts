/**
 * The codebook as REFI-QDA codes. Tags keep their hierarchy and colour. Speakers and
 * about-actors travel as codes too, so every QDA program shows them without knowing Quotebook:
 * a non-codable group "Actors" holds "Speakers" and "About", each with one code per actor; the
 * quote's kind is a code under "Quote kind". Importing recognises these groups by name.
 */
import type { Actor, QuoteKind, Tag } from '../model';
import { QuoteKindSchema } from '../model';
import { colourHex } from '../tintColours';
import { el, type XmlNode } from '../xml/xmlWriter';
import { guidFor } from './guid';

/** Names of the groups that carry what is not a tag. */
export const GROUPS = { actors: 'Actors', speakers: 'Speakers', about: 'About', kinds: 'Quote kind' } as const;

/** The GUID of each code, by what it stands for. */
export const codeGuid = {
  tag: (id: string) => guidFor(`tag:${id}`),
  speaker: (actorId: string) => guidFor(`speaker:${actorId}`),
  about: (actorId: string) => guidFor(`about:${actorId}`),
  kind: (kind: QuoteKind) => guidFor(`kind:${kind}`),
  group: (name: string) => guidFor(`group:${name}`),
};

const description = (text: string) => (text.trim() ? el('Description', {}, [text]) : null);

/** Tags as nested codes (children under their parent), in codebook order. */
export function tagCodes(tags: readonly Tag[]): XmlNode[] {
  const ids = new Set(tags.map((t) => t.id));
  const byName = (a: Tag, b: Tag) => a.name.localeCompare(b.name);
  const code = (tag: Tag): XmlNode =>
    el('Code', { guid: codeGuid.tag(tag.id), name: tag.name, isCodable: 'true', color: colourHex(tag.colour) }, [
      description(tag.description),
      ...tags.filter((t) => t.parentId === tag.id).sort(byName).map(code),
    ]);
  return tags.filter((t) => !t.parentId || !ids.has(t.parentId)).sort(byName).map(code);
}

/** What a program shows as an actor code's description: kind, role and affiliation, then the notes. */
export function actorDescription(actor: Actor, affiliation: string | undefined): string {
  const lines = [`Kind: ${actor.kind}`];
  if (actor.role) lines.push(`Role: ${actor.role}`);
  if (affiliation) lines.push(`Affiliation: ${affiliation}`);
  if (actor.aliases.length) lines.push(`Also called: ${actor.aliases.join('; ')}`);
  return actor.description ? `${lines.join('\n')}\n\n${actor.description}` : lines.join('\n');
}

/** Reads back what actorDescription wrote (any other text is the actor's description). */
export function parseActorDescription(text: string): { kind?: string; role?: string; aliases: string[]; description: string } {
  const lines = text.split('\n');
  const out: { kind?: string; role?: string; aliases: string[]; description: string } = { aliases: [], description: '' };
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^(Kind|Role|Affiliation|Also called): (.*)$/.exec(lines[i]!);
    if (!m) break;
    if (m[1] === 'Kind') out.kind = m[2]!.trim();
    else if (m[1] === 'Role') out.role = m[2]!.trim();
    else if (m[1] === 'Also called') out.aliases = m[2]!.split(';').map((a) => a.trim()).filter(Boolean);
  }
  out.description = lines.slice(i).join('\n').trim();
  return out;
}

/** The "Actors" group with its "Speakers" and "About" codes; only actors the export uses. */
export function actorCodes(actors: readonly Actor[], speakers: ReadonlySet<string>, about: ReadonlySet<string>): XmlNode | null {
  if (speakers.size === 0 && about.size === 0) return null;
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const sorted = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  const actorCode = (guid: string, actor: Actor) =>
    el('Code', { guid, name: actor.name, isCodable: 'true', color: colourHex(actor.colour) }, [
      description(actorDescription(actor, actor.affiliationId ? names.get(actor.affiliationId) : undefined)),
    ]);
  const group = (name: string, children: XmlNode[], text: string) =>
    el('Code', { guid: codeGuid.group(name), name, isCodable: 'false' }, [el('Description', {}, [text]), ...children]);
  return group(
    GROUPS.actors,
    [
      speakers.size > 0 && group(GROUPS.speakers, sorted.filter((a) => speakers.has(a.id)).map((a) => actorCode(codeGuid.speaker(a.id), a)), 'Who said the quote (one per quote).'),
      about.size > 0 && group(GROUPS.about, sorted.filter((a) => about.has(a.id)).map((a) => actorCode(codeGuid.about(a.id), a)), 'Whom the quote is about.'),
    ].filter((c): c is XmlNode => c !== false),
    'Quotebook actors: who speaks in a quote and whom it is about.',
  );
}

/** The "Quote kind" group: direct, indirect, paraphrase. */
export function kindCodes(): XmlNode {
  return el('Code', { guid: codeGuid.group(GROUPS.kinds), name: GROUPS.kinds, isCodable: 'false' }, [
    el('Description', {}, ['Quotebook: how the quote renders the speaker’s words.']),
    ...QuoteKindSchema.options.map((kind) => el('Code', { guid: codeGuid.kind(kind), name: kind, isCodable: 'true' })),
  ]);
}
