import { describe, expect, it } from 'vitest';
import { bridgeMessages, createMissingBridgeCaller, isDesktopPage } from '../../../../src/renderer/src/api/bridgeTransport';

describe('a desktop window whose preload failed', () => {
  it('is recognised by its app:// page or Electron’s user agent, and a browser tab is not', () => {
    expect(isDesktopPage({ protocol: 'app:', userAgent: 'Mozilla/5.0 Chrome/144.0' })).toBe(true);
    expect(isDesktopPage({ protocol: 'http:', userAgent: 'Mozilla/5.0 Chrome/144.0 Electron/40.10.2 Safari/537.36' })).toBe(true);
    expect(isDesktopPage({ protocol: 'http:', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/144.0 Safari/537.36' })).toBe(false);
  });

  it('answers every call by saying the preload failed, never by asking for a server token', async () => {
    const result = await createMissingBridgeCaller()('articles:list', {});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: bridgeMessages.preloadFailed } });
    expect(bridgeMessages.preloadFailed).toMatch(/preload/);
    expect(bridgeMessages.preloadFailed).not.toMatch(/token|serve/);
  });
});
