/**
 * The browser edition's page is opened as `/?token=…`. The token is read from the address once,
 * kept in sessionStorage (so a reload still works) and removed from the address bar so it does
 * not end up in bookmarks, history or screenshots.
 */

const STORAGE_KEY = 'quotebook.token';

export interface TokenPlace {
  location: { href: string };
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** Takes the token from the address (removing it there) or from session storage. */
export function takeToken(place: TokenPlace): string | null {
  const url = new URL(place.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    url.searchParams.delete('token');
    place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    try {
      place.storage?.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token then lives only as long as this page.
    }
    return fromUrl;
  }
  try {
    return place.storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
