/**
 * What a highlight says when the pointer rests on it: who said it, what kind of quote it is, whom
 * it is about and its tags, for every quote covering that spot. Shown after a short pause so that
 * moving across the text does not flicker; never while the analyst is selecting.
 */
import { useEffect, useRef, useState } from 'react';
import { dotted } from '../../ui/format';
import type { QuoteLook } from './quoteLooks';

const KIND: Record<QuoteLook['kind'], string> = { direct: 'Direct quote', indirect: 'Indirect quote', paraphrase: 'Paraphrase' };
const DELAY_MS = 350;

interface Shown {
  ids: string[];
  x: number;
  y: number;
}

export function MarkHoverCard({ column, looks }: { column: HTMLElement | null; looks: ReadonlyMap<string, QuoteLook> }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const timer = useRef(0);

  useEffect(() => {
    const container = column;
    if (!container) return;
    const hide = () => {
      window.clearTimeout(timer.current);
      setShown(null);
    };
    const onOver = (event: MouseEvent) => {
      const mark = (event.target as Element).closest?.('mark[data-quote-ids]');
      window.clearTimeout(timer.current);
      if (!mark || event.buttons !== 0) return setShown(null);
      timer.current = window.setTimeout(() => {
        if (!(window.getSelection()?.isCollapsed ?? true)) return;
        const box = container.getBoundingClientRect();
        const rects = mark.getClientRects();
        const rect = [...rects].find((r) => event.clientY >= r.top - 2 && event.clientY <= r.bottom + 2) ?? rects[0];
        if (!rect) return;
        const ids = (mark.getAttribute('data-quote-ids') ?? '').split(' ').filter(Boolean);
        setShown({ ids, x: Math.min(Math.max(event.clientX - box.left, 140), box.width - 140), y: rect.bottom - box.top + 6 });
      }, DELAY_MS);
    };
    container.addEventListener('mouseover', onOver);
    container.addEventListener('mouseleave', hide);
    container.addEventListener('pointerdown', hide);
    return () => {
      hide();
      container.removeEventListener('mouseover', onOver);
      container.removeEventListener('mouseleave', hide);
      container.removeEventListener('pointerdown', hide);
    };
  }, [column]);

  const quotes = shown?.ids.map((id) => ({ id, look: looks.get(id) })).filter((q): q is { id: string; look: QuoteLook } => !!q.look) ?? [];
  if (!shown || quotes.length === 0) return null;
  return (
    <div className="mark-card" role="tooltip" style={{ left: `${shown.x}px`, top: `${shown.y}px` }}>
      {quotes.map(({ id, look }) => (
        <div key={id} className="mark-card__quote" data-tint={look.tint}>
          <p className="mark-card__speaker">
            <span className="speaker-swatch" aria-hidden="true" />
            {look.speakerName ?? 'Speaker not set'}
            {look.status === 'suggested' && <span className="status-badge">Suggested</span>}
          </p>
          <p className="mark-card__meta">{dotted(KIND[look.kind], look.aboutNames.length ? `about ${look.aboutNames.join(', ')}` : '')}</p>
          {look.tags.length > 0 && (
            <p className="mark-card__tags">
              {look.tags.map((tag) => (
                <span key={tag.name} className="q-tag" data-tint={tag.tint}>
                  {tag.name}
                </span>
              ))}
            </p>
          )}
        </div>
      ))}
      <p className="mark-card__hint">Click to edit in the inspector</p>
    </div>
  );
}
