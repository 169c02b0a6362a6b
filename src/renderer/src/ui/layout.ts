/**
 * The three-pane layout as plain data: each side pane has a width and may be collapsed. Kept in
 * localStorage; pure functions so resizing rules are tested without a DOM.
 */

export type SidePane = 'navigator' | 'inspector';

export interface PaneState {
  width: number;
  collapsed: boolean;
}

export type Layout = Record<SidePane, PaneState>;

/** Width limits in CSS pixels; dragging below `collapseBelow` collapses the pane. */
export const PANE_LIMITS: Record<SidePane, { min: number; max: number; initial: number; collapseBelow: number }> = {
  navigator: { min: 220, max: 480, initial: 288, collapseBelow: 140 },
  inspector: { min: 260, max: 560, initial: 336, collapseBelow: 160 },
};

/** The layout of a first run. */
export const DEFAULT_LAYOUT: Layout = {
  navigator: { width: PANE_LIMITS.navigator.initial, collapsed: false },
  inspector: { width: PANE_LIMITS.inspector.initial, collapsed: false },
};

const clampWidth = (pane: SidePane, width: number) => Math.round(Math.min(PANE_LIMITS[pane].max, Math.max(PANE_LIMITS[pane].min, width)));

/** Sets a pane's width as a drag or a key asks; far below the minimum it collapses instead. */
export function resizePane(layout: Layout, pane: SidePane, width: number): Layout {
  const current = layout[pane];
  const next: PaneState =
    width < PANE_LIMITS[pane].collapseBelow
      ? { ...current, collapsed: true }
      : { width: clampWidth(pane, width), collapsed: false };
  if (next.width === current.width && next.collapsed === current.collapsed) return layout;
  return { ...layout, [pane]: next };
}

/** Collapses an open pane or reopens a collapsed one at its last width. */
export function togglePane(layout: Layout, pane: SidePane): Layout {
  return { ...layout, [pane]: { ...layout[pane], collapsed: !layout[pane].collapsed } };
}

/** A stored layout if it is well-formed (widths clamped), otherwise null. */
export function acceptLayout(value: unknown): Layout | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Partial<Record<SidePane, Partial<PaneState>>>;
  const pane = (name: SidePane): PaneState | null => {
    const state = stored[name];
    if (!state || typeof state.width !== 'number' || !Number.isFinite(state.width) || typeof state.collapsed !== 'boolean') return null;
    return { width: clampWidth(name, state.width), collapsed: state.collapsed };
  };
  const navigator = pane('navigator');
  const inspector = pane('inspector');
  return navigator && inspector ? { navigator, inspector } : null;
}
