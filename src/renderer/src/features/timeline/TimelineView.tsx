/**
 * The timeline: quotes of chosen actors (said, about, or either) or tags per week or month of
 * their articles' dates. Each bar is a button: choosing it lists its quotes, each one a click away
 * from its place in the article. The chart can be saved as SVG or CSV.
 */
import { useMemo, useState } from 'react';
import type { CitedQuote } from '../../../../shared/editor/notesApi';
import type { Timeline } from '../../../../shared/timeline/timeline';
import { nearestTint } from '../../../../shared/tintColours';
import { api } from '../../api';
import { EmptyState } from '../../ui/EmptyState';
import { formatDate, plural } from '../../ui/format';
import { usePersistentState } from '../../ui/usePersistentState';
import { useResult } from '../../ui/useResult';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { ChoiceList } from './ChoiceList';
import { TimelineExport } from './TimelineExport';
import './timeline.css';
import { quoteText } from '../../../../shared/anchoring/pieces';

export interface TimelineChoice {
  actorIds: string[];
  tagIds: string[];
  role: 'speaker' | 'about' | 'either';
  granularity: 'week' | 'month';
}

const DEFAULT: TimelineChoice = { actorIds: [], tagIds: [], role: 'speaker', granularity: 'month' };
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 20) : []);
const acceptChoice = (v: unknown): TimelineChoice | null => {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  return {
    actorIds: ids(o.actorIds),
    tagIds: ids(o.tagIds),
    role: o.role === 'about' || o.role === 'either' ? o.role : 'speaker',
    granularity: o.granularity === 'week' ? 'week' : 'month',
  };
};

type Picked = { bucket: number; series: number };

