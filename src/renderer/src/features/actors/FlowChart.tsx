/**
 * Who talks about whom, drawn: speakers on the left, the actors they speak about on the right, and
 * a band between them as thick as the number of quotes. Hand-drawn SVG (no chart library). The
 * table beside it holds the same figures for keyboard and screen-reader use; here a band can be
 * clicked to open its quotes.
 */
import type { WhoSaidWhatCell } from '../../../../shared/actors/api';

export interface FlowNode {
  id: string;
  label: string;
  tint: string;
}

export interface FlowChartProps {
  speakers: readonly FlowNode[];
  abouts: readonly FlowNode[];
  cells: readonly WhoSaidWhatCell[];
  selected: { speakerId: string | null; aboutId: string } | null;
  onSelect: (cell: WhoSaidWhatCell) => void;
}

const WIDTH = 640;
const LABEL = 160;
const GAP = 10;
const ROW = 40;

/** Stacks nodes top to bottom, each as tall as its share of the quotes. */
function layout(nodes: readonly FlowNode[], totals: Map<string, number>, height: number) {
  const sum = nodes.reduce((n, node) => n + (totals.get(node.id) ?? 0), 0);
  const unit = (height - GAP * Math.max(0, nodes.length - 1)) / Math.max(1, sum);
  let y = 0;
  return new Map(
    nodes.map((node) => {
      const h = Math.max(2, (totals.get(node.id) ?? 0) * unit);
      const box = { y, h, unit, next: y };
      y += h + GAP;
      return [node.id, box];
    }),
  );
}

const key = (id: string | null) => id ?? '∅';

export function FlowChart({ speakers, abouts, cells, selected, onSelect }: FlowChartProps) {
  const shownSpeakers = new Set(speakers.map((s) => s.id));
  const shownAbouts = new Set(abouts.map((a) => a.id));
  const shown = cells.filter((c) => shownSpeakers.has(key(c.speakerId)) && shownAbouts.has(c.aboutId));
  const leftTotals = new Map<string, number>();
  const rightTotals = new Map<string, number>();
  for (const c of shown) {
    leftTotals.set(key(c.speakerId), (leftTotals.get(key(c.speakerId)) ?? 0) + c.count);
    rightTotals.set(c.aboutId, (rightTotals.get(c.aboutId) ?? 0) + c.count);
  }
  const height = Math.max(160, Math.max(speakers.length, abouts.length) * ROW);
  const left = layout(speakers, leftTotals, height);
  const right = layout(abouts, rightTotals, height);
  const x0 = LABEL + 8;
  const x1 = WIDTH - LABEL - 8;
  const tintOf = new Map(speakers.map((s) => [s.id, s.tint]));
  const aboutOrder = new Map(abouts.map((a, i) => [a.id, i]));
  const speakerOrder = new Map(speakers.map((s, i) => [s.id, i]));

  // Bands leave each speaker in the order of the subjects and reach each subject in speaker order, so they do not cross needlessly.
  const bands = shown
    .slice()
    .sort((a, b) => speakerOrder.get(key(a.speakerId))! - speakerOrder.get(key(b.speakerId))! || aboutOrder.get(a.aboutId)! - aboutOrder.get(b.aboutId)!)
    .map((cell) => {
      const from = left.get(key(cell.speakerId))!;
      const h = cell.count * from.unit;
      const y0 = from.next;
      from.next += h;
      return { cell, y0, h };
    });
  const arrivals = bands.slice().sort((a, b) => aboutOrder.get(a.cell.aboutId)! - aboutOrder.get(b.cell.aboutId)! || speakerOrder.get(key(a.cell.speakerId))! - speakerOrder.get(key(b.cell.speakerId))!);
  const y1Of = new Map<WhoSaidWhatCell, number>();
  for (const band of arrivals) {
    const to = right.get(band.cell.aboutId)!;
    y1Of.set(band.cell, to.next);
    to.next += band.cell.count * to.unit;
  }

  const mid = (x0 + x1) / 2;
  const path = (y0: number, y1: number, h: number) =>
    `M${x0},${y0} C${mid},${y0} ${mid},${y1} ${x1},${y1} L${x1},${y1 + h} C${mid},${y1 + h} ${mid},${y0 + h} ${x0},${y0 + h} Z`;
  const isSelected = (c: WhoSaidWhatCell) => selected !== null && selected.speakerId === c.speakerId && selected.aboutId === c.aboutId;
  const labelOf = new Map([...speakers, ...abouts].map((n) => [n.id, n.label]));

  return (
    <svg className="flow-chart" viewBox={`-2 -8 ${WIDTH + 4} ${height + 16}`} role="img" aria-label="Chart: speakers on the left, whom they speak about on the right; band width is the number of quotes.">
      {bands.map(({ cell, y0, h }) => (
        <path
          key={`${key(cell.speakerId)}>${cell.aboutId}`}
          className="flow-chart__band"
          data-tint={tintOf.get(key(cell.speakerId)) ?? 'neutral'}
          data-selected={isSelected(cell) || undefined}
          d={path(y0, y1Of.get(cell)!, h)}
          onClick={() => onSelect(cell)}
        >
          <title>{`${labelOf.get(key(cell.speakerId))} about ${labelOf.get(cell.aboutId)}: ${cell.count} quote${cell.count === 1 ? '' : 's'}`}</title>
        </path>
      ))}
      {speakers.map((s) => {
        const box = left.get(s.id)!;
        return (
          <g key={s.id} data-tint={s.tint}>
            <rect className="flow-chart__node" x={x0 - 6} y={box.y} width={6} height={box.h} rx={2} />
            <text className="flow-chart__label" x={x0 - 12} y={box.y + box.h / 2} textAnchor="end" dominantBaseline="middle">
              {clip(s.label)} <tspan className="flow-chart__count">{leftTotals.get(s.id) ?? 0}</tspan>
            </text>
          </g>
        );
      })}
      {abouts.map((a) => {
        const box = right.get(a.id)!;
        return (
          <g key={a.id} data-tint={a.tint}>
            <rect className="flow-chart__node flow-chart__node--about" x={x1} y={box.y} width={6} height={box.h} rx={2} />
            <text className="flow-chart__label" x={x1 + 12} y={box.y + box.h / 2} dominantBaseline="middle">
              <tspan className="flow-chart__count">{rightTotals.get(a.id) ?? 0}</tspan> {clip(a.label)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function clip(label: string): string {
  return label.length > 20 ? `${label.slice(0, 19)}…` : label;
}
