/** The timeline: periods (ISO weeks, months), counting by actor role and tag family, CSV and SVG. */
import { describe, expect, it } from 'vitest';
import { articleDay, isoWeek, periodLabel, periodStart, periodsBetween } from '../../../../src/shared/timeline/periods';
import { buildTimeline } from '../../../../src/shared/timeline/timeline';
import { niceMax, timelineCsv, timelineSvg } from '../../../../src/shared/timeline/timelineFiles';
import { SCHEMA_VERSION, type Actor, type ArticleFile, type Quote, type Tag } from '../../../../src/shared/model';

const actor = (id: string, name: string, colour = ''): Actor => ({ id, name, kind: 'person', aliases: [], role: '', affiliationId: null, externalIds: {}, description: '', colour });
const tag = (id: string, name: string, parentId: string | null = null): Tag => ({ id, name, parentId, colour: '', description: '' });
const quote = (id: string, fields: Partial<Quote>): Quote => ({
  id,
  articleId: 'a',
  target: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
  kind: 'direct',
  speakerId: null,
  aboutIds: [],
  tagIds: [],
  comment: '',
  status: 'confirmed',
  cue: '',
  createdAt: '',
  updatedAt: '',
  ...fields,
});
const article = (id: string, publishedAt: string, quotes: Quote[]): ArticleFile => ({
  format: 'quotebook-article',
  schemaVersion: SCHEMA_VERSION,
  article: { id, title: id, section: '', source: { outlet: '', url: '', authors: [], publishedAt }, language: '', importedAt: '', origin: { name: '', sha256: '' }, text: 'x', blocks: [], contentHash: id },
  quotes,
});

describe('periods', () => {
  it('reads article dates, ISO weeks (Monday start; week 1 holds the first Thursday) and months', () => {
    expect(articleDay('2024-02-29T10:00:00Z')).toBe('2024-02-29');
    expect(articleDay('2023-02-29')).toBeNull();
    expect(articleDay('')).toBeNull();
    expect(isoWeek('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(periodStart('2024-03-03', 'week')).toBe('2024-02-26'); // a Sunday belongs to the week of the Monday before
    expect(periodLabel('2024-02-26', 'week')).toBe('2024-W09');
    expect(periodLabel('2024-02-01', 'month')).toBe('Feb 2024');
    expect(periodsBetween('2023-12-15', '2024-02-02', 'month')).toEqual(['2023-12-01', '2024-01-01', '2024-02-01']);
  });
});

describe('timeline', () => {
  const actors = [actor('ana', 'Ana', 'blue'), actor('ben', 'Ben')];
  const tags = [tag('eco', 'Economy'), tag('tax', 'Tax', 'eco')];
  const files = [
    article('a1', '2024-01-10', [quote('q1', { speakerId: 'ana', tagIds: ['tax'] }), quote('q2', { speakerId: 'ben', aboutIds: ['ana'] })]),
    article('a2', '2024-03-05', [quote('q3', { speakerId: 'ana' }), quote('q4', { speakerId: 'ana', status: 'suggested' })]),
    article('a3', '', [quote('q5', { speakerId: 'ana', tagIds: ['eco'] })]),
  ];

  it('counts an actor’s quotes per month with empty months in between, and undated ones apart', () => {
    const t = buildTimeline(files, actors, tags, { actorIds: ['ana'], tagIds: ['eco'], role: 'speaker', granularity: 'month' });
    expect(t.series.map((s) => [s.label, s.colour])).toEqual([['Ana', '#3566C8'], ['Economy', expect.stringMatching(/^#/)]]);
    expect(t.buckets.map((b) => [b.label, ...b.counts])).toEqual([['Jan 2024', 1, 1], ['Feb 2024', 0, 0], ['Mar 2024', 1, 0]]);
    // The tag counts its child tags' quotes; suggestions are not counted.
    expect(t.buckets[0]!.quoteIds).toEqual([['q1'], ['q1']]);
    expect(t.undated).toEqual([1, 1]);
  });

  it('counts quotes about an actor, or either role', () => {
    const about = buildTimeline(files, actors, tags, { actorIds: ['ana'], tagIds: [], role: 'about', granularity: 'week' });
    expect(about.buckets.map((b) => b.quoteIds[0])).toEqual([['q2']]);
    const either = buildTimeline(files, actors, tags, { actorIds: ['ana'], tagIds: [], role: 'either', granularity: 'month' });
    expect(either.buckets[0]!.quoteIds[0]).toEqual(['q1', 'q2']);
  });

  it('writes CSV rows per period and series, and an SVG with a bar per count', () => {
    const t = buildTimeline(files, actors, tags, { actorIds: ['ana', 'ben'], tagIds: [], role: 'speaker', granularity: 'month' });
    const csv = timelineCsv(t);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFperiod_start,period_end,period,series_kind,series,quotes');
    expect(csv).toContain('2024-01-01,2024-01-31,Jan 2024,actor,Ana,1\r\n');
    expect(csv).toContain('2024-02-01,2024-02-29,Feb 2024,actor,Ben,0\r\n');
    expect(csv).toContain(',,undated,actor,Ana,1\r\n');
    const svg = timelineSvg(t, 'Quotes <per> month');
    expect(svg).toContain('<title>Quotes &lt;per&gt; month</title>');
    expect(svg.match(/<rect [^>]*fill="#3566C8"/g)).toHaveLength(3); // two bars and the legend swatch
    expect(svg).toContain('<title>Ben, Jan 2024: 1</title>');
    expect(niceMax(7)).toEqual({ max: 8, step: 2 });
  });
});
