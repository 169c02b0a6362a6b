import { describe, expect, it } from 'vitest';
import { acceptLayout, DEFAULT_LAYOUT, PANE_LIMITS, resizePane, togglePane } from '../../../../src/renderer/src/ui/layout';
import { nextIndex, onListboxKey } from '../../../../src/renderer/src/ui/listKeys';

describe('pane layout', () => {
  it('clamps widths to the pane limits', () => {
    expect(resizePane(DEFAULT_LAYOUT, 'navigator', 9999).navigator).toEqual({ width: PANE_LIMITS.navigator.max, collapsed: false });
    expect(resizePane(DEFAULT_LAYOUT, 'inspector', PANE_LIMITS.inspector.collapseBelow + 1).inspector.width).toBe(PANE_LIMITS.inspector.min);
  });

  it('collapses when dragged far below the minimum, keeping the last width', () => {
    const collapsed = resizePane(DEFAULT_LAYOUT, 'navigator', 40);
    expect(collapsed.navigator).toEqual({ width: DEFAULT_LAYOUT.navigator.width, collapsed: true });
    expect(resizePane(collapsed, 'navigator', 300).navigator).toEqual({ width: 300, collapsed: false });
  });

  it('returns the same object when nothing changes', () => {
    expect(resizePane(DEFAULT_LAYOUT, 'navigator', DEFAULT_LAYOUT.navigator.width)).toBe(DEFAULT_LAYOUT);
  });

  it('toggles a pane', () => {
    const hidden = togglePane(DEFAULT_LAYOUT, 'inspector');
    expect(hidden.inspector.collapsed).toBe(true);
    expect(togglePane(hidden, 'inspector')).toEqual(DEFAULT_LAYOUT);
  });

  it('accepts only well-formed stored layouts', () => {
    expect(acceptLayout(null)).toBeNull();
    expect(acceptLayout({ navigator: { width: 'wide', collapsed: false }, inspector: DEFAULT_LAYOUT.inspector })).toBeNull();
    expect(acceptLayout({ navigator: { width: 5000, collapsed: true }, inspector: DEFAULT_LAYOUT.inspector })).toEqual({
      navigator: { width: PANE_LIMITS.navigator.max, collapsed: true },
      inspector: DEFAULT_LAYOUT.inspector,
    });
  });
});

describe('nextIndex', () => {
  it('moves within the list and stops at the ends', () => {
    expect(nextIndex('ArrowDown', 0, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextIndex('ArrowUp', 0, 3)).toBe(0);
    expect(nextIndex('ArrowUp', -1, 3)).toBe(0);
    expect(nextIndex('End', 0, 3)).toBe(2);
    expect(nextIndex('Home', 2, 3)).toBe(0);
    expect(nextIndex('PageDown', 0, 30)).toBe(10);
    expect(nextIndex('PageUp', 5, 30)).toBe(0);
    expect(nextIndex('a', 0, 3)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('onListboxKey', () => {
  const press = (key: string, index: number, count = 3) => {
    const seen = { opened: -1, movedTo: -1, prevented: false };
    onListboxKey({ key, preventDefault: () => (seen.prevented = true) }, { index, count, open: (i) => (seen.opened = i), moveTo: (i) => (seen.movedTo = i), list: null });
    return seen;
  };

  it('opens the row in hand with Enter or Space', () => {
    expect(press('Enter', 1)).toEqual({ opened: 1, movedTo: -1, prevented: true });
    expect(press(' ', 2)).toEqual({ opened: 2, movedTo: -1, prevented: true });
    expect(press('Enter', 0, 0)).toEqual({ opened: -1, movedTo: -1, prevented: false });
  });

  it('moves with the navigation keys and leaves other keys to the page', () => {
    expect(press('ArrowDown', 1)).toEqual({ opened: -1, movedTo: 2, prevented: true });
    expect(press('Home', 2)).toEqual({ opened: -1, movedTo: 0, prevented: true });
    expect(press('x', 1)).toEqual({ opened: -1, movedTo: -1, prevented: false });
  });
});
