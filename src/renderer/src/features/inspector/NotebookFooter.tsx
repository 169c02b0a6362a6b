/**
 * What the inspector says about the notebook itself: its name and counts, and — when it matters —
 * that it is read-only (damaged files have their own banner above the panes).
 */
import type { NotebookInfo } from '../../../../shared/api/contract';
import { dotted, plural } from '../../ui/format';
import { IconWarning } from '../../ui/icons';
import { TeamSyncLine } from './TeamSyncLine';

export function NotebookFooter({ info }: { info: NotebookInfo | undefined }) {
  if (!info) return null;
  const { counts } = info;
  return (
    <footer className="notebook-footer" aria-label="Notebook">
      {info.readOnly && (
        <div className="banner banner--warn" role="status">
          <IconWarning />
          <div>
            <p className="banner__title">This notebook is read-only</p>
            <p>{info.readOnlyReason ?? 'Changes cannot be saved.'}</p>
          </div>
        </div>
      )}
      <p className="notebook-footer__name" title={info.dir}>
        {info.name || 'Notebook'}
      </p>
      <p className="notebook-footer__counts">
        {dotted(plural(counts.articles, 'article'), plural(counts.quotes, 'quote'), plural(counts.actors, 'actor'), plural(counts.notes, 'note'))}
      </p>
      <TeamSyncLine />
    </footer>
  );
}
