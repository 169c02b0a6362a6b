/**
 * The selected quote's recorded changes, folded away under "History": who set which field to
 * what and when, newest first. A value that lost a conflict with a teammate's is marked, so
 * nothing two analysts did is silently gone. Loaded only when opened.
 */
import { useEffect, useMemo, useState } from 'react';
import type { EditEntry, Quote } from '../../../../shared/model';
import { describeQuoteHistory } from '../../../../shared/sync/quoteHistory';
import { api } from '../../api';
import { useWorkbench } from '../../workbench/WorkbenchContext';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function QuoteHistory({ quote }: { quote: Quote }) {
  const wb = useWorkbench();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<EditEntry[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    void api.quotesHistory({ id: quote.id }).then((result) => {
      if (!current) return;
      if (result.ok) setEntries(result.value);
      else wb.reportError(result.error);
    });
    return () => {
      current = false;
    };
  }, [open, quote.id, quote.updatedAt]);

  const lines = useMemo(() => {
    if (!entries) return null;
    const actors = new Map((wb.actors.value ?? []).map((a) => [a.id, a.name]));
    const tags = new Map((wb.tags.value ?? []).map((t) => [t.id, t.name]));
    return describeQuoteHistory(quote, entries, { actor: (id) => actors.get(id), tag: (id) => tags.get(id) });
  }, [entries, quote, wb.actors.value, wb.tags.value]);

  return (
    <details className="quote-history" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary>History</summary>
      {lines === null ? (
        <p className="quote-history__empty">Loading…</p>
      ) : lines.length === 0 ? (
        <p className="quote-history__empty">No changes since the quote was marked.</p>
      ) : (
        <ol className="quote-history__list">
          {lines.map((line, i) => (
            <li key={i} data-not-kept={line.notKept || undefined}>
              {line.who ? (
                <>
                  <span className="quote-history__who">{line.who}</span> {line.what}
                </>
              ) : (
                line.what.charAt(0).toUpperCase() + line.what.slice(1)
              )}
              {line.notKept && <span className="chip chip--warn quote-history__flag">not kept: a teammate’s value won</span>}
              <time className="quote-history__when" dateTime={line.at}>
                {when(line.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
