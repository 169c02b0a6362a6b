/**
 * Parts of the window that the first screen (the shell and the library) does not show are loaded on
 * first use, so the app starts with less script to read. Each is a separate file of the build; the
 * loading state is one quiet line in the place the part will fill (or a part's own), and every such
 * part is fetched after start (preloadLazyParts): the reader at once after the first paint, the
 * rest in idle time, so a first click or shortcut rarely sees it.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** Fetched as soon as the first screen is painted: what an analyst most likely opens first. */
const soonLoaders = new Set<() => Promise<unknown>>();
/** Fetched in idle time a moment later. */
const loaders = new Set<() => Promise<unknown>>();

export interface LazyOptions<P> {
  /** Drawn while the code loads, with the part's own props; by default one line of muted text. */
  Fallback?: ComponentType<P>;
  /** Fetch right after the first paint instead of in idle time (the reader: an article may be opened at once). */
  soon?: boolean;
}

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading now (e.g. when a command is about to open it). */
  preload: () => Promise<unknown>;
};

/**
 * A component whose code is loaded the first time it is drawn. `load` is an `import()` of its
 * module, picking the export: `lazyComponent(() => import('./Big').then((m) => m.Big))`.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = <LoadingLine />,
  { Fallback, soon = false }: LazyOptions<P> = {},
): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  // A failed load (the app was updated, a file went missing) may be retried by drawing it again.
  const preload = () => (loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  }));
  (soon ? soonLoaders : loaders).add(preload);
  const Loaded = lazy(() => preload().then((component) => ({ default: component })));
  const Wrapper = (props: P) => (
    <Suspense fallback={Fallback ? <Fallback {...props} /> : fallback}>
      <Loaded {...props} />
    </Suspense>
  );
  return Object.assign(Wrapper, { preload });
}

/** What shows while a part loads: one line of muted text where the part will be. */
export function LoadingLine() {
  return (
    <p className="pane-note" role="status">
      Loading…
    </p>
  );
}

/**
 * Fetches every lazily loaded part once the first screen is up: the `soon` ones as soon as it has
 * been painted (a frame, then a task: after the browser has drawn it), the rest one after another
 * in idle time.
 */
export function preloadLazyParts(): () => void {
  let cancelled = false;
  let idle = 0;
  let painted = 0;
  const frame = requestAnimationFrame(() => {
    painted = window.setTimeout(() => {
      if (!cancelled) for (const load of soonLoaders) void load().catch(() => undefined);
    }, 0);
  });
  const pending = [...loaders];
  const next = () => {
    const load = pending.shift();
    if (cancelled || !load) return;
    void load().catch(() => undefined).finally(() => schedule());
  };
  const schedule = () => {
    if (cancelled) return;
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(next, { timeout: 4000 }) : window.setTimeout(next, 200);
  };
  const start = window.setTimeout(schedule, 1500);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(painted);
    window.clearTimeout(start);
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
