/** Plain aligned columns for terminal output; long cells are shortened with an ellipsis. */
export function formatTable(headers: string[], rows: string[][], empty: string, maxCell = 60): string {
  if (rows.length === 0) return empty;
  const clip = (s: string) => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxCell ? `${flat.slice(0, maxCell - 1)}…` : flat;
  };
  const cells = [headers, ...rows.map((r) => r.map(clip))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}