export default function TimelineView() {
  const wb = useWorkbench();
  const [choice, setChoice] = usePersistentState('timeline.choice', DEFAULT, acceptChoice);
  const [picked, setPicked] = useState<Picked | null>(null);
  const chosen = choice.actorIds.length + choice.tagIds.length > 0;
  const chart = useResult<Timeline>(chosen ? () => api.quotesTimeline(choice) : null, [choice, wb.articles.value, wb.actors.value, wb.tags.value], wb.reportError);
  const data = chosen ? chart.value : undefined;
  const pickedIds = data && picked ? (data.buckets[picked.bucket]?.quoteIds[picked.series] ?? []) : [];
  const quotes = useResult<CitedQuote[]>(pickedIds.length ? () => api.notesQuotes({ ids: pickedIds }) : null, [pickedIds.join(',')], wb.reportError);
  const peak = Math.max(1, ...(data?.buckets.flatMap((b) => b.counts) ?? [0]));
  const tints = useMemo(() => data?.series.map((s) => nearestTint(s.colour) || 'blue') ?? [], [data]);
  const update = (patch: Partial<TimelineChoice>) => {
    setPicked(null);
    setChoice((c) => ({ ...c, ...patch }));
  };

  return (
    <div className="report-page">
      <div className="report-page__column">
        <header className="report-page__header">
          <h1 className="report-page__title">Timeline</h1>
          <p className="report-page__intro">Quotes of the actors and tags you choose, by the date of their article. Choose a bar to read its quotes.</p>
        </header>
        <div className="timeline__controls">
          <ChoiceList legend="Actors" items={(wb.actors.value ?? []).map((a) => ({ id: a.id, label: a.name }))} chosen={choice.actorIds} onChange={(actorIds) => update({ actorIds })} />
          <ChoiceList legend="Tags" items={(wb.tags.value ?? []).map((t) => ({ id: t.id, label: t.name }))} chosen={choice.tagIds} onChange={(tagIds) => update({ tagIds })} />
          <div className="timeline__options">
            <fieldset className="timeline__radios">
              <legend>An actor’s quotes</legend>
              {(['speaker', 'about', 'either'] as const).map((role) => (
                <label key={role}>
                  <input type="radio" name="timeline-role" checked={choice.role === role} onChange={() => update({ role })} /> {role === 'speaker' ? 'Said by them' : role === 'about' ? 'About them' : 'Either'}
                </label>
              ))}
            </fieldset>
            <fieldset className="timeline__radios">
              <legend>Per</legend>
              {(['week', 'month'] as const).map((granularity) => (
                <label key={granularity}>
                  <input type="radio" name="timeline-period" checked={choice.granularity === granularity} onChange={() => update({ granularity })} /> {granularity === 'week' ? 'Week' : 'Month'}
                </label>
              ))}
            </fieldset>
          </div>
        </div>

        {!chosen ? (
          <EmptyState title="Choose actors or tags">
            <p>Tick one or more actors or tags above to see their quotes over time.</p>
          </EmptyState>
        ) : !data ? (
          <p className="pane-note">{chart.error ? chart.error.message : 'Counting…'}</p>
        ) : data.buckets.length === 0 ? (
          <EmptyState title="No dated quotes">
            <p>None of these quotes is in an article with a publication date{data.undated.some((n) => n) ? ` (${plural(data.undated.reduce((a, b) => a + b, 0), 'quote')} in undated articles)` : ''}. Add dates in an article’s details.</p>
          </EmptyState>
        ) : (
          <>
            <ul className="timeline__legend" aria-label="Series">
              {data.series.map((s, i) => (
                <li key={`${s.kind}:${s.id}`}>
                  <span className="timeline__swatch" style={{ background: `var(--tint-${tints[i]}-line)` }} aria-hidden="true" />
                  {s.label} <span className="timeline__muted">({s.kind === 'actor' ? 'actor' : 'tag'}{data.undated[i] ? `; ${data.undated[i]} undated not shown` : ''})</span>
                </li>
              ))}
            </ul>
            <div className="timeline__chart" role="group" aria-label={`Quotes per ${data.granularity}`}>
              {data.buckets.map((bucket, b) => (
                <div key={bucket.start} className="timeline__period">
                  <div className="timeline__bars">
                    {bucket.counts.map((count, s) => (
                      <div key={s} className="timeline__stack">
                        {count > 0 && (
                          <span className="timeline__count" aria-hidden="true">
                            {count}
                          </span>
                        )}
                        <button
                        type="button"
                        className={`timeline__bar${picked?.bucket === b && picked.series === s ? ' timeline__bar--picked' : ''}`}
                        style={{ height: `${(count / peak) * 200}px`, background: `var(--tint-${tints[s]}-line)` }}
                        disabled={count === 0}
                        aria-pressed={picked?.bucket === b && picked.series === s}
                        aria-label={`${data.series[s]!.label}, ${bucket.label}: ${plural(count, 'quote')}`}
                        title={`${data.series[s]!.label}, ${bucket.label}: ${plural(count, 'quote')}`}
                        onClick={() => setPicked(picked?.bucket === b && picked.series === s ? null : { bucket: b, series: s })}
                        />
                      </div>
                    ))}
                  </div>
                  <span className="timeline__label">{bucket.label}</span>
                </div>
              ))}
            </div>
            {picked && data.buckets[picked.bucket] && (
              <section className="timeline__quotes" aria-label="Quotes of the chosen bar">
                <h2 className="timeline__subtitle">
                  {data.series[picked.series]!.label} · {data.buckets[picked.bucket]!.label} · {plural(pickedIds.length, 'quote')}
                </h2>
                <ul>
                  {(quotes.value ?? []).map(({ quote, article }) => (
                    <li key={quote.id}>
                      <button
                        type="button"
                        className="timeline__quote"
                        onClick={() => {
                          wb.openView({ kind: 'article', id: article.id });
                          wb.selectQuote(quote.id, { scroll: true });
                        }}
                      >
                        <span className="timeline__quote-text">“{quoteText(quote.target)}”</span>
                        <span className="timeline__muted">
                          {article.title}
                          {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <TimelineExport choice={choice} />
          </>
        )}
      </div>
    </div>
  );
}
