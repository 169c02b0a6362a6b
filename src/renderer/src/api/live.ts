/**
 * This window's live channel to the process that owns the notebook (see
 * src/shared/live/protocol.ts): it hears what changed anywhere (another window, the command line,
 * a teammate's sync) and carries the notes edited together. It reconnects by itself; features
 * subscribe to changes and to one note's frames, and never see the transport.
 */
import { decodeFrame, encodeFrame, encodeJsonFrame, livePortMessageId, LiveType, readJson, type LiveChange, type LiveFrame, type LivePresence } from '../../../shared/live/protocol';

export type LiveStatus = 'connecting' | 'open' | 'closed';

/** What carries the frames: a WebSocket in the browser edition, a MessagePort in the desktop app. */
export interface LivePipe {
  send(frame: Uint8Array): void;
  close(): void;
}

export type OpenPipe = (handlers: { onOpen: () => void; onFrame: (bytes: Uint8Array) => void; onClose: () => void }) => LivePipe;

export interface LiveConnection {
  /** False when this front door has no live channel (notes are then saved whole). */
  readonly available: boolean;
  status(): LiveStatus;
  onStatus(listener: (status: LiveStatus) => void): () => void;
  /** Hears what changed in the notebook. */
  onChanged(listener: (change: LiveChange) => void): () => void;
  /** Frames about one document (synced, update, error). */
  onDocument(name: string, listener: (frame: LiveFrame) => void): () => void;
  /** Sends a frame; false when the channel is not open (the caller retries after reconnecting). */
  send(frame: Uint8Array): boolean;
  /** Who this window edits as (the notebook copy's author), once the channel is open. */
  author(): { id: string; name: string } | null;
  /** How many windows have the notebook open through the owner (this one included); null while closed. */
  presence(): LivePresence | null;
  onPresence(listener: (presence: LivePresence | null) => void): () => void;
}

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/** A connection that keeps itself open with `openPipe`. */
export function createLiveConnection(openPipe: OpenPipe | null): LiveConnection {
  let status: LiveStatus = 'closed';
  let pipe: LivePipe | null = null;
  let attempt = 0;
  let author: { id: string; name: string } | null = null;
  const statusListeners = new Set<(status: LiveStatus) => void>();
  const changeListeners = new Set<(change: LiveChange) => void>();
  const documentListeners = new Map<string, Set<(frame: LiveFrame) => void>>();
  let presence: LivePresence | null = null;
  const presenceListeners = new Set<(presence: LivePresence | null) => void>();
  const setPresence = (next: LivePresence | null) => {
    presence = next;
    for (const listener of presenceListeners) listener(next);
  };

  const setStatus = (next: LiveStatus) => {
    status = next;
    for (const listener of statusListeners) listener(next);
  };

  const connect = () => {
    if (!openPipe) return;
    setStatus('connecting');
    pipe = openPipe({
      onOpen: () => undefined,
      onFrame: (bytes) => {
        const frame = decodeFrame(bytes);
        if (!frame) return;
        if (frame.type === LiveType.ready) {
          attempt = 0;
          author = readJson<{ author: { id: string; name: string } | null }>(frame)?.author ?? null;
          setStatus('open');
        } else if (frame.type === LiveType.presence) {
          const value = readJson<LivePresence>(frame);
          if (value && Number.isInteger(value.windows)) setPresence({ windows: value.windows });
        } else if (frame.type === LiveType.changed) {
          const change = readJson<LiveChange>(frame);
          if (change) for (const listener of changeListeners) listener(change);
        } else {
          for (const listener of documentListeners.get(frame.name) ?? []) listener(frame);
        }
      },
      onClose: () => {
        pipe = null;
        setStatus('closed');
        if (presence) setPresence(null);
        setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
      },
    });
  };
  connect();

  return {
    available: openPipe !== null,
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onChanged(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onDocument(name, listener) {
      const set = documentListeners.get(name) ?? new Set();
      set.add(listener);
      documentListeners.set(name, set);
      return () => {
        set.delete(listener);
        if (!set.size) documentListeners.delete(name);
      };
    },
    send(frame) {
      if (status !== 'open' || !pipe) return false;
      pipe.send(frame);
      return true;
    },
    author: () => author,
    presence: () => presence,
    onPresence(listener) {
      presenceListeners.add(listener);
      return () => presenceListeners.delete(listener);
    },
  };
}

/** The browser edition's pipe: a WebSocket to `/api/live` that first presents the API token. */
export function webSocketPipe(token: () => Promise<string | null>): OpenPipe {
  return ({ onOpen, onFrame, onClose }) => {
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/api/live`;
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => {
      void token().then((value) => {
        if (socket.readyState !== WebSocket.OPEN) return;
        socket.send(encodeJsonFrame(LiveType.hello, '', { token: value ?? '' }));
        onOpen();
      });
    };
    socket.onmessage = (event) => {
      if (event.data instanceof ArrayBuffer) onFrame(new Uint8Array(event.data));
    };
    socket.onclose = () => onClose();
    return {
      send: (frame) => socket.send(frame),
      close: () => socket.close(),
    };
  };
}

/** How long the desktop window waits for main to hand it a port before asking again. */
const PORT_WAIT_MS = 10_000;

/** A request id: random, so an answer meant for this page before a reload cannot pass for a new one. */
function newPortRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The desktop app's pipe: a MessagePort from main. `requestPort(id)` asks for one (the preload's
 * `quotebookLive.connect`); the preload posts it into this page as a window message carrying the
 * id. A port main closes (the notebook changed, the app is quitting) ends the pipe, and the
 * connection asks again. A port can arrive after its request was given up (main was slow and
 * the window asked again): only the port answering the request in hand is taken; any other is
 * closed at once, or the owner would keep it as a second window nobody reads. So a page makes
 * one such pipe (it has one live connection): a second would close the first one's ports.
 */
export function messagePortPipe(requestPort: (id: string) => void, page: Window = window, waitMs = PORT_WAIT_MS): OpenPipe {
  // The one request waiting for its port: the connection opens a pipe only after the last ended.
  let waiting: { id: string; take: (port: MessagePort) => void } | null = null;
  let listening = false;
  const onPort = (event: MessageEvent) => {
    // Only the preload posts from this very window; a frame or another page cannot.
    const id = event.source === page ? livePortMessageId(event.data) : null;
    if (id === null) return;
    const [port, ...extra] = event.ports;
    for (const stray of extra) stray.close();
    if (!port) return;
    if (waiting?.id !== id) {
      port.close();
      return;
    }
    const { take } = waiting;
    waiting = null;
    take(port);
  };

  return ({ onOpen, onFrame, onClose }) => {
    // Listening outlives each attempt, so a late port still arrives somewhere that closes it.
    if (!listening) page.addEventListener('message', onPort);
    listening = true;
    const id = newPortRequestId();
    let port: MessagePort | null = null;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      if (waiting?.id === id) waiting = null;
      port?.close();
      onClose();
    };
    waiting = {
      id,
      take: (taken) => {
        clearTimeout(timer);
        port = taken;
        port.onmessage = (message: MessageEvent) => {
          const data: unknown = message.data;
          if (data instanceof Uint8Array) onFrame(data);
          else if (data instanceof ArrayBuffer) onFrame(new Uint8Array(data));
        };
        // Electron's MessagePort says when the other end closed (not a web standard event).
        port.addEventListener('close', end);
        port.start();
        onOpen();
      },
    };
    const timer = setTimeout(end, waitMs);
    requestPort(id);
    return {
      send: (frame) => port?.postMessage(frame),
      close: end,
    };
  };
}

export { encodeFrame, LiveType };
