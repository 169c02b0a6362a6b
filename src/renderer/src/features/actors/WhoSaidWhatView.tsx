/**
 * Who said what about whom, for the whole notebook: a speaker × subject table of quote counts and
 * a flow chart of the same figures. Choosing a cell (or a band) lists the quotes behind it, each
 * one a click away from its place in the article.
 */
import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import type { ArticleQuotes, WhoSaidWhat, WhoSaidWhatCell } from '../../../../shared/actors/api';
import type { Actor, Tag } from '../../../../shared/model';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { TINTS, actorTint } from './actorLabels';
import { FlowChart, type FlowNode } from './FlowChart';
import { QuoteGroups } from './QuoteGroups';
import { toggleCell, useSelectedCell, type CellRef } from './wswSelection';

/** How many speakers and subjects the chart draws (the table shows all). */
const CHART_LIMIT = 8;
const NO_SPEAKER = '∅';

type Selected = CellRef;

export function WhoSaidWhatView() {
  const wb = useWorkbench();
  const table = useResult<WhoSaidWhat>(() => api.actorsWhoSaidWhat({}), [wb.actors.value, wb.articles.value], wb.reportError);
  const selected = useSelectedCell();
  const byId = useMemo(() => new Map((wb.actors.value ?? []).map((a) => [a.id, a])), [wb.actors.value]);
  const tagsById = useMemo(() => new Map((wb.tags.value ?? []).map((t) => [t.id, t])), [wb.tags.value]);
  const data = table.value;

  const name = (id: string | null) => (id === null ? 'Speaker not set' : (byId.get(id)?.name ?? 'Unknown actor'));
  const tints = useMemo(() => {
    // An actor's own colour wins; the others take palette tints in order, so neighbours differ.
    const map = new Map<string, string>();
    data?.speakers.forEach((s, i) => {
      const own = s.id ? actorTint(byId.get(s.id)) : 'neutral';
      map.set(s.id ?? NO_SPEAKER, own !== 'neutral' || s.id === null ? own : TINTS[i % TINTS.length]!);
    });
    return map;
  }, [data, byId]);

  if (!data) return <div className="report-page">{table.error ? <EmptyState title="The table cannot be shown" tone="error"><p>{table.error.message}</p></EmptyState> : <p className="pane-note">Loading…</p>}</div>;

  const count = new Map(data.cells.map((c) => [`${c.speakerId ?? NO_SPEAKER}>${c.aboutId}`, c.count]));
  const max = Math.max(1, ...data.cells.map((c) => c.count));
  const flowNode = (id: string | null): FlowNode => ({ id: id ?? NO_SPEAKER, label: name(id), tint: tints.get(id ?? NO_SPEAKER) ?? 'neutral' });
  const select = (cell: Selected) => toggleCell(cell);

  // Arrow keys move between the table's cells, as in a spreadsheet.
  const onGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (Number.isNaN(row) || Number.isNaN(col)) return;
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = step[event.key];
    if (!move) return;
    event.preventDefault();
    for (let r = row + move[0], c = col + move[1]; r >= 0 && c >= 0 && r < data.speakers.length && c < data.abouts.length; r += move[0], c += move[1]) {
      const next = event.currentTarget.querySelector<HTMLElement>(`[data-row="${r}"][data-col="${c}"]`);
      if (next) return next.focus();
    }
  };

  return (
    <div className="report-page" data-scroll-container>
      <div className="report-page__column wsw__column">
        <header className="report-page__header">
          <h1 className="report-page__title">Who said what about whom</h1>
          <p className="report-page__intro">
            {data.quotes > 0
              ? `${plural(data.quotes, 'confirmed quote')} about someone, from ${plural(data.speakers.length, 'speaker')} about ${plural(data.abouts.length, 'actor')}. A quote about several actors counts once for each of them. Choose a number to see its quotes.`
              : ''}
          </p>
        </header>
        {data.quotes === 0 ? (
          <EmptyState title="Nobody has said anything about anyone yet">
            <p>When a quote has a speaker and names whom it is about, it is counted here. Confirmed quotes only: suggestions count once accepted.</p>
          </EmptyState>
        ) : (
          <>
            <div className="wsw__table-wrap">
              <table className="wsw-table" onKeyDown={onGridKey}>
                <caption className="visually-hidden">Number of quotes by each speaker (rows) about each actor (columns)</caption>
                <thead>
                  <tr>
                    <th scope="col" className="wsw-table__corner">
                      Speaker ↓ · About →
                    </th>
                    {data.abouts.map((a) => (
                      <th key={a.id} scope="col" className="wsw-table__about">
                        <button type="button" className="link-button" onClick={() => wb.openView({ kind: 'actor', id: a.id })}>
                          {name(a.id)}
                        </button>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.speakers.map((s, row) => (
                    <tr key={s.id ?? NO_SPEAKER}>
                      <th scope="row" className="wsw-table__speaker" data-tint={tints.get(s.id ?? NO_SPEAKER)}>
                        <span className="actor-swatch" aria-hidden="true" />
                        {s.id ? (
                          <button type="button" className="link-button" onClick={() => wb.openView({ kind: 'actor', id: s.id! })}>
                            {name(s.id)}
                          </button>
                        ) : (
                          <span className="wsw-table__unset">{name(null)}</span>
                        )}
                      </th>
                      {data.abouts.map((a, col) => {
                        const n = count.get(`${s.id ?? NO_SPEAKER}>${a.id}`) ?? 0;
                        const isSel = selected?.speakerId === s.id && selected.aboutId === a.id;
                        return (
                          <td key={a.id} className="wsw-table__cell">
                            {n > 0 && (
                              <button
                                type="button"
                                className="wsw-cell"
                                style={{ '--heat': `${Math.round(12 + (n / max) * 58)}%` } as CSSProperties}
                                aria-pressed={isSel}
                                aria-label={`${name(s.id)} about ${name(a.id)}: ${plural(n, 'quote')}`}
                                data-row={row}
                                data-col={col}
                                onClick={() => select({ speakerId: s.id, aboutId: a.id })}
                              >
                                {n}
                              </button>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            {selected && <CellQuotes selected={selected} name={name} byId={byId} tagsById={tagsById} onClose={() => toggleCell(null)} />}

            <section className="wsw__chart" aria-labelledby="wsw-chart-title">
              <h2 id="wsw-chart-title" className="actor-section-title">
                The same, drawn
              </h2>
              <FlowChart
                speakers={data.speakers.slice(0, CHART_LIMIT).map((s) => flowNode(s.id))}
                abouts={data.abouts.slice(0, CHART_LIMIT).map((a) => flowNode(a.id))}
                cells={data.cells}
                selected={selected}
                onSelect={(cell: WhoSaidWhatCell) => select({ speakerId: cell.speakerId, aboutId: cell.aboutId })}
              />
              {(data.speakers.length > CHART_LIMIT || data.abouts.length > CHART_LIMIT) && (
                <p className="wsw__note">The chart shows the {CHART_LIMIT} most quoted speakers and subjects; the table above has them all.</p>
              )}
            </section>
          </>
        )}
      </div>
    </div>
  );
}

function CellQuotes({ selected, name, byId, tagsById, onClose }: { selected: Selected; name: (id: string | null) => string; byId: ReadonlyMap<string, Actor>; tagsById: ReadonlyMap<string, Tag>; onClose: () => void }) {
  const wb = useWorkbench();
  const quotes = useResult<ArticleQuotes[]>(() => api.actorsBetween(selected), [selected.speakerId, selected.aboutId, wb.articles.value], wb.reportError);
  const total = quotes.value?.reduce((n, g) => n + g.quotes.length, 0) ?? 0;
  const title = `${name(selected.speakerId)} about ${name(selected.aboutId)}`;
  return (
    <section className="wsw__cell-quotes" aria-labelledby="wsw-cell-title">
      <header className="wsw__cell-header">
        <h2 id="wsw-cell-title" className="actor-section-title">
          {title} {quotes.value && <span className="actor-tab__count">{total}</span>}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </header>
      {quotes.value ? <QuoteGroups groups={quotes.value} actorId={null} actorsById={byId} tagsById={tagsById} label={title} /> : <p className="pane-note">Loading…</p>}
    </section>
  );
}
