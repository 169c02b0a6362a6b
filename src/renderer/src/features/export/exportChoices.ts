/**
 * What the Export dialog offers, worked out from what is open: the scopes (whole notebook, the
 * open article, note or actor, the selected quote), the formats, and where the result can go.
 * Pure, so the rules are tested without a browser.
 */
import type { ExportScope } from '../../../../shared/export/bundle';
import type { ExportFormat } from '../../../../shared/export/schemas';

/** One scope the dialog can offer. */
export interface ScopeChoice {
  key: string;
  label: string;
  detail: string;
  scope: ExportScope;
}

/** What is open and selected in the window (from the workbench). */
export interface ExportContext {
  active: { kind: string; id: string } | null;
  selectedQuoteId: string | null;
  articleTitle: (id: string) => string | undefined;
  noteTitle: (id: string) => string | undefined;
  actorName: (id: string) => string | undefined;
}

/** The scopes to offer, the most specific first, the whole notebook always. */
export function scopeChoices(ctx: ExportContext): ScopeChoice[] {
  const out: ScopeChoice[] = [];
  if (ctx.selectedQuoteId) out.push({ key: 'quote', label: 'The selected quote', detail: 'with its attribution and source', scope: { kind: 'quotes', ids: [ctx.selectedQuoteId] } });
  const { active } = ctx;
  if (active?.kind === 'note') {
    out.push({ key: 'note', label: 'This note', detail: ctx.noteTitle(active.id) ?? 'the open note', scope: { kind: 'note', id: active.id } });
  } else if (active?.kind === 'article') {
    out.push({ key: 'article', label: 'This article’s quotes', detail: ctx.articleTitle(active.id) ?? 'the open article', scope: { kind: 'article', id: active.id } });
  } else if (active?.kind === 'actor' && active.id !== 'new') {
    out.push({ key: 'actor', label: 'This actor’s dossier', detail: ctx.actorName(active.id) ?? 'the open actor', scope: { kind: 'actor', id: active.id } });
  }
  out.push({ key: 'notebook', label: 'The whole notebook', detail: 'every note, article and actor', scope: { kind: 'notebook' } });
  return out;
}

/** The formats, with what each is for. */
export const FORMAT_CHOICES: { format: ExportFormat; label: string; detail: string }[] = [
  { format: 'markdown', label: 'Markdown', detail: 'For reports and Obsidian: quotes as block quotes, sources as footnotes.' },
  { format: 'csv', label: 'CSV', detail: 'For spreadsheets: one row per quote and actor role.' },
  { format: 'json', label: 'JSON', detail: 'Everything, lossless; can be imported into a new notebook.' },
  { format: 'w3c', label: 'Web Annotations', detail: 'W3C JSON-LD for annotation tools, with text selectors.' },
  { format: 'qdpx', label: 'REFI-QDA project', detail: 'For ATLAS.ti, MAXQDA, NVivo, QualCoder: articles, codes and coded quotes (.qdpx).' },
  { format: 'qdc', label: 'REFI-QDA codebook', detail: 'The tags with their hierarchy and colours (.qdc), for any QDA program.' },
  { format: 'gexf', label: 'GEXF network', detail: 'For Gephi: who speaks about whom, or actors × tags; optionally over time.' },
  { format: 'graphml', label: 'GraphML network', detail: 'For visone, yEd, Gephi: who speaks about whom, or actors × tags.' },
];

/** The formats that hold a network (they take the network kind). */
export const NETWORK_FORMATS: readonly ExportFormat[] = ['gexf', 'graphml'];

/** Where the result goes: a folder on the machine running Quotebook, the browser's downloads, or the clipboard. */
export type Destination = 'folder' | 'download' | 'copy';

/**
 * The destinations that make sense, the default first: several files need a folder; the desktop
 * app has no downloads; in the browser a download comes first, because a folder there is a path
 * typed by hand on the machine running `serve`.
 */
export function destinations(format: ExportFormat, scope: ExportScope, desktop: boolean): Destination[] {
  const severalFiles = format === 'markdown' && scope.kind === 'notebook';
  if (severalFiles) return ['folder'];
  const out: Destination[] = desktop ? ['folder'] : ['download', 'folder'];
  // Text for pasting elsewhere; the .qdpx is a zip and the rest are files for other programs.
  if (format === 'markdown' || format === 'csv') out.push('copy');
  return out;
}

/** A one-line summary of what an export wrote, for the dialog and the message. */
export function summarise(files: { status: 'created' | 'updated' | 'unchanged' }[], dir: string): string {
  const count = (status: string) => files.filter((f) => f.status === status).length;
  const what = files.length === 1 ? '1 file' : `${files.length} files`;
  const parts = [['created', count('created')], ['updated', count('updated')], ['unchanged', count('unchanged')]]
    .filter(([, n]) => n)
    .map(([label, n]) => `${n} ${label}`);
  return `Exported ${what} to ${dir}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}
