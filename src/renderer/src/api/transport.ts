/**
 * Picks how the renderer reaches the operations: the Electron preload bridge when it exists,
 * otherwise HTTP to `quotebook serve`. Nothing outside this folder knows which one is in use.
 */
import type { QuotebookApi } from '../../../shared/api/bridge';
import { createBridgeCaller, createMissingBridgeCaller, isDesktopPage } from './bridgeTransport';
import { createApi } from './createApi';
import { createHttpCaller } from './httpTransport';
import { openSession, redeemAtOwnServer, type SessionProblem } from './token';
import { createLiveConnection, messagePortPipe, webSocketPipe, type LiveConnection, type OpenPipe } from './live';

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

// Opened once at start-up: the launch code leaves the address bar before anything else runs.
let httpToken: string | null = null;
let sessionProblem: SessionProblem = null;
const sessionReady: Promise<void> =
  window.quotebook || bridgeMissing
    ? Promise.resolve()
    : openSession({
        location: window.location,
        history: window.history,
        storage: sessionStorageOrNull(),
        redeem: (code) => redeemAtOwnServer((...args) => window.fetch(...args), code),
      }).then((session) => {
        httpToken = session.token;
        sessionProblem = session.problem;
      });

// Why this tab was last refused access, shown above the panes until it has access again.
let refusal: string | null = null;
const refusalListeners = new Set<(message: string | null) => void>();
function setRefusal(message: string | null): void {
  if (message === refusal) return;
  refusal = message;
  for (const listener of refusalListeners) listener(message);
}

/** Why this tab cannot reach the notebook (no or a refused credential), or null. */
export function accessRefusal(): string | null {
  return refusal;
}

/** Hears when this tab is refused access; returns the unsubscribe. */
export function onAccessRefusal(listener: (message: string | null) => void): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

function httpApi(): QuotebookApi {
  return createApi(
    createHttpCaller({
      fetch: (...args) => window.fetch(...args),
      token: async () => {
        await sessionReady;
        return httpToken;
      },
      problem: () => sessionProblem,
      onRefused: setRefusal,
    }),
  );
}

/** The transport in use. */
export const transportKind: TransportKind = window.quotebook || bridgeMissing ? 'electron' : 'http';

/** Every operation of the contract, as one named function each; resolves to a Result, never rejects. */
export const api: QuotebookApi = window.quotebook
  ? createApi(createBridgeCaller(window.quotebook))
  : bridgeMissing
    ? createApi(createMissingBridgeCaller())
    : httpApi();

/** How this page reaches the live hub: a MessagePort from main in the desktop app, a WebSocket otherwise. */
function livePipe(): OpenPipe | null {
  const desktopLive = window.quotebookLive;
  if (window.quotebook) return desktopLive ? messagePortPipe((id) => desktopLive.connect(id)) : null;
  if (bridgeMissing) return null;
  return webSocketPipe(async () => {
    await sessionReady;
    return httpToken;
  });
}

/** The live channel to the notebook's owner (changes made elsewhere, notes edited together). */
export const live: LiveConnection = createLiveConnection(livePipe());
