/** The inspector beside the who-said-what view: the most frequent speaker → subject pairs, and how to read the figures. */
import { useMemo } from 'react';
import type { WhoSaidWhat } from '../../../../shared/actors/api';
import { api } from '../../api';
import { pluralIs } from '../../ui/format';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { toggleCell, useSelectedCell } from './wswSelection';

const TOP = 10;

export function WhoSaidWhatInspector() {
  const wb = useWorkbench();
  const table = useResult<WhoSaidWhat>(() => api.actorsWhoSaidWhat({}), [wb.actors.value, wb.articles.value], wb.reportError);
  const selected = useSelectedCell();
  const byId = useMemo(() => new Map((wb.actors.value ?? []).map((a) => [a.id, a])), [wb.actors.value]);
  const name = (id: string | null) => (id === null ? 'Speaker not set' : (byId.get(id)?.name ?? 'Unknown actor'));
  const top = [...(table.value?.cells ?? [])].sort((a, b) => b.count - a.count || name(a.speakerId).localeCompare(name(b.speakerId))).slice(0, TOP);
  return (
    <>
      <header className="pane-header">
        <h1 className="pane-title">Most frequent</h1>
      </header>
      <div className="pane-scroll actor-card">
        {top.length === 0 ? (
          <p className="actor-card__muted">Pairs appear here once quotes have a speaker and name whom they are about.</p>
        ) : (
          <ol className="wsw-top" aria-label="Most frequent speaker and subject pairs">
            {top.map((cell) => {
              const isSel = selected?.speakerId === cell.speakerId && selected.aboutId === cell.aboutId;
              return (
                <li key={`${cell.speakerId}>${cell.aboutId}`}>
                  <button type="button" className="wsw-top__pair" aria-pressed={isSel} onClick={() => toggleCell({ speakerId: cell.speakerId, aboutId: cell.aboutId })}>
                    <span className="wsw-top__names">
                      {name(cell.speakerId)} <span className="actor-card__muted">about</span> {name(cell.aboutId)}
                    </span>
                    <span className="wsw-top__count">{cell.count}</span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <section className="actor-card__section">
          <h2 className="actor-card__title">Reading the figures</h2>
          <p className="actor-card__muted">
            Each number counts confirmed quotes by the speaker in its row that name the actor in its column among whom they are about.
            {table.value ? ` ${pluralIs(table.value.quotes, 'quote', 'counted')}.` : ''} Suggestions count once you accept them.
          </p>
        </section>
      </div>
    </>
  );
}
