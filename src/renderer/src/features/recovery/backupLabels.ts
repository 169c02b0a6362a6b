/** Words for a backup's reason and contents, as the restore dialog shows them. */
import type { BackupSummary } from '../../../../shared/backups/api';
import { plural } from '../../ui/format';

const REASONS: Record<string, string> = {
  open: 'Daily, on opening',
  manual: 'Made by hand',
  'before-restore': 'Before a restore',
  'before-reimport': 'Before replacing an article’s text',
  'before-actor-merge': 'Before merging actors',
  'before-actor-delete': 'Before deleting an actor',
  'before-tag-merge': 'Before merging tags',
  'before-tag-delete': 'Before deleting a tag',
  'before-accept-all': 'Before accepting suggestions',
  'before-import-json': 'Before a JSON import',
  'before-refi-import': 'Before a REFI-QDA import',
  'before-live-notebook': 'Before live sync was set up',
};

/** "Before merging actors"; unknown reasons as written. */
export function reasonLabel(reason: string): string {
  return REASONS[reason] ?? (reason.startsWith('before-migration') ? 'Before an upgrade of the file format' : reason);
}

/** "3 articles · 41 quotes · 2 notes · 12 actors · 7 tags" */
export function countsLabel(c: BackupSummary['counts']): string {
  return [plural(c.articles, 'article'), plural(c.quotes, 'quote'), plural(c.notes, 'note'), plural(c.actors, 'actor'), plural(c.tags, 'tag')].join(' · ');
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "5 Dec 2026, 08:30" in the analyst's time zone. */
export function madeAt(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : when.format(t);
}
