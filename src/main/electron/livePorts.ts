/**
 * The desktop app's live channel: each window asks for one (and again after a reload or when the
 * notebook changes), main makes a MessageChannelMain, keeps one end for the live hub and hands the
 * other to the window. A MessagePort needs no token: only a window that passed the same sender
 * check as every operation gets one, and nothing else can write to it.
 */
import type { IpcMain, IpcMainEvent, MessagePortMain } from 'electron';
import { LivePortChannels } from '../../shared/live/protocol';
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

/** Serves `hub` to one window over `port`: its frames go to the hub, the hub's to it. */
export function servePort(hub: LiveHub, port: MessagePortMain): void {
  let open = true;
  const peer = acceptWindow(hub, {
    send: (frame) => {
      if (open) port.postMessage(frame);
    },
    close: () => {
      if (!open) return;
      open = false;
      port.close();
      peer.closed();
    },
  });
  port.on('message', ({ data }) => {
    const bytes = frameBytes(data);
    // The page only ever sends frames; anything else is a bug or not our page: end the channel.
    if (bytes) peer.receive(bytes);
    else port.close();
  });
  port.on('close', () => {
    open = false;
    peer.closed();
  });
  port.start();
}

/** Answers windows' requests for a live channel; returns a disposer. */
export function registerLivePorts(ipcMain: Pick<IpcMain, 'on' | 'removeListener'>, options: LivePortOptions): () => void {
  const onRequest = (event: IpcMainEvent) => {
    const frame = event.senderFrame;
    if (!frame || !options.isTrustedSender(event)) {
      options.log?.('Refused a live channel to a page that is not Quotebook’s own window.');
      return;
    }
    const { port1, port2 } = options.createChannel();
    // The window gets its end at once; frames it sends wait in port1 until the hub is ready.
    frame.postMessage(LivePortChannels.reply, null, [port2]);
    options
      .hub()
      .catch(() => null)
      .then((hub) => {
        if (hub) servePort(hub, port1);
        else port1.close(); // no notebook: the window hears the close and asks again later
      })
      .catch((error: unknown) => options.log?.(`The live channel failed: ${String(error)}`));
  };
  ipcMain.on(LivePortChannels.request, onRequest);
  return () => ipcMain.removeListener(LivePortChannels.request, onRequest);
}
