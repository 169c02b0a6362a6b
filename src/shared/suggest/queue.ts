/**
 * The review queue's pure part: suggestions from many articles grouped by speaker or by the
 * wording of their attribution ("officials familiar with the talks said"), so an analyst can
 * decide a whole group at once, and ordered so the likeliest come first.
 */

/** What grouping needs of one suggestion in the queue. */
export interface QueueEntry {
  /** Unique across the queue (articles' suggestion ids can repeat). */
  id: string;
  articleId: string;
  confidence: number;
  cue: string;
  speaker: { name: string; actorId: string | null; anonymous: boolean } | null;
  /** Beliefs and findings are never accepted in bulk (as in the article's list). */
  stance?: true;
  /** Position in the article, the last tie-break so the order is stable. */
  start: number;
}

/** How the queue is grouped. */
export type QueueGrouping = 'speaker' | 'clause';

/** How the groups are ordered: likeliest first, or largest first. */
export type QueueGroupOrder = 'confidence' | 'size';

/** One group of the queue, its entries likeliest first. */
export interface QueueGroup<T extends QueueEntry> {
  key: string;
  label: string;
  entries: T[];
  /** The highest confidence in the group. */
  top: number;
}

const DETERMINERS = /^(?:a|an|the|some|several|two|three|other|many)\s+/;

/**
 * The wording of a phrase with case, punctuation, curly quotes, spacing and a leading
 * determiner set aside, so "The officials familiar with the talks," and "officials familiar
 * with the talks" count as the same words.
 */
export function normaliseWording(phrase: string): string {
  const plain = phrase
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’“”"'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.replace(DETERMINERS, '');
}

/** The attribution of a suggestion as words: who, as the article puts it, and the reporting verb. */
export function clauseKey(entry: Pick<QueueEntry, 'speaker' | 'cue'>): string {
  const who = entry.speaker ? normaliseWording(entry.speaker.name) : '';
  const verb = normaliseWording(entry.cue);
  return [who || '(no speaker)', verb || '(no cue)'].join(' · ');
}

/** The speaker a suggestion is grouped under: the notebook actor when matched, else the name as written. */
export function speakerKey(entry: Pick<QueueEntry, 'speaker'>): string {
  if (!entry.speaker) return 'none';
  return entry.speaker.actorId ? `actor:${entry.speaker.actorId}` : `name:${normaliseWording(entry.speaker.name)}`;
}

/** Likeliest first; then by article and place in it, so equal confidences keep reading order. */
export function compareEntries(a: QueueEntry, b: QueueEntry): number {
  return b.confidence - a.confidence || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0) || a.start - b.start;
}

/** Groups the entries (by speaker or by clause) and orders groups and entries. */
export function groupQueue<T extends QueueEntry>(entries: readonly T[], by: QueueGrouping, order: QueueGroupOrder = 'confidence'): QueueGroup<T>[] {
  const groups = new Map<string, QueueGroup<T>>();
  for (const entry of entries) {
    const key = by === 'speaker' ? speakerKey(entry) : clauseKey(entry);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: groupLabel(entry, by), entries: [], top: 0 };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  const list = [...groups.values()];
  for (const group of list) {
    group.entries.sort(compareEntries);
    group.top = group.entries[0]!.confidence;
  }
  const byTop = (a: QueueGroup<T>, b: QueueGroup<T>) => b.top - a.top;
  const bySize = (a: QueueGroup<T>, b: QueueGroup<T>) => b.entries.length - a.entries.length;
  const [first, second] = order === 'size' ? [bySize, byTop] : [byTop, bySize];
  return list.sort((a, b) => first(a, b) || second(a, b) || a.label.localeCompare(b.label));
}

function groupLabel(entry: QueueEntry, by: QueueGrouping): string {
  const who = entry.speaker?.name ?? 'No speaker found';
  if (by === 'speaker') return who;
  return entry.cue ? `${who} ${entry.cue}` : `${who} (no reporting verb)`;
}

/** The entries of a group that "accept all" may take: speech only, never a stance. */
export function bulkAcceptable<T extends QueueEntry>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.stance);
}

/** The queue in the order it is shown, for moving through it with J/K across groups. */
export function flattenGroups<T extends QueueEntry>(groups: readonly QueueGroup<T>[]): T[] {
  return groups.flatMap((group) => group.entries);
}

/**
 * The entry to select after `removed` leave the queue: the first one after them in `order`, or
 * the last one left before them when nothing follows; null when the queue is empty.
 */
export function nextAfterRemoval<T extends { id: string }>(order: readonly T[], removed: readonly string[]): string | null {
  const gone = new Set(removed);
  const last = Math.max(-1, ...order.map((entry, index) => (gone.has(entry.id) ? index : -1)));
  const after = order.slice(last + 1).find((entry) => !gone.has(entry.id));
  if (after) return after.id;
  const before = order.slice(0, Math.max(0, last)).filter((entry) => !gone.has(entry.id));
  return before[before.length - 1]?.id ?? null;
}
