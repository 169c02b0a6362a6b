/**
 * Parts of the window that the first screen (library and reader) does not show are loaded on first
 * use, so the app starts with less script to read. Each is a separate file of the build; the
 * loading state is one quiet line in the place the part will fill, and every such part is fetched
 * in idle time after start (preloadLazyParts), so a first click or shortcut rarely sees it.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

const loaders = new Set<() => Promise<unknown>>();

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading now (e.g. when a command is about to open it). */
  preload: () => Promise<unknown>;
};

/**
 * A component whose code is loaded the first time it is drawn. `load` is an `import()` of its
 * module, picking the export: `lazyComponent(() => import('./Big').then((m) => m.Big))`.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = <LoadingLine />): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | null = null;
  // A failed load (the app was updated, a file went missing) may be retried by drawing it again.
  const preload = () => (loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  }));
  loaders.add(preload);
  const Loaded = lazy(() => preload().then((component) => ({ default: component })));
  const Wrapper = (props: P) => (
    <Suspense fallback={fallback}>
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

/** Fetches every lazily loaded part, one after another in idle time, once the first screen is up. */
export function preloadLazyParts(): () => void {
  let cancelled = false;
  let idle = 0;
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
    window.clearTimeout(start);
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
