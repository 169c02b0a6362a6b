/**
 * The desktop app's live channel: each window asks for one (and again after a reload or when the
 * notebook changes), main makes a MessageChannelMain, keeps one end for the live hub and hands the
 * other to the window. A MessagePort needs no token: only a window that passed the same sender
 * check as every operation gets one, and nothing else can write to it.
 *
 * Each request carries an id that main sends back with the port, so a window that gave up
 * waiting and asked again can tell (and close) the late port of its first request. Main keeps one
 * channel per window too: a new request ends the window's previous channel, and a window that is
 * gone has its channel ended, so the hub never counts a window twice or one that has left.
 */
import type { IpcMain, IpcMainEvent, MessagePortMain, WebContents } from 'electron';
import { isLivePortId, LivePortChannels } from '../../shared/live/protocol';
import { acceptWindow } from '../live/acceptWindow';
import type { LiveHub } from '../live/liveHub';
import type { SenderCheck } from './ipc';

export interface PortPair {
  port1: MessagePortMain;
  port2: MessagePortMain;
}

export interface LivePortOptions {
  /** The hub once the notebook is open (null when it could not be opened). */
  hub: () => Promise<LiveHub | null>;
  isTrustedSender: SenderCheck;
  /** `new MessageChannelMain()` in the app; a pair of doubles in tests. */
  createChannel: () => PortPair;
  log?: (message: string) => void;
}

/** Bytes of a frame as it arrives from the page (a Uint8Array, or its buffer); null for anything else. */
function frameBytes(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

/** Serves `hub` to one window over `port`: its frames go to the hub, the hub's to it. Returns what ends it. */
export function servePort(hub: LiveHub, port: MessagePortMain): () => void {
  let open = true;
  // Closing our own end does not emit 'close' on it in Electron, so the hub is told here.
  const end = () => {
    if (!open) return;
    open = false;
    port.close();
    peer.closed();
  };
  const peer = acceptWindow(hub, {
    send: (frame) => {
      if (open) port.postMessage(frame);
    },
    close: end,
  });
  port.on('message', ({ data }) => {
    const bytes = frameBytes(data);
    // The page only ever sends frames; anything else is a bug or not our page: end the channel.
    if (bytes) peer.receive(bytes);
    else end();
  });
  port.on('close', () => {
    open = false;
    peer.closed();
  });
  port.start();
  return end;
}

/** The window a request came from, as far as main needs it: it says when it is gone. */
type WindowContents = Pick<WebContents, 'once' | 'removeListener'>;

/** Answers windows' requests for a live channel; returns a disposer that also ends the channels. */
export function registerLivePorts(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, options: LivePortOptions): () => void {
  // Each window's channel, as the function that ends it (a no-op once it has ended).
  const channels = new Map<WindowContents, () => void>();
  const goneListeners = new Map<WindowContents, () => void>();
  const endChannel = (contents: WindowContents) => {
    channels.get(contents)?.();
    channels.delete(contents);
  };
  const watch = (contents: WindowContents) => {
    if (goneListeners.has(contents)) return;
    const onGone = () => {
      goneListeners.delete(contents);
      endChannel(contents);
    };
    goneListeners.set(contents, onGone);
    contents.once('destroyed', onGone);
  };

  const onRequest = (event: IpcMainEvent, id: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !options.isTrustedSender(event)) {
      options.log?.('Refused a live channel to a page that is not Quotebook’s own window.');
      return;
    }
    if (!isLivePortId(id)) {
      options.log?.('Refused a live channel request without a valid request id.');
      return;
    }
    const contents: WindowContents = event.sender;
    // A window asks again only once it gave up on its channel (it waited too long, the channel
    // closed, or the page reloaded): end that one, whether or not the window ever got it.
    endChannel(contents);
    watch(contents);
    const { port1, port2 } = options.createChannel();
    let ended = false;
    let stopServing: (() => void) | null = null;
    const end = () => {
      if (ended) return;
      ended = true;
      if (stopServing) stopServing();
      else port1.close();
    };
    channels.set(contents, end);
    try {
      // The window gets its end at once; frames it sends wait in port1 until the hub is ready.
      frame.postMessage(LivePortChannels.reply, id, [port2]);
    } catch (error) {
      // The frame went away between the request and the reply.
      options.log?.(`The live channel could not be handed over: ${String(error)}`);
      endChannel(contents);
      return;
    }
    options
      .hub()
      .catch(() => null)
      .then((hub) => {
        if (ended) return; // superseded, or the window left, while the notebook was opening
        if (hub) stopServing = servePort(hub, port1);
        else end(); // no notebook: the window hears the close and asks again later
      })
      .catch((error: unknown) => options.log?.(`The live channel failed: ${String(error)}`));
  };
  ipcMain.on(LivePortChannels.request, onRequest);
  return () => {
    ipcMain.removeListener(LivePortChannels.request, onRequest);
    for (const [contents, onGone] of goneListeners) contents.removeListener('destroyed', onGone);
    goneListeners.clear();
    for (const contents of [...channels.keys()]) endChannel(contents);
  };
}
