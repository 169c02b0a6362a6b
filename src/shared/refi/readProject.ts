/**
 * Reads a REFI-QDA project or codebook tree (parsed by main) into plain data, tolerantly: what
 * Quotebook cannot use (pictures, PDFs, audio, video, cases, sets) is counted and reported, never
 * a reason to refuse the rest.
 */
import { childNamed, childrenNamed, type XmlElement } from '../xml/xmlTree';
import { normaliseGuid } from './guid';

/** A code, with the codes nested in it. */
export interface RefiCode {
  guid: string;
  name: string;
  codable: boolean;
  colour: string;
  description: string;
  children: RefiCode[];
}

/** A coded passage of a text source; positions in code points, as the file has them. */
export interface RefiSelection {
  guid: string;
  start: number;
  end: number;
  description: string;
  codes: string[];
  notes: string[];
  user: string | null;
  created: string | null;
  modified: string | null;
}

/** A text source: its name, where its text is (a path in the archive, or inline), its selections. */
export interface RefiSource {
  guid: string;
  name: string;
  /** `internal://…` or a relative path; null when the text is inline. */
  plainTextPath: string | null;
  inlineText: string | null;
  selections: RefiSelection[];
  /** Variable name → value. */
  variables: Record<string, string>;
  created: string | null;
}

/** A memo. */
export interface RefiNote {
  guid: string;
  name: string;
  text: string;
  created: string | null;
  modified: string | null;
}

/** A whole project, as far as Quotebook uses it. */
export interface RefiProject {
  name: string;
  users: Map<string, { name: string; id: string }>;
  codes: RefiCode[];
  sources: RefiSource[];
  notes: RefiNote[];
  /** Sources of kinds Quotebook cannot hold (pictures, PDF, audio, video), by element name. */
  otherSources: Record<string, number>;
}

/** Stands in for an element the file does not have. */
const NONE: XmlElement = { name: '', ns: null, attrs: {}, children: [], text: '' };
const descriptionOf = (element: XmlElement) => childNamed(element, 'Description')?.text ?? '';
const guidOf = (element: XmlElement) => normaliseGuid(element.attrs.guid ?? '');
const position = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN);

function readCode(element: XmlElement): RefiCode {
  return {
    guid: guidOf(element),
    name: (element.attrs.name ?? '').trim() || 'Unnamed code',
    codable: element.attrs.isCodable !== 'false' && element.attrs.isCodable !== '0',
    colour: element.attrs.color ?? '',
    description: descriptionOf(element),
    children: childrenNamed(element, 'Code').map(readCode),
  };
}

/** The codes of a `<CodeBook>` element (a project's or a `.qdc` file's root). */
export function readCodes(codebook: XmlElement | undefined): RefiCode[] {
  const codes = codebook && childNamed(codebook, 'Codes');
  return codes ? childrenNamed(codes, 'Code').map(readCode) : [];
}

function readSelection(element: XmlElement): RefiSelection {
  return {
    guid: guidOf(element),
    start: position(element.attrs.startPosition),
    end: position(element.attrs.endPosition),
    description: descriptionOf(element),
    codes: childrenNamed(element, 'Coding').flatMap((c) => {
      const ref = childNamed(c, 'CodeRef')?.attrs.targetGUID;
      return ref ? [normaliseGuid(ref)] : [];
    }),
    notes: childrenNamed(element, 'NoteRef').flatMap((n) => (n.attrs.targetGUID ? [normaliseGuid(n.attrs.targetGUID)] : [])),
    user: element.attrs.creatingUser ? normaliseGuid(element.attrs.creatingUser) : null,
    created: element.attrs.creationDateTime ?? null,
    modified: element.attrs.modifiedDateTime ?? null,
  };
}

/** Reads a `<Project>` tree. */
export function readRefiProject(root: XmlElement): RefiProject {
  const variables = new Map<string, string>();
  for (const v of childrenNamed(childNamed(root, 'Variables') ?? NONE, 'Variable')) variables.set(guidOf(v), v.attrs.name ?? '');
  const users = new Map<string, { name: string; id: string }>();
  for (const u of childrenNamed(childNamed(root, 'Users') ?? NONE, 'User')) users.set(guidOf(u), { name: u.attrs.name ?? '', id: u.attrs.id ?? '' });

  const sources: RefiSource[] = [];
  const otherSources: Record<string, number> = {};
  for (const element of childNamed(root, 'Sources')?.children ?? []) {
    if (element.name !== 'TextSource') {
      otherSources[element.name] = (otherSources[element.name] ?? 0) + 1;
      continue;
    }
    const values: Record<string, string> = {};
    for (const value of childrenNamed(element, 'VariableValue')) {
      const ref = childNamed(value, 'VariableRef')?.attrs.targetGUID;
      const name = ref ? variables.get(normaliseGuid(ref)) : undefined;
      const holder = value.children.find((c) => c.name.endsWith('Value'));
      if (name && holder) values[name] = holder.text;
    }
    const inline = childNamed(element, 'PlainTextContent');
    sources.push({
      guid: guidOf(element),
      name: (element.attrs.name ?? '').trim(),
      plainTextPath: element.attrs.plainTextPath ?? null,
      inlineText: inline ? inline.text : null,
      selections: childrenNamed(element, 'PlainTextSelection').map(readSelection),
      variables: values,
      created: element.attrs.creationDateTime ?? null,
    });
  }
  const notes = childrenNamed(childNamed(root, 'Notes') ?? NONE, 'Note').map((n) => ({
    guid: guidOf(n),
    name: (n.attrs.name ?? '').trim(),
    text: childNamed(n, 'PlainTextContent')?.text ?? '',
    created: n.attrs.creationDateTime ?? null,
    modified: n.attrs.modifiedDateTime ?? null,
  }));
  return { name: root.attrs.name ?? '', users, codes: readCodes(childNamed(root, 'CodeBook')), sources, notes, otherSources };
}
