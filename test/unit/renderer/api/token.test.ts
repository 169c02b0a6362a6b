/** The page's session: a launch code leaves the address bar and is traded once for the token, kept in the tab. */
import { describe, expect, it } from 'vitest';
import { openSession, type TokenPlace } from '../../../../src/renderer/src/api/token';

function place(href: string, stored: Record<string, string> = {}, codes: Record<string, string> = {}) {
  const replaced: string[] = [];
  const storage = new Map(Object.entries(stored));
  const redeemed: string[] = [];
  const p: TokenPlace = {
    location: { href },
    history: { state: null, replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    redeem: async (code) => {
      redeemed.push(code);
      const token = codes[code] ?? null;
      delete codes[code]; // spent
      return token;
    },
  };
  return { place: p, replaced, storage, redeemed };
}

describe('openSession', () => {
  it('removes the launch code from the address, trades it for the token and keeps the token in the tab', async () => {
    const p = place('http://127.0.0.1:5190/?launch=code1&x=1#reader', {}, { code1: 'tok' });
    expect(await openSession(p.place)).toEqual({ token: 'tok', problem: null });
    expect(p.replaced).toEqual(['/?x=1#reader']);
    expect(p.redeemed).toEqual(['code1']);
    expect(p.storage.get('quotebook.token')).toBe('tok');
  });

  it('uses the token the tab kept after a reload, and never reads a token from the address', async () => {
    const p = place('http://127.0.0.1:5190/', { 'quotebook.token': 'kept' });
    expect(await openSession(p.place)).toEqual({ token: 'kept', problem: null });
    expect(p.replaced).toEqual([]);
    const old = place('http://127.0.0.1:5190/?token=leaked');
    expect(await openSession(old.place)).toEqual({ token: null, problem: 'missing' });
    expect(old.replaced).toEqual(['/']);
  });

  it('says the address was spent when its code no longer works, and survives disabled storage', async () => {
    const spent = place('http://127.0.0.1:5190/?launch=used');
    expect(await openSession(spent.place)).toEqual({ token: null, problem: 'spent' });
    const broken = place('http://127.0.0.1:5190/?launch=c', {}, { c: 't' });
    broken.place.storage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(await openSession(broken.place)).toEqual({ token: 't', problem: null });
  });
});
