import { describe, expect, it } from 'vitest';
import { takeToken, type TokenPlace } from '../../../../src/renderer/src/api/token';

function place(href: string, stored: Record<string, string> = {}) {
  const replaced: string[] = [];
  const storage = new Map(Object.entries(stored));
  const p: TokenPlace = {
    location: { href },
    history: { state: null, replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
  };
  return { place: p, replaced, storage };
}

describe('takeToken', () => {
  it('reads the token from the address, stores it and removes it from the address bar', () => {
    const p = place('http://127.0.0.1:5190/?token=abc123&x=1#reader');
    expect(takeToken(p.place)).toBe('abc123');
    expect(p.replaced).toEqual(['/?x=1#reader']);
    expect(p.storage.get('quotebook.token')).toBe('abc123');
  });

  it('falls back to the stored token after a reload', () => {
    const p = place('http://127.0.0.1:5190/', { 'quotebook.token': 'kept' });
    expect(takeToken(p.place)).toBe('kept');
    expect(p.replaced).toEqual([]);
  });

  it('returns null when there is no token anywhere, and survives disabled storage', () => {
    expect(takeToken(place('http://127.0.0.1:5190/').place)).toBeNull();
    const broken = place('http://127.0.0.1:5190/?token=t');
    broken.place.storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(takeToken(broken.place)).toBe('t');
  });
});
