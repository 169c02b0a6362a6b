/**
 * The export operations: gather the open notebook into a bundle, run the pure serialisers of
 * src/shared/export, and either return the text (copy, download) or write it into a folder.
 */
import type { ExportFormat, ExportOutcome } from '../../shared/export/schemas';
import { UserError } from '../../shared/api/result';
import {
  exportSingleFile,
  FORMAT_FILES,
  indexBundle,
  planNotebook,
  renderPlanned,
  ScopeError,
  type EntityKey,
  type ExportIndex,
  type ExportScope,
  type OwnFormat,
} from '../../shared/export';
import type { NotebookSession } from '../services/session';
import { sha256 } from '../services/ids';
import { resolveExportRoot, writeExportFolder, type FileToWrite } from './exportFolder';

/** Options every export takes. */
export interface ExportRequest {
  format: OwnFormat;
  scope: ExportScope;
  dir?: string | undefined;
  wikilinks?: boolean;
}

/** The open notebook as an export bundle (the store's values are frozen; nothing is copied). */
export function notebookIndex(session: NotebookSession): ExportIndex {
  const { store } = session;
  return indexBundle({ notebook: store.notebook(), articles: store.articles(), notes: store.notes() });
}

/** Runs the pure part, turning a scope that names something missing into a not-found error. */
function run<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ScopeError) throw new UserError('not-found', error.message);
    throw error;
  }
}

/** The manifest key of a single-file export: format and scope, so a re-export finds its file. */
function singleFileKey(format: ExportFormat, scope: ExportScope): string {
  const what = scope.kind === 'notebook' ? 'notebook' : scope.kind === 'quotes' ? `quotes:${sha256(scope.ids.join(',')).slice(0, 16)}` : `${scope.kind}:${scope.id}`;
  return `${format}/${what}`;
}

/** Exports as asked: to a folder when `dir` is given, else the text of the single file. */
export async function runExport(session: NotebookSession, request: ExportRequest): Promise<ExportOutcome> {
  const { format, scope } = request;
  const index = notebookIndex(session);
  const { mediaType } = FORMAT_FILES[format];

  if (format === 'markdown' && scope.kind === 'notebook') {
    if (!request.dir) throw new UserError('invalid-input', 'The whole notebook becomes one Markdown file per note, article and actor: choose a folder to export it to.');
    const root = await resolveExportRoot(request.dir, session.store.dir);
    const plan = planNotebook(index);
    const files: FileToWrite[] = plan.map((p) => ({ key: `markdown/${p.key}`, folder: p.folder, wantedName: p.wantedName }));
    const wikilinks = request.wikilinks ?? false;
    const result = await writeExportFolder(root, files, (key, paths) => {
      const entityPaths = new Map([...paths].map(([k, p]) => [k.slice('markdown/'.length) as EntityKey, p]));
      return renderPlanned(index, key.slice('markdown/'.length) as EntityKey, entityPaths, wikilinks);
    });
    return { format, dir: result.dir, files: result.files, content: null, notices: result.notices };
  }

  const single = run(() => exportSingleFile(index, format, scope));
  if (!request.dir) return { format, dir: null, files: [], content: { fileName: single.fileName, mediaType, text: single.text }, notices: [] };
  const root = await resolveExportRoot(request.dir, session.store.dir);
  const result = await writeExportFolder(root, [{ key: singleFileKey(format, scope), folder: '', wantedName: single.fileName }], () => single.text);
  return { format, dir: result.dir, files: result.files, content: null, notices: result.notices };
}
