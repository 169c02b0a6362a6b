/**
 * The import's progress and outcome, in a card at the bottom left: "Importing 3 of 12" with a bar
 * and Cancel while it runs; then what went in, what was already there (not added twice) and each
 * file that failed with its reason. It stays until closed when there is something to read.
 */
import type { ImportRun } from './useImportQueue';
import { plural } from '../../ui/format';
import { IconClose } from '../../ui/icons';
import { IconAlert, IconCheck, IconCopy } from './importIcons';

export interface ImportPanelProps {
  run: ImportRun;
  onCancel: () => void;
  onDismiss: () => void;
  onOpen: (id: string) => void;
}

function headline(run: ImportRun): string {
  if (run.current !== null) return `Importing ${Math.min(run.done + 1, run.total).toLocaleString()} of ${run.total.toLocaleString()}`;
  const added = run.imported.filter((i) => !i.duplicateOf).length;
  if (run.stoppedBecause) return 'Import stopped';
  if (run.cancelled) return `Import cancelled: ${plural(added, 'article')} added`;
  const fromProjects = run.projects.reduce((n, p) => n + p.outcome.counts.articles, 0);
  if (run.projects.length && added === 0) return `${plural(run.projects.length, 'REFI-QDA file')} imported${fromProjects ? `: ${plural(fromProjects, 'article')}` : ''}`;
  if (added === 0 && run.failed.length === 0) return 'Nothing new to import';
  return `${plural(added + fromProjects, 'article')} imported`;
}

export function ImportPanel({ run, onCancel, onDismiss, onOpen }: ImportPanelProps) {
  const runningNow = run.current !== null;
  const added = run.imported.filter((i) => !i.duplicateOf);
  const duplicates = run.imported.filter((i) => i.duplicateOf);
  const percent = run.total ? Math.round((run.done / run.total) * 100) : 0;
  return (
    <section className="import-panel" aria-label="Import" data-state={runningNow ? 'running' : 'done'}>
      <header className="import-panel__header">
        <h2 className="import-panel__title" role="status" aria-live="polite">
          {headline(run)}
        </h2>
        {!runningNow && (
          <button type="button" className="icon-button" aria-label="Close the import summary" onClick={onDismiss}>
            <IconClose />
          </button>
        )}
      </header>

      {runningNow && (
        <>
          <p className="import-panel__current" title={run.current ?? ''}>
            {run.current}
          </p>
          <div className="import-progress" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={run.total} aria-valuenow={run.done} aria-valuetext={`${run.done} of ${run.total} files done`}>
            <div className="import-progress__bar" style={{ width: `${percent}%` }} />
          </div>
          <div className="import-panel__actions">
            <span className="import-panel__counts">
              {run.done > 0 && `${plural(added.length, 'added', 'added')} · ${plural(run.failed.length, 'failed', 'failed')}`}
            </span>
            <button type="button" className="button button--small" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}

      {!runningNow && (
        <div className="import-panel__report">
          {run.stoppedBecause && <p className="import-panel__note import-panel__note--error">{run.stoppedBecause}</p>}
          {run.skipped > 0 && (
            <p className="import-panel__note">
              {plural(run.skipped, 'file was', 'files were')} not imported{run.cancelled ? ' because you cancelled' : ''}. What was imported before stays in the notebook.
            </p>
          )}
          {added.length > 0 && (
            <ReportList title={`${plural(added.length, 'new article')}`} icon={<IconCheck />}>
              {added.map((item) => (
                <li key={item.id}>
                  <button type="button" className="import-link" onClick={() => onOpen(item.id)}>
                    {item.title}
                  </button>
                </li>
              ))}
            </ReportList>
          )}
          {run.projects.length > 0 && (
            <ReportList title={plural(run.projects.length, 'REFI-QDA file')} icon={<IconCheck />}>
              {run.projects.map(({ file, outcome }) => {
                const c = outcome.counts;
                const what =
                  outcome.kind === 'codebook'
                    ? `${plural(c.tags, 'new tag')}${outcome.reusedTags ? ` (${outcome.reusedTags} already there)` : ''}`
                    : `${plural(c.articles, 'article')}, ${plural(c.quotes, 'quote')}, ${plural(c.tags, 'tag')}, ${plural(c.actors, 'actor')}, ${plural(c.notes, 'note')}`;
                return (
                  <li key={file}>
                    <span className="import-panel__file">{file}</span>: {what}.
                    {outcome.notices.map((n) => (
                      <span key={n} className="import-panel__note">
                        {' '}
                        {n}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ReportList>
          )}
          {duplicates.length > 0 && (
            <ReportList title={`${plural(duplicates.length, 'file was', 'files were')} already in the notebook, so not added again`} icon={<IconCopy />}>
              {duplicates.map((item) => (
                <li key={`${item.file}:${item.id}`}>
                  <span className="import-panel__file">{item.file}</span> has the same text as{' '}
                  <button type="button" className="import-link" onClick={() => onOpen(item.id)}>
                    {item.title}
                  </button>
                </li>
              ))}
            </ReportList>
          )}
          {run.failed.length > 0 && (
            <ReportList title={`${plural(run.failed.length, 'file', 'files')} could not be imported`} icon={<IconAlert />} tone="error">
              {run.failed.map((item, index) => (
                <li key={`${item.file}:${index}`} className="import-failure">
                  {item.error.startsWith(`"${item.file}" `) ? (
                    <span>
                      <span className="import-panel__file">{item.file}</span> {item.error.slice(item.file.length + 3)}
                    </span>
                  ) : (
                    <span>
                      <span className="import-panel__file">{item.file}</span>: {item.error}
                    </span>
                  )}
                </li>
              ))}
            </ReportList>
          )}
        </div>
      )}
    </section>
  );
}

function ReportList({ title, icon, tone, children }: { title: string; icon: React.ReactNode; tone?: 'error'; children: React.ReactNode }) {
  return (
    <div className={`import-report${tone ? ` import-report--${tone}` : ''}`}>
      <h3 className="import-report__title">
        {icon}
        {title}
      </h3>
      <ul className="import-report__list">{children}</ul>
    </div>
  );
}
