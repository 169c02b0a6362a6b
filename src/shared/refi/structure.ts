/**
 * What the REFI-QDA 1.5 standard requires of a project (`.qde`) or codebook (`.qdc`), checked on a
 * parsed tree. The standard's XSD cannot be shipped with Quotebook (its licence is unclear), so
 * this is our own reading of the structure it defines: namespaces, the elements each element may
 * hold and in which order, required attributes, GUIDs (well formed, unique, and every reference
 * pointing at an element of the right kind), positions and dates. It checks the parts Quotebook
 * reads and writes; media sources, cases, sets, links and graphs are checked only for their GUIDs.
 */
import type { XmlElement } from '../xml/xmlTree';
import { isGuid, normaliseGuid } from './guid';
import { CODEBOOK_NS, PROJECT_NS } from './writeProject';

/** A child in an element's sequence: one name (or alternatives), how often it may occur. */
type Slot = { names: string[]; min: number; max: number };
const one = (name: string): Slot => ({ names: [name], min: 1, max: 1 });
const opt = (name: string): Slot => ({ names: [name], min: 0, max: 1 });
const many = (...names: string[]): Slot => ({ names, min: 0, max: Infinity });
const some = (...names: string[]): Slot => ({ names, min: 1, max: Infinity });

interface Rule {
  required: string[];
  /** The children in order; null means "not checked" (parts Quotebook does not use). */
  sequence: Slot[] | null;
}

const SOURCE_KINDS = ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'];
const VALUE_KINDS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];
const TEXT_SOURCE: Rule = { required: ['guid'], sequence: [opt('Description'), opt('PlainTextContent'), many('PlainTextSelection'), many('VariableValue'), many('NoteRef')] };
const LEAF: Rule = { required: [], sequence: [] };

const RULES: Record<string, Rule> = {
  Project: {
    required: ['name'],
    sequence: [opt('Users'), opt('CodeBook'), opt('Variables'), opt('Cases'), opt('Sources'), opt('Notes'), opt('Links'), opt('Sets'), opt('Graphs'), opt('Description'), many('NoteRef')],
  },
  Users: { required: [], sequence: [some('User')] },
  User: { required: ['guid'], sequence: [] },
  CodeBook: { required: [], sequence: [one('Codes'), opt('Sets')] },
  Codes: { required: [], sequence: [some('Code')] },
  Code: { required: ['guid', 'name', 'isCodable'], sequence: [opt('Description'), many('Code'), many('NoteRef')] },
  Variables: { required: [], sequence: [some('Variable')] },
  Variable: { required: ['guid', 'name', 'typeOfVariable'], sequence: [opt('Description')] },
  Sources: { required: [], sequence: [many(...SOURCE_KINDS)] },
  TextSource: TEXT_SOURCE,
  Note: TEXT_SOURCE,
  Notes: { required: [], sequence: [some('Note')] },
  PlainTextSelection: { required: ['guid', 'startPosition', 'endPosition'], sequence: [opt('Description'), many('Coding'), many('NoteRef')] },
  Coding: { required: ['guid'], sequence: [one('CodeRef')] },
  CodeRef: { required: ['targetGUID'], sequence: [] },
  NoteRef: { required: ['targetGUID'], sequence: [] },
  VariableValue: { required: [], sequence: [one('VariableRef'), { names: VALUE_KINDS, min: 1, max: 1 }] },
  VariableRef: { required: ['targetGUID'], sequence: [] },
  Description: LEAF,
  PlainTextContent: LEAF,
  ...Object.fromEntries(VALUE_KINDS.map((k) => [k, LEAF])),
};

const VARIABLE_TYPES = new Set(['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime']);
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;
const COLOR = /^#[0-9A-Fa-f]{6}$/;
const NON_NEGATIVE = /^\d+$/;

/** Where each kind of reference must point. */
const REFERENCES: Record<string, string[]> = { CodeRef: ['Code'], NoteRef: ['Note'], VariableRef: ['Variable'] };

function checkSequence(element: XmlElement, sequence: Slot[], path: string, problems: string[]): void {
  let index = 0;
  for (const slot of sequence) {
    let count = 0;
    while (index < element.children.length && slot.names.includes(element.children[index]!.name) && count < slot.max) {
      index++;
      count++;
    }
    if (count < slot.min) problems.push(`${path}: needs ${slot.names.join(' or ')}${slot.max === 1 ? '' : ' (at least one)'} here`);
  }
  if (index < element.children.length) {
    const stray = element.children[index]!;
    problems.push(`${path}: <${stray.name}> is not allowed here (unknown element, or out of the order the standard requires)`);
  }
}

