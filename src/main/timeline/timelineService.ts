/** The timeline over the open notebook, and its export as SVG or CSV. */
import type { ParsedInputOf } from '../../shared/api/contract';
import { UserError } from '../../shared/api/result';
import type { ExportOutcome } from '../../shared/export/schemas';
import { FORMAT_FILES, safeFileName } from '../../shared/export';
import { buildTimeline, type Timeline } from '../../shared/timeline/timeline';
import { timelineCsv, timelineSvg } from '../../shared/timeline/timelineFiles';
import { resolveExportRoot, writeExportFolder } from '../export/exportFolder';
import { sha256 } from '../services/ids';
import type { NotebookSession } from '../services/session';

/** The counts per period for the chosen actors and tags. */
export function timeline(session: NotebookSession, input: ParsedInputOf<'quotes:timeline'>): Timeline {
  const notebook = session.store.notebook();
  return buildTimeline(session.store.articles(), notebook.actors, notebook.tags, input);
}

/** Writes the timeline as SVG or CSV into `dir`, or returns it. */
export async function exportTimeline(session: NotebookSession, input: ParsedInputOf<'export:timeline'>): Promise<ExportOutcome> {
  const { format, dir, ...request } = input;
  const chart = timeline(session, request);
  if (chart.series.length === 0) throw new UserError('invalid-input', 'Choose at least one actor or tag for the timeline.');
  const title = `Quotes of ${chart.series.map((s) => s.label).join(', ')} per ${chart.granularity}`;
  const text = format === 'svg' ? timelineSvg(chart, title) : timelineCsv(chart);
  const fileName = `${safeFileName(`Timeline ${chart.series.map((s) => s.label).join(', ')}`.slice(0, 120))} by ${chart.granularity}${FORMAT_FILES[format].extension}`;
  if (!dir) return { format, dir: null, files: [], content: { fileName, mediaType: FORMAT_FILES[format].mediaType, text }, notices: [] };
  const root = await resolveExportRoot(dir, session.store.dir);
  const key = sha256(`timeline/${format}/${JSON.stringify(request)}`).slice(0, 24);
  const result = await writeExportFolder(root, [{ key, folder: '', wantedName: fileName }], () => text);
  return { format, dir: result.dir, files: result.files, content: null, notices: result.notices };
}
