/**
 * Picks how the renderer reaches the operations: the Electron preload bridge when it exists,
 * otherwise HTTP to `quotebook serve`. Nothing outside this folder knows which one is in use.
 */
import type { QuotebookApi } from '../../../shared/api/bridge';
import { createBridgeCaller } from './bridgeTransport';
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

// Read once at start-up: the address bar is cleaned immediately after.
const httpToken = window.quotebook ? null : takeToken({ location: window.location, history: window.history, storage: sessionStorageOrNull() });

function httpApi(): QuotebookApi {
  return createApi(createHttpCaller({ fetch: (...args) => window.fetch(...args), token: () => httpToken }));
}

/** The transport in use. */
export const transportKind: TransportKind = window.quotebook ? 'electron' : 'http';

/** Every operation of the contract, as one named function each; resolves to a Result, never rejects. */
export const api: QuotebookApi = window.quotebook ? createApi(createBridgeCaller(window.quotebook)) : httpApi();

/** The live channel to the notebook's owner (changes made elsewhere, notes edited together). */
export const live: LiveConnection = createLiveConnection(window.quotebook ? null : webSocketPipe(() => httpToken));
