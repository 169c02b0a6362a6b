/**
 * Waiting until the frame the analyst is waiting for has been painted. A key like Q or J should
 * show its result in the next frame; starting a request costs the page a few milliseconds (more
 * on a busy machine) that it would otherwise spend before that frame, and its answer cannot
 * arrive before the frame anyway. So such requests start here, in the first task after the paint.
 */

/** How long to wait at most when no frame comes (a hidden page paints none). */
const NO_FRAME_MS = 100;

/** Resolves in the first task after the next frame has been painted (at once-ish where there are no frames). */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, NO_FRAME_MS);
    // The frame callback runs before the paint; a task queued from it runs after.
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}
