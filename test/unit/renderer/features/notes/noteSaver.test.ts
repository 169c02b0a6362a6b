/**
 * The order of a note's saves, and the last one before the desktop window closes: it must not be
 * skipped because an earlier save is still on its way (the window would otherwise close, and the
 * page with it, while the save loop waits).
 */
import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, createNoteSaver, type SaveState } from '../../../../../src/renderer/src/features/notes/editor/noteSaver';
import type { Result } from '../../../../../src/shared/api/result';
import type { Note } from '../../../../../src/shared/model';

/** A saver whose sends wait until the test answers them; `text` is what the editor holds now. */
function harness() {
  const editor = { text: '' };
  const sent: { text: string; answer: (r: Result<Note>) => void }[] = [];
  const states: SaveState[] = [];
  const timers: (() => void)[] = [];
  const deps = {
    send: vi.fn(() => new Promise<Result<Note>>((resolve) => sent.push({ text: editor.text, answer: resolve }))),
    keepDraft: vi.fn(),
    removeDraft: vi.fn(),
    report: (state: SaveState) => states.push(state),
    onSaved: vi.fn(),
    onError: vi.fn(),
    delays: { save: 800, retry: 5000 },
    setTimer: (fn: () => void) => timers.push(fn),
    clearTimer: vi.fn(),
  };
  const saver = createNoteSaver(deps);
  const type = (text: string) => {
    editor.text = text;
    saver.changed();
  };
  const ok = { ok: true, value: { id: 'n1' } as Note } as const;
  return { saver, deps, sent, states, type, ok };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const unloadEvent = () => ({ preventDefault: vi.fn(), returnValue: undefined as unknown });

describe('closing the desktop window while a note save is in flight', () => {
  it('holds the close, saves the last text after the one in flight, then closes', async () => {
    const { saver, sent, type, ok } = harness();
    type('first draft');
    void saver.flush(); // an autosave is on its way
    await tick();
    type('first draft, and the last sentence');

    const close = vi.fn();
    const guard = createCloseGuard(saver, close);
    const event = unloadEvent();
    guard(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();

    sent[0]!.answer(ok);
    await tick();
    expect(sent.map((s) => s.text)).toEqual(['first draft', 'first draft, and the last sentence']);
    expect(close).not.toHaveBeenCalled();
    sent[1]!.answer(ok);
    await tick();
    expect(close).toHaveBeenCalledTimes(1);

    // Closed again by that call: nothing is pending, so it goes through.
    const again = unloadEvent();
    guard(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the window close at once when everything is saved', () => {
    const { saver } = harness();
    const event = unloadEvent();
    createCloseGuard(saver, vi.fn())(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('when the last save fails: keeps the window open (the failure is shown), and the next close goes through with the draft kept', async () => {
    const { saver, sent, type, deps } = harness();
    type('words');
    const close = vi.fn();
    const guard = createCloseGuard(saver, close);
    const event = unloadEvent();
    guard(event);
    expect(deps.keepDraft).toHaveBeenCalled();
    sent[0]!.answer({ ok: false, error: { code: 'internal', message: 'disk full' } });
    await tick();
    expect(close).not.toHaveBeenCalled();
    expect(deps.onError).toHaveBeenCalledWith({ code: 'internal', message: 'disk full' });
    const second = unloadEvent();
    guard(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});

describe('createNoteSaver', () => {
  it('never sends two saves at once, and saves a change made during a save right after it', async () => {
    const { saver, sent, type, ok, states } = harness();
    type('a');
    const first = saver.flush();
    await tick();
    type('ab');
    const second = saver.flush();
    await tick();
    expect(sent).toHaveLength(1);
    sent[0]!.answer(ok);
    await tick();
    expect(sent.map((s) => s.text)).toEqual(['a', 'ab']);
    sent[1]!.answer(ok);
    await expect(first).resolves.toBe(true);
    await expect(second).resolves.toBe(true);
    expect(states.at(-1)).toBe('saved');
    expect(saver.pending()).toBe(false);
  });
});
