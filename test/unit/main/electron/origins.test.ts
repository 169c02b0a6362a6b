import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, devServerOrigin, originOf, trustedOrigins } from '../../../../src/main/electron/origins';

describe('originOf', () => {
  it.each([
    ['app://quotebook/index.html', 'app://quotebook'],
    ['APP://Quotebook/x', 'app://quotebook'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://example.org/a?b#c', 'https://example.org'],
  ])('%s → %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each(['not a url', 'app://evil@quotebook/', 'file:///etc/passwd', 'about:blank', 'javascript:alert(1)'])(
    'has no usable origin for %s',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );

  it('agrees with the entry URL', () => {
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN);
  });
});

describe('devServerOrigin', () => {
  it('accepts the loopback Vite server in development', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
  });

  it('is ignored in a packaged app', () => {
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
  });

  it.each([undefined, '', 'https://localhost:5173', 'http://example.org:5173', 'http://192.168.1.2:5173', 'garbage'])(
    'refuses %s',
    (url) => {
      expect(devServerOrigin(url, false)).toBeNull();
    },
  );

  it('trusts the app origin, plus the dev server when there is one', () => {
    expect(trustedOrigins(null)).toEqual([APP_ORIGIN]);
    expect(trustedOrigins('http://localhost:5173')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
  });
});
