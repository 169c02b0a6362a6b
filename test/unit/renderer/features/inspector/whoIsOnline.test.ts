import { describe, expect, it } from 'vitest';
import { whoIsOnline } from '../../../../../src/renderer/src/features/inspector/whoIsOnline';

const ana = { id: 'a1', name: 'Ana' };
const ben = { id: 'a2', name: 'Ben' };
const people = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli'].map((name, i) => ({ id: `p${i}`, name }));

describe('who is online', () => {
  it('says nothing when this window is the only one and no teammate is online', () => {
    expect(whoIsOnline({ teammates: [], windows: 1, windowWord: 'window' })).toBeNull();
    expect(whoIsOnline({ teammates: [], windows: 0, windowWord: 'tab' })).toBeNull();
  });

  it('names the teammates online', () => {
    expect(whoIsOnline({ teammates: [ana], windows: 1, windowWord: 'window' })).toBe('Online: Ana');
    expect(whoIsOnline({ teammates: [ana, ben], windows: 1, windowWord: 'window' })).toBe('Online: Ana and Ben');
  });

  it('names three and counts the rest, so the line stays short', () => {
    expect(whoIsOnline({ teammates: people, windows: 1, windowWord: 'window' })).toBe('Online: Ana, Ben, Cleo and 2 others');
    expect(whoIsOnline({ teammates: people.slice(0, 4), windows: 1, windowWord: 'window' })).toBe('Online: Ana, Ben, Cleo and 1 other');
  });

  it('counts this computer’s other windows, or tabs in the browser edition', () => {
    expect(whoIsOnline({ teammates: [], windows: 2, windowWord: 'window' })).toBe('Also open in 1 other window here');
    expect(whoIsOnline({ teammates: [], windows: 3, windowWord: 'tab' })).toBe('Also open in 2 other tabs here');
    expect(whoIsOnline({ teammates: [ana, ben], windows: 2, windowWord: 'tab' })).toBe('Online: Ana and Ben · also open in 1 other tab here');
  });
});
