/**
 * Lists are loaded again after changes made elsewhere, once those pause. The window's own typing
 * in a live note (a change per keystroke) refreshes the notes list only when the typing pauses,
 * never in the middle of it; anything else still shows up within a few seconds.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveRefresh } from '../../../../src/renderer/src/workbench/liveRefresh';
import { isEditedHere, markEditedHere } from '../../../../src/renderer/src/api/notesEditedHere';

const note = (id: string) => ({ refs: [{ kind: 'note' as const, id }] });

describe('liveRefresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('leaves the window alone during long typing in a note open here, and refreshes the notes list after the pause', () => {
    const refresh = vi.fn();
    const lists = liveRefresh(refresh, (id) => id === 'typed');
    // Ten seconds of keystrokes, each saved by the owner and announced back.
    for (let i = 0; i < 100; i++) {
      lists.changed(note('typed'));
      vi.advanceTimersByTime(100);
    }
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(refresh.mock.calls).toEqual([['notes']]);
  });

  it('still shows a steady stream of changes made elsewhere every few seconds', () => {
    const refresh = vi.fn();
    const lists = liveRefresh(refresh, () => false);
    for (let i = 0; i < 100; i++) {
      lists.changed(note('elsewhere'));
      vi.advanceTimersByTime(100);
    }
    expect(refresh.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(refresh.mock.calls.every((areas) => areas.length === 1 && areas[0] === 'notes')).toBe(true);
  });

  it('loads what changed elsewhere during the typing without waiting for the pause, once, and never "everything" by mistake', () => {
    const refresh = vi.fn();
    const lists = liveRefresh(refresh, (id) => id === 'typed');
    for (let i = 0; i < 50; i++) {
      lists.changed(note('typed'));
      if (i === 10) lists.changed({ refs: [{ kind: 'article', id: 'a1' }] });
      vi.advanceTimersByTime(100);
    }
    // The article changed: it (and the notes seen so far) was loaded within the max wait.
    expect(refresh.mock.calls[0]!.sort()).toEqual(['articles', 'info', 'notes']);
    vi.advanceTimersByTime(2000);
    for (const areas of refresh.mock.calls) expect(areas.length).toBeGreaterThan(0);
    lists.cancel();
  });
});

describe('notesEditedHere', () => {
  it('counts a note opened twice until both are closed; closing twice is harmless', () => {
    const closeA = markEditedHere('n1');
    const closeB = markEditedHere('n1');
    closeA();
    closeA();
    expect(isEditedHere('n1')).toBe(true);
    closeB();
    expect(isEditedHere('n1')).toBe(false);
  });
});
