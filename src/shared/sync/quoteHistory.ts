/**
 * A quote's edit log in words, for the inspector: who set which field to what, and which values
 * are not the quote's now because another value won a conflict (two analysts setting one field on
 * different machines: Yjs keeps one, the log keeps both).
 */
import type { EditEntry, Quote } from '../model';
import { canonicalJson } from './canonicalJson';

export interface HistoryLine {
  /** The author's name; null for changes made before authors were recorded (or with none set). */
  who: string | null;
  what: string;
  at: string;
  /** The newest value set for its field, yet not the quote's value: it lost a conflict. */
  notKept: boolean;
}

export interface Names {
  actor: (id: string) => string | undefined;
  tag: (id: string) => string | undefined;
}

const FIELDS: Record<string, string> = {
  kind: 'kind',
  speakerId: 'speaker',
  aboutIds: 'about',
  tagIds: 'tags',
  comment: 'comment',
  status: 'status',
  cue: 'cue',
};

const ellipsis = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Fields one value wins in a conflict (the tag and about lists are sets and the comment is text: they merge). */
const ONE_VALUE = new Set(['kind', 'speakerId', 'status', 'cue']);

function valueText(field: string, value: unknown, names: Names): string {
  if (field === 'speakerId') return value ? (names.actor(String(value)) ?? 'a removed actor') : 'nobody';
  if (field === 'comment' || field === 'cue') return value ? `“${ellipsis(String(value))}”` : 'nothing';
  return String(value ?? 'nothing');
}

/** A set field's entry ({added: id} or {removed: id}) in words: "added the tag warning". */
function setChange(field: string, value: unknown, names: Names): string | null {
  const change = value as { added?: string; removed?: string } | null;
  const id = change?.added ?? change?.removed;
  if (!id) return null;
  const verb = change?.added ? 'added' : 'took off';
  if (field === 'tagIds') return `${verb} the tag ${names.tag(id) ?? 'a removed tag'}`;
  const name = names.actor(id) ?? 'a removed actor';
  return change?.added ? `added ${name} to whom it is about` : `took ${name} off whom it is about`;
}

/** The quote's history, newest first, in words. */
export function describeQuoteHistory(quote: Quote, entries: readonly EditEntry[], names: Names): HistoryLine[] {
  const newestOfField = new Map<string, EditEntry>();
  for (const entry of entries) newestOfField.set(entry.field, entry);
  const lines = entries.map((entry): HistoryLine => {
    const who = entry.author?.name ?? null;
    const label = FIELDS[entry.field];
    const what =
      entry.field === 'deletedAt'
        ? 'deleted the quote'
        : ((entry.field === 'tagIds' || entry.field === 'aboutIds') && setChange(entry.field, entry.value, names)) ||
          (label ? `set the ${label} to ${valueText(entry.field, entry.value, names)}` : `changed ${entry.field}`);
    const current = (quote as unknown as Record<string, unknown>)[entry.field];
    const notKept = ONE_VALUE.has(entry.field) && newestOfField.get(entry.field) === entry && canonicalJson(current ?? null) !== canonicalJson(entry.value ?? null);
    return { who, what, at: entry.at, notKept };
  });
  return lines.reverse();
}
