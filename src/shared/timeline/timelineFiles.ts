/** The timeline as files: CSV (one row per period and series) and SVG (grouped bars, legend, axis). */
import { csvRecord } from '../export/csv';
import { el, xmlDocument, type XmlNode } from '../xml/xmlWriter';
import type { Timeline } from './timeline';

/** CSV with a byte-order mark and CRLF, like the quotes CSV, so spreadsheets read it as UTF-8. */
export function timelineCsv(timeline: Timeline): string {
  const lines = [csvRecord(['period_start', 'period_end', 'period', 'series_kind', 'series', 'quotes'])];
  for (const bucket of timeline.buckets) {
    timeline.series.forEach((s, i) => lines.push(csvRecord([bucket.start, bucket.end, bucket.label, s.kind, s.label, bucket.counts[i]!])));
  }
  timeline.series.forEach((s, i) => {
    if (timeline.undated[i]) lines.push(csvRecord(['', '', 'undated', s.kind, s.label, timeline.undated[i]!]));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A rounded-up axis maximum with a few even steps (1, 2, 5 × 10^n). */
export function niceMax(value: number): { max: number; step: number } {
  if (value <= 0) return { max: 1, step: 1 };
  const rough = value / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const whole = Math.max(1, Math.round(step));
  return { max: Math.ceil(value / whole) * whole, step: whole };
}

/** Geometry shared by the SVG file and the view, so what is exported looks like what is seen. */
export const CHART = { height: 240, left: 44, top: 16, bottom: 48, groupGap: 10, barWidth: 14, minGroup: 28 };

/** The chart's width for `timeline`. */
export function chartWidth(timeline: Timeline): number {
  const group = Math.max(CHART.minGroup, timeline.series.length * CHART.barWidth + CHART.groupGap);
  return CHART.left + timeline.buckets.length * group + 16;
}

/** A standalone SVG of the timeline with a title, y axis, bars, period labels and a legend. */
export function timelineSvg(timeline: Timeline, title: string): string {
  const group = Math.max(CHART.minGroup, timeline.series.length * CHART.barWidth + CHART.groupGap);
  const width = Math.max(360, chartWidth(timeline));
  const legendTop = CHART.top + CHART.height + CHART.bottom;
  const height = legendTop + 20 * Math.max(1, timeline.series.length) + 8;
  const peak = Math.max(0, ...timeline.buckets.flatMap((b) => b.counts));
  const { max, step } = niceMax(peak);
  const y = (n: number) => CHART.top + CHART.height - (n / max) * CHART.height;
  const labelEvery = Math.max(1, Math.ceil(timeline.buckets.length / Math.floor((width - CHART.left) / 64)));
  const parts: XmlNode[] = [el('title', {}, [title]), el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' })];
  for (let n = 0; n <= max; n += step) {
    parts.push(el('line', { x1: CHART.left, x2: width - 8, y1: y(n), y2: y(n), stroke: '#d0d4da', 'stroke-width': 1 }));
    parts.push(el('text', { x: CHART.left - 6, y: y(n) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#4a5260' }, [String(n)]));
  }
  timeline.buckets.forEach((bucket, b) => {
    const x0 = CHART.left + b * group + CHART.groupGap / 2;
    bucket.counts.forEach((count, s) => {
      if (!count) return;
      parts.push(
        el('rect', { x: x0 + s * CHART.barWidth, y: y(count), width: CHART.barWidth - 2, height: y(0) - y(count), fill: timeline.series[s]!.colour }, [
          el('title', {}, [`${timeline.series[s]!.label}, ${bucket.label}: ${count}`]),
        ]),
      );
    });
    if (b % labelEvery === 0) parts.push(el('text', { x: x0, y: CHART.top + CHART.height + 16, 'font-size': 11, fill: '#4a5260' }, [bucket.label]));
  });
  timeline.series.forEach((s, i) => {
    const top = legendTop + i * 20;
    parts.push(el('rect', { x: CHART.left, y: top, width: 12, height: 12, fill: s.colour }));
    const undated = timeline.undated[i] ? ` (${timeline.undated[i]} undated, not shown)` : '';
    parts.push(el('text', { x: CHART.left + 18, y: top + 10, 'font-size': 12, fill: '#1d232c' }, [`${s.label}${undated}`]));
  });
  return xmlDocument(el('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'system-ui, sans-serif', role: 'img' }, parts));
}
