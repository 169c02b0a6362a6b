/**
 * Connects one window's end of the live channel to the hub, whatever carries the frames: a
 * WebSocket (browser edition) or an Electron MessagePort (desktop). Both speak the same frames;
 * they differ only in how the window proves it is ours. A WebSocket must present the API token in
 * its first frame (a browser cannot set headers on one); a MessagePort was handed to a window main
 * had already checked, so it is trusted from its first frame.
 */
import { decodeFrame, LiveType, readJson } from '../../shared/live/protocol';
import type { LiveClient, LiveHub } from './liveHub';

/** What carries the frames to the window. */
export interface WindowPipe {
  send(frame: Uint8Array): void;
  /** Ends the channel; `code`/`reason` tell a WebSocket peer why (a MessagePort has no such thing). */
  close(code?: number, reason?: string): void;
}

export interface AcceptOptions {
  /** When set, the first frame must be a `hello` whose token this accepts; otherwise the channel closes. */
  checkToken?: (token: string | undefined) => boolean;
  /** Time the window has to present its token (ms). */
  helloTimeoutMs?: number;
}

/** The transport's side: hand it every frame that arrives, and say when the channel is gone. */
export interface AcceptedWindow {
  receive(bytes: Uint8Array): void;
  closed(): void;
}

const HELLO_TIMEOUT_MS = 10_000;

/** Starts serving one window; nothing reaches the hub before the window is trusted. */
export function acceptWindow(hub: LiveHub, pipe: WindowPipe, options: AcceptOptions = {}): AcceptedWindow {
  let client: LiveClient | null = null;
  let gone = false;
  const join = () => {
    client = hub.connect({
      send: (frame) => {
        if (!gone) pipe.send(frame);
      },
      close: () => pipe.close(),
    });
  };
  const timer = options.checkToken ? setTimeout(() => pipe.close(4401, 'no token'), options.helloTimeoutMs ?? HELLO_TIMEOUT_MS) : null;
  if (!options.checkToken) join();

  return {
    receive(bytes) {
      if (gone) return;
      if (client) return client.receive(bytes);
      const frame = decodeFrame(bytes);
      const hello = frame?.type === LiveType.hello ? readJson<{ token?: string }>(frame) : null;
      if (!options.checkToken?.(hello?.token)) return pipe.close(4401, 'wrong token');
      if (timer) clearTimeout(timer);
      join();
    },
    closed() {
      if (gone) return;
      gone = true;
      if (timer) clearTimeout(timer);
      client?.dispose();
    },
  };
}
