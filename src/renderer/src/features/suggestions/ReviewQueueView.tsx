/**
 * The review queue: the open suggestions of many articles in one list, grouped by speaker or by
 * the wording of the attribution, likeliest first, to decide by keyboard — J/K move, A accepts,
 * R rejects, E changes the speaker, Shift+A/Shift+R decide the whole group, Ctrl+Z undoes.
 * Opening it suggests the chosen articles one after another, with progress and Cancel.
 */
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { bulkAcceptable, flattenGroups, groupQueue, nextAfterRemoval, type QueueGroupOrder, type QueueGrouping } from '../../../../shared/suggest/queue';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from '../../ui/format';
import { nextIndex } from '../../ui/listKeys';
import { usePersistentState } from '../../ui/usePersistentState';
import type { View } from '../../workbench/views';
import { useWorkbench } from '../../workbench/WorkbenchContext';
import { QueueGroupList, type GroupActions } from './QueueGroupList';
import { acceptRows, cancelQueue, queueArticles, rejectRows, selectRow, startQueue, undoLabel, undoLast, useQueueRows, useQueueRun, type QueueRow } from './reviewQueue';
import { requestAboutEdit, requestSpeakerEdit } from './suggestionKeys';
import './reviewQueue.css';

const acceptGrouping = (v: unknown): QueueGrouping | null => (v === 'speaker' || v === 'clause' ? v : null);
const acceptOrder = (v: unknown): QueueGroupOrder | null => (v === 'confidence' || v === 'size' ? v : null);
// J and K move as in the reader; the arrows, Home, End and the page keys as in every list.
const MOVES: Record<string, string> = { j: 'ArrowDown', J: 'ArrowDown', k: 'ArrowUp', K: 'ArrowUp' };

