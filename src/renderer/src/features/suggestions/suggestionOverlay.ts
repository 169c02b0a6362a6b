/**
 * Draws an article's open suggestions in the reader: each becomes a quote-shaped span with status
 * "suggested" (so the reader draws it dashed, tinted by its speaker) that exists only in the page.
 * Saved quotes keep their tints; suggested speakers take the tint their actor already has, or
 * the next free one.
 */
import { useMemo } from 'react';
import type { ArticleWithQuotes } from '../../../../shared/api/contract';
import type { Actor, Quote } from '../../../../shared/model';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { speakerTints, TINTS, type QuoteLook } from '../reader/quoteLooks';
import { useSuggestions, type Suggestion } from './suggestionStore';

/** A page-only quote standing for a suggestion. */
function asQuote(s: Suggestion, articleId: string): Quote {
  return {
    id: s.id,
    articleId,
    // A suggestion in pieces is drawn piece by piece, as the quote it would become.
    target: { exact: s.text, prefix: '', suffix: '', start: s.start, end: s.end, ...(s.pieces ? { pieces: s.pieces } : {}) },
    kind: s.kind,
    speakerId: speakerKey(s),
    aboutIds: [],
    tagIds: [],
    comment: '',
    status: 'suggested',
    cue: s.cue,
    createdAt: '',
    updatedAt: '',
  };
}

/** A suggested speaker is known by its notebook actor, or by its name until it becomes one. */
const speakerKey = (s: Suggestion): string | null => (s.speaker ? (s.speaker.actorId ?? `~${s.speaker.name.toLowerCase()}`) : null);

/** The article with its open suggestions added, and the looks of both. */
export function useSuggestionOverlay(articleId: string, opened: ArticleWithQuotes | undefined, looks: ReadonlyMap<string, QuoteLook>) {
  const { items } = useSuggestions(articleId);
  const { actors } = useWorkbench();
  return useMemo(() => {
    if (!opened || items.length === 0) return { opened, looks };
    const virtual = items.map((s) => asQuote(s, articleId));
    const byId = new Map<string, Actor>((actors.value ?? []).map((a) => [a.id, a]));
    // Saved quotes first, so they keep the tints they had before suggestions were shown.
    const tints = speakerTints([...opened.quotes, ...virtual.filter((q) => q.speakerId && !q.speakerId.startsWith('~'))], byId);
    const used = new Set(tints.values());
    const free = TINTS.filter((t) => !used.has(t));
    // A speaker not yet in the notebook gets a tint from its name, so it keeps it while others are accepted or edited.
    const tintOf = (key: string) => tints.get(key) ?? (key.startsWith('~') ? ((free.length ? free : TINTS)[hash(key) % (free.length || TINTS.length)] ?? 'neutral') : 'neutral');
    const merged = new Map(looks);
    for (const s of items) {
      const key = speakerKey(s);
      merged.set(s.id, {
        tint: key ? tintOf(key) : 'neutral',
        status: 'suggested',
        speakerName: s.speaker ? `${s.speaker.name} (suggested)` : 'Suggested, no speaker found',
        length: s.end - s.start,
        kind: s.kind,
        aboutNames: [],
        tags: [],
      });
    }
    return { opened: { ...opened, quotes: [...opened.quotes, ...virtual] }, looks: merged as ReadonlyMap<string, QuoteLook> };
  }, [opened, looks, items, actors.value, articleId]);
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
