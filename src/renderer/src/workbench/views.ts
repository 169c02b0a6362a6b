/**
 * What the workspace can show. A view is a kind plus an id ("article:art_…", "note:…",
 * "actor:…"); features register how each kind is drawn in `registry.tsx`.
 */
export interface View {
  kind: string;
  id: string;
}

/** A stable key for tabs and persistence. */
export const viewKey = (view: View): string => `${view.kind}:${view.id}`;

/** True when both name the same thing. */
export const sameView = (a: View | null | undefined, b: View | null | undefined): boolean =>
  !!a && !!b && a.kind === b.kind && a.id === b.id;

/** Reads remembered tabs tolerantly: anything malformed is dropped, not trusted. */
export function acceptTabs(value: unknown): { tabs: View[]; active: number } | null {
  if (!value || typeof value !== 'object') return null;
  const { tabs, active } = value as { tabs?: unknown; active?: unknown };
  if (!Array.isArray(tabs)) return null;
  const clean = tabs.filter(
    (t): t is View => !!t && typeof t === 'object' && typeof (t as View).kind === 'string' && typeof (t as View).id === 'string',
  );
  const index = typeof active === 'number' && active >= 0 && active < clean.length ? active : clean.length - 1;
  return { tabs: clean.slice(0, 20), active: index };
}

/** Opens `view` (or focuses it if already open), keeping at most `max` tabs. */
export function openTab(state: { tabs: View[]; active: number }, view: View, max = 12): { tabs: View[]; active: number } {
  const existing = state.tabs.findIndex((t) => sameView(t, view));
  if (existing >= 0) return { tabs: state.tabs, active: existing };
  const tabs = [...state.tabs, view].slice(-max);
  return { tabs, active: tabs.length - 1 };
}

/** Closes `view`; the tab to its left (or right) becomes active, as in editors. */
export function closeTab(state: { tabs: View[]; active: number }, view: View): { tabs: View[]; active: number } {
  const index = state.tabs.findIndex((t) => sameView(t, view));
  if (index < 0) return state;
  const tabs = state.tabs.filter((_, i) => i !== index);
  let active = state.active;
  if (index < active || (index === active && active > 0)) active -= 1;
  return { tabs, active: Math.min(active, tabs.length - 1) };
}
