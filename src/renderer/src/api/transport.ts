/**
 * Picks how the renderer reaches the operations: the Electron preload bridge when it exists,
 * otherwise HTTP to `quotebook serve`. Nothing outside this folder knows which one is in use.
 */
import type { QuotebookApi } from '../../../shared/api/bridge';
import { createBridgeCaller, createMissingBridgeCaller, isDesktopPage } from './bridgeTransport';
import { createApi } from './createApi';
import { createHttpCaller } from './httpTransport';
import { takeToken } from './token';
import { createLiveConnection, webSocketPipe, type LiveConnection } from './live';

/** Which front door this page came through. */
export type TransportKind = 'electron' | 'http';

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The desktop window, but its preload failed: say that, rather than talk about a server. */
const bridgeMissing = !window.quotebook && isDesktopPage({ protocol: window.location.protocol, userAgent: window.navigator.userAgent });

// Read once at start-up: the address bar is cleaned immediately after.
const httpToken = window.quotebook || bridgeMissing ? null : takeToken({ location: window.location, history: window.history, storage: sessionStorageOrNull() });

function httpApi(): QuotebookApi {
  return createApi(createHttpCaller({ fetch: (...args) => window.fetch(...args), token: () => httpToken }));
}

/** The transport in use. */
export const transportKind: TransportKind = window.quotebook || bridgeMissing ? 'electron' : 'http';

/** Every operation of the contract, as one named function each; resolves to a Result, never rejects. */
export const api: QuotebookApi = window.quotebook
  ? createApi(createBridgeCaller(window.quotebook))
  : bridgeMissing
    ? createApi(createMissingBridgeCaller())
    : httpApi();

/** The live channel to the notebook's owner (changes made elsewhere, notes edited together). */
export const live: LiveConnection = createLiveConnection(window.quotebook || bridgeMissing ? null : webSocketPipe(() => httpToken));