export function ReviewQueueView({ view }: { view: View }) {
  const wb = useWorkbench();
  const articles = wb.articles.value;
  const titles = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a.title])), [articles]);
  const run = useQueueRun(view.id);
  const rows = useQueueRows(run, titles);
  const [grouping, setGrouping] = usePersistentState<QueueGrouping>('queue.grouping', 'speaker', acceptGrouping);
  const [order, setOrder] = usePersistentState<QueueGroupOrder>('queue.order', 'confidence', acceptOrder);
  const groups = useMemo(() => groupQueue(rows, grouping, order), [rows, grouping, order]);
  const flat = useMemo(() => flattenGroups(groups), [groups]);
  // When the row in hand goes (decided in the inspector, or elsewhere), the one now in its place takes over.
  const lastIndex = useRef(0);
  const held = run?.chosen && run.selectedId ? flat.findIndex((r) => r.id === run.selectedId) : -1;
  if (held >= 0) lastIndex.current = held;
  const selectedId = held >= 0 ? run!.selectedId : (flat[Math.min(lastIndex.current, flat.length - 1)]?.id ?? null);
  const readOnly = wb.info.value?.readOnly ?? false;
  const elements = useRef(new Map<string, HTMLLIElement>());
  const latest = useRef({ flat, wb });
  useEffect(() => {
    latest.current = { flat, wb };
  });

  // Opened from a command or the library, the queue starts suggesting its articles at once.
  useEffect(() => {
    if (!run && articles) void startQueue(view.id, queueArticles(view.id, articles.map((a) => a.id)));
  }, [run, articles, view.id]);
  // The row in hand is shared with the inspector: keep it on a row that is still there.
  useEffect(() => {
    if (run && run.selectedId !== selectedId) selectRow(selectedId, { chosen: false });
  }, [run, selectedId]);
  useEffect(() => {
    if (selectedId) elements.current.get(selectedId)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  // After a decision the keyboard goes back to the row in hand, unless the analyst has moved it on meanwhile (to a field, say).
  const focusSelected = () =>
    requestAnimationFrame(() => {
      const here = document.activeElement;
      if (here && here !== document.body && !here.closest('.queue-row, .review-queue__undo, .queue-group__actions')) return;
      document.querySelector<HTMLElement>('.queue-row[aria-selected="true"]')?.focus();
    });
  const decide = useCallback(async (chosen: readonly QueueRow[], how: 'accept' | 'reject') => {
    const { flat, wb } = latest.current;
    const next = nextAfterRemoval(flat, chosen.map((r) => r.id));
    const done = how === 'accept' ? await acceptRows(chosen, wb) : await rejectRows(chosen, wb);
    if (done) selectRow(next);
    focusSelected();
  }, []);
  const actions = useMemo<GroupActions>(
    () => ({
      register: (id, element) => (element ? elements.current.set(id, element) : elements.current.delete(id)),
      select: selectRow,
      acceptAll: (chosen) => void decide(chosen, 'accept'),
      rejectAll: (chosen) => void decide(chosen, 'reject'),
    }),
    [decide],
  );

  const undo = () => void undoLast(wb).then(focusSelected);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.closest('button, input, select')) return;
    const key = event.key;
    const selected = flat.find((r) => r.id === selectedId);
    const group = groups.find((g) => g.entries.some((r) => r.id === selectedId));
    const move = nextIndex(MOVES[key] ?? key, flat.findIndex((r) => r.id === selectedId), flat.length, 8);
    let act: (() => void) | null = null;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z' && !event.shiftKey) act = undo;
    else if (event.ctrlKey || event.metaKey || event.altKey) return;
    else if (move !== null) {
      const target = flat[move]!;
      act = () => (selectRow(target.id), elements.current.get(target.id)?.focus());
    } else if (readOnly || !selected || !group) {
      if (selected && (key === 'e' || key === 'E')) act = requestSpeakerEdit;
      else if (selected && (key === 'o' || key === 'O')) act = requestAboutEdit;
    }
    // Shift (not Caps Lock) makes A and R decide the whole group.
    else if (event.shiftKey && (key === 'A' || key === 'a')) act = () => actions.acceptAll(bulkAcceptable(group.entries));
    else if (event.shiftKey && (key === 'R' || key === 'r')) act = () => actions.rejectAll(group.entries);
    else if (key === 'a' || key === 'A' || key === 'Enter') act = () => void decide([selected], 'accept');
    else if (key === 'r' || key === 'R' || key === 'Delete' || key === 'Backspace') act = () => void decide([selected], 'reject');
    else if (key === 'e' || key === 'E') act = requestSpeakerEdit;
    else if (key === 'o' || key === 'O') act = requestAboutEdit;
    if (!act) return;
    event.preventDefault();
    act();
  };

  const total = run?.articleIds.length ?? 0;
  const undoWhat = undoLabel(run);
  return (
    <div className="review-queue" role="region" aria-label="Review queue" onKeyDown={onKeyDown}>
      <header className="review-queue__head">
        <h1 className="review-queue__title">
          Review suggestions
          <span className="pane-title__count">{rows.length.toLocaleString()}</span>
        </h1>
        <div className="review-queue__toolbar">
          <label className="review-queue__choice">
            <span>Group by</span>
            <select className="select" value={grouping} onChange={(e) => setGrouping(acceptGrouping(e.target.value) ?? 'speaker')}>
              <option value="speaker">Speaker</option>
              <option value="clause">Attribution wording</option>
            </select>
          </label>
          <label className="review-queue__choice">
            <span>Order groups</span>
            <select className="select" value={order} onChange={(e) => setOrder(acceptOrder(e.target.value) ?? 'confidence')}>
              <option value="confidence">Likeliest first</option>
              <option value="size">Largest first</option>
            </select>
          </label>
          <button type="button" className="button button--small review-queue__undo" disabled={!undoWhat} onClick={undo} aria-keyshortcuts="Control+Z" title={undoWhat ? `Undo ${undoWhat} (Ctrl+Z)` : 'Nothing to undo yet'}>
            {undoWhat ? `Undo ${undoWhat}` : 'Undo'}
          </button>
        </div>
      </header>
      {run?.status === 'running' && (
        <div className="review-queue__progress" role="status">
          <span>
            Suggesting… {run.done.toLocaleString()} of {plural(total, 'article')}
          </span>
          <progress max={total} value={run.done} aria-label="Articles suggested" />
          <button type="button" className="button button--small" onClick={cancelQueue}>
            Cancel
          </button>
        </div>
      )}
      {run?.status === 'cancelled' && (
        <p className="review-queue__progress" role="status">
          Stopped after {run.done} of {plural(total, 'article')}.{' '}
          <button type="button" className="button button--small" onClick={() => void startQueue(run.key, run.articleIds)}>
            Suggest the rest
          </button>
        </p>
      )}
      {run && run.failed.length > 0 && (
        <p className="review-queue__failed" role="alert">
          {plural(run.failed.length, 'article')} could not be suggested: {run.failed.map((f) => `${titles.get(f.articleId) ?? f.articleId} (${f.message})`).join('; ')}
        </p>
      )}
      <p className="review-queue__keys">
        <kbd>J</kbd>/<kbd>K</kbd> move · <kbd>A</kbd> accept · <kbd>R</kbd> reject · <kbd>E</kbd> speaker · <kbd>O</kbd> about · <kbd>Shift</kbd>+<kbd>A</kbd>/<kbd>R</kbd> group · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
      </p>
      {run?.status !== 'running' && run && rows.length === 0 && (
        <EmptyState title="Nothing left to review">
          <p>The suggestions of {plural(total, 'article')} are all decided, or none were found. Undo takes back the last decision.</p>
        </EmptyState>
      )}
      <div className="review-queue__groups">
        {groups.map((group, index) => (
          <QueueGroupList key={group.key} group={group} index={index} selectedId={selectedId} readOnly={readOnly} actions={actions} />
        ))}
      </div>
    </div>
  );
}