/** Checks a project or codebook tree; returns the problems found (empty when it conforms). */
export function checkRefiStructure(root: XmlElement, kind: 'project' | 'codebook'): string[] {
  const problems: string[] = [];
  const [rootName, ns] = kind === 'project' ? ['Project', PROJECT_NS] : ['CodeBook', CODEBOOK_NS];
  if (root.name !== rootName) return [`The file's root element is <${root.name}>, but a REFI-QDA ${kind} starts with <${rootName}>.`];
  if (root.ns !== ns) problems.push(`${rootName}: the namespace is "${root.ns ?? '(none)'}" but the standard requires "${ns}"`);

  const guids = new Map<string, string>();
  const references: { kind: string; target: string; path: string }[] = [];
  const users: { target: string; path: string }[] = [];
  const visit = (element: XmlElement, path: string, checkChildren: boolean) => {
    const rule = checkChildren ? RULES[element.name] : undefined;
    if (rule) {
      for (const attr of rule.required) if (!(attr in element.attrs)) problems.push(`${path}: the required attribute "${attr}" is missing`);
      if (rule.sequence) checkSequence(element, rule.sequence, path, problems);
    }
    const { attrs } = element;
    if (attrs.guid !== undefined) {
      if (!isGuid(attrs.guid)) problems.push(`${path}: "${attrs.guid}" is not a GUID`);
      else if (guids.has(normaliseGuid(attrs.guid))) problems.push(`${path}: the GUID ${attrs.guid} is used twice`);
      else guids.set(normaliseGuid(attrs.guid), element.name);
    }
    if (attrs.targetGUID !== undefined) references.push({ kind: element.name, target: attrs.targetGUID, path });
    for (const key of ['creatingUser', 'modifyingUser']) if (attrs[key] !== undefined) users.push({ target: attrs[key]!, path });
    for (const key of ['creationDateTime', 'modifiedDateTime']) {
      if (attrs[key] !== undefined && !DATE_TIME.test(attrs[key]!)) problems.push(`${path}: ${key} "${attrs[key]}" is not an xsd:dateTime`);
    }
    if (element.name === 'Code' && attrs.isCodable !== undefined && !['true', 'false', '1', '0'].includes(attrs.isCodable)) problems.push(`${path}: isCodable must be true or false`);
    if (element.name === 'Code' && attrs.color !== undefined && !COLOR.test(attrs.color)) problems.push(`${path}: color "${attrs.color}" is not #RRGGBB`);
    if (element.name === 'Variable' && attrs.typeOfVariable !== undefined && !VARIABLE_TYPES.has(attrs.typeOfVariable)) problems.push(`${path}: typeOfVariable "${attrs.typeOfVariable}" is not one the standard names`);
    if (element.name === 'PlainTextSelection') {
      const [start, end] = [attrs.startPosition, attrs.endPosition];
      if (start !== undefined && end !== undefined) {
        if (!NON_NEGATIVE.test(start) || !NON_NEGATIVE.test(end)) problems.push(`${path}: positions must be whole numbers ≥ 0`);
        else if (Number(start) > Number(end)) problems.push(`${path}: startPosition is after endPosition`);
      }
    }
    const counts = new Map<string, number>();
    for (const child of element.children) {
      const n = (counts.get(child.name) ?? 0) + 1;
      counts.set(child.name, n);
      // Only the parts Quotebook uses are checked in depth; the rest for GUIDs and references.
      visit(child, `${path}/${child.name}[${n}]`, checkChildren && !!rule?.sequence);
    }
  };
  visit(root, rootName, true);

  for (const ref of references) {
    const target = guids.get(normaliseGuid(ref.target));
    const wanted = REFERENCES[ref.kind];
    if (!target) problems.push(`${ref.path}: targetGUID ${ref.target} points at nothing in the file`);
    else if (wanted && !wanted.includes(target)) problems.push(`${ref.path}: targetGUID ${ref.target} points at a <${target}>, not a <${wanted.join('/')}>`);
  }
  for (const user of users) {
    if (guids.get(normaliseGuid(user.target)) !== 'User') problems.push(`${user.path}: the user ${user.target} is not one of the project's <Users>`);
  }
  return problems;
}
