/** Refreshes after changes made elsewhere wait for the changes to pause, so typing in a live note is not interrupted by them. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietBatch } from '../../../../src/renderer/src/workbench/quietBatch';

describe('quietBatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the changes have been quiet for a moment', () => {
    const work = vi.fn();
    const batch = quietBatch(work, { quiet: 400, maxWait: 3000 });
    for (let i = 0; i < 10; i++) {
      batch.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('still runs during a steady stream of changes, at most maxWait after the first', () => {
    const work = vi.fn();
    const batch = quietBatch(work, { quiet: 400, maxWait: 3000 });
    for (let i = 0; i < 35; i++) {
      batch.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const work = vi.fn();
    const batch = quietBatch(work);
    batch.schedule();
    batch.cancel();
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
  });
});
