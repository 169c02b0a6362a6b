/**
 * One group of the review queue: its heading with the whole-group decisions, and its rows as a
 * listbox. A group is its own listbox (a listbox may not hold buttons); the queue's keyboard moves
 * across all of them as one list.
 */
import { memo } from 'react';
import { bulkAcceptable, type QueueGroup } from '../../../../shared/suggest/queue';
import { QuoteWords } from '../../ui/QuoteWords';
import type { QueueRow } from './reviewQueue';
import { Confidence } from './SelectedSuggestionSection';

export interface GroupActions {
  register: (id: string, element: HTMLLIElement | null) => void;
  select: (id: string) => void;
  acceptAll: (rows: QueueRow[]) => void;
  rejectAll: (rows: QueueRow[]) => void;
}

interface Props {
  group: QueueGroup<QueueRow>;
  index: number;
  selectedId: string | null;
  readOnly: boolean;
  actions: GroupActions;
}

export const QueueGroupList = memo(function QueueGroupList({ group, index, selectedId, readOnly, actions }: Props) {
  const acceptable = bulkAcceptable(group.entries);
  const stances = group.entries.length - acceptable.length;
  const headingId = `queue-group-${index}`;
  const count = group.entries.length;
  return (
    <section className="queue-group" aria-labelledby={headingId}>
      <header className="queue-group__head">
        <h2 className="queue-group__title" id={headingId}>
          {group.label}
          <span className="pane-title__count">{count}</span>
        </h2>
        {!readOnly && (
          <span className="queue-group__actions">
            <button
              type="button"
              className="button button--small"
              disabled={acceptable.length === 0}
              onClick={() => actions.acceptAll(acceptable)}
              aria-label={`Accept ${acceptable.length} in “${group.label}”`}
              title={stances ? `Beliefs and findings (${stances}) are left for you to accept one by one` : 'Accept the whole group (Shift+A)'}
            >
              Accept {acceptable.length}
            </button>
            <button type="button" className="button button--small" onClick={() => actions.rejectAll(group.entries)} aria-label={`Reject ${count} in “${group.label}”`} title="Reject the whole group (Shift+R)">
              Reject {count}
            </button>
          </span>
        )}
      </header>
      <ul className="queue-list" role="listbox" aria-labelledby={headingId}>
        {group.entries.map((row) => (
          <QueueRowItem key={row.id} row={row} selected={row.id === selectedId} actions={actions} />
        ))}
      </ul>
    </section>
  );
});

/** One suggestion: its words, then where it is, who said it, whom it is about and how sure the suggester is. */
const QueueRowItem = memo(function QueueRowItem({ row, selected, actions }: { row: QueueRow; selected: boolean; actions: GroupActions }) {
  const s = row.suggestion;
  return (
    <li
      ref={(element) => actions.register(row.id, element)}
      className="suggestion-card queue-row"
      role="option"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      onClick={() => actions.select(row.id)}
    >
      <QuoteWords className="queue-row__text" kind={s.stance ? 'stance' : s.kind} words={s.text} as="p" />
      <span className="queue-row__meta">
        <span className="queue-row__article" title={row.articleTitle}>
          {row.articleTitle}
        </span>
        <span className={s.speaker ? 'queue-row__speaker' : 'queue-row__speaker queue-row__speaker--none'}>{s.speaker?.name ?? 'No speaker found'}</span>
        {s.about.length > 0 && (
          <span className="queue-row__about" title={`About ${s.about.map((a) => a.name).join(', ')}`}>
            about {s.about.map((a) => a.name).join(', ')}
          </span>
        )}
        <Confidence value={s.confidence} />
      </span>
    </li>
  );
});
