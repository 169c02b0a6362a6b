/**
 * The live channel between a window (or browser tab) and the process that owns the notebook: the
 * owner tells windows what changed, and a note open in several windows is one shared Yjs document
 * that each window edits as a client. The same frames travel over a WebSocket (browser edition) or
 * an Electron MessagePort (desktop).
 *
 *     frame = u8 type | u16 name length | name (UTF-8) | payload
 */

export const LiveType = {
  /** client → owner: the access token (browser edition), JSON `{ token }`. */
  hello: 1,
  /** client → owner: start editing document `name`; payload = the client's Yjs state vector. */
  subscribe: 2,
  /** client → owner: stop. */
  unsubscribe: 3,
  /** both ways: a Yjs update of document `name`. */
  update: 4,
  /** owner → client: what the client lacked, then the owner's state vector (see encodeSynced). */
  synced: 5,
  /** owner → client: files changed, JSON `LiveChange`. */
  changed: 6,
  /** owner → client: a request failed, JSON `{ message }` (name: the document, if any). */
  error: 7,
  /** owner → client: the channel is open, JSON `{ author }`. */
  ready: 8,
  /** owner → client: who has the notebook open through this owner, JSON `LivePresence` (sent whenever it changes). */
  presence: 9,
} as const;

/**
 * The desktop app's handover of a MessagePort (see src/main/electron/livePorts.ts): the window
 * asks on `request` with a request id, main answers on `reply` with that id and one end of a new
 * channel, and the preload passes both into the page as a window message `LivePortMessage`. The
 * id lets a window that gave up waiting and asked again tell the late port of its first request
 * from the one it waits for (and close the late one, or the owner keeps a client nobody reads).
 */
export const LivePortChannels = {
  request: 'live:connect',
  reply: 'live:port',
  pageMessage: 'quotebook:live-port',
} as const;

/** What the preload posts into the page with a port: which request the port answers. */
export interface LivePortMessage {
  type: typeof LivePortChannels.pageMessage;
  id: string;
}

/** The longest request id main accepts; ids are short random strings, so this only bounds abuse. */
export const LIVE_PORT_ID_MAX = 64;

/** True for a request id a window may send: 1–64 letters, digits, `-` or `_`. */
export function isLivePortId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIVE_PORT_ID_MAX && /^[\w-]+$/.test(value);
}

/** The request id carried by a page message from the preload, or null when it is not one. */
export function livePortMessageId(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id } = data as Partial<LivePortMessage>;
  return type === LivePortChannels.pageMessage && isLivePortId(id) ? id : null;
}

export type LiveTypeCode = (typeof LiveType)[keyof typeof LiveType];

export interface LiveFrame {
  type: LiveTypeCode;
  name: string;
  payload: Uint8Array;
}

/** What changed in the notebook, for windows to refresh what they show. */
export interface LiveChange {
  refs: { kind: 'notebook' | 'article' | 'note'; id: string }[];
}

/** The windows (desktop) or tabs (browser edition) connected to the owner, the receiver included. */
export interface LivePresence {
  windows: number;
}

// Both Node and browsers have these globals; src/shared compiles without DOM or Node types.
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodes one frame. */
export function encodeFrame(type: LiveTypeCode, name: string, payload: Uint8Array = new Uint8Array()): Uint8Array {
  const nameBytes = encoder.encode(name);
  if (nameBytes.length > 0xffff) throw new RangeError('document name too long');
  const out = new Uint8Array(3 + nameBytes.length + payload.length);
  out[0] = type;
  out[1] = nameBytes.length >> 8;
  out[2] = nameBytes.length & 0xff;
  out.set(nameBytes, 3);
  out.set(payload, 3 + nameBytes.length);
  return out;
}

/** Decodes one frame; null for anything malformed (a peer may send anything). */
export function decodeFrame(bytes: Uint8Array): LiveFrame | null {
  if (bytes.length < 3) return null;
  const type = bytes[0] as LiveTypeCode;
  if (!Object.values(LiveType).includes(type)) return null;
  const nameLength = (bytes[1]! << 8) | bytes[2]!;
  if (3 + nameLength > bytes.length) return null;
  return { type, name: decoder.decode(bytes.subarray(3, 3 + nameLength)), payload: bytes.subarray(3 + nameLength) };
}

/** A JSON frame. */
export function encodeJsonFrame(type: LiveTypeCode, name: string, value: unknown): Uint8Array {
  return encodeFrame(type, name, encoder.encode(JSON.stringify(value)));
}

/** The JSON of a frame's payload, or null when it is not JSON. */
export function readJson<T>(frame: LiveFrame): T | null {
  try {
    return JSON.parse(decoder.decode(frame.payload)) as T;
  } catch {
    return null;
  }
}

/** The `synced` payload: the update the client lacked and the owner's state vector. */
export function encodeSynced(update: Uint8Array, stateVector: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + update.length + stateVector.length);
  new DataView(out.buffer).setUint32(0, update.length);
  out.set(update, 4);
  out.set(stateVector, 4 + update.length);
  return out;
}

export function decodeSynced(payload: Uint8Array): { update: Uint8Array; stateVector: Uint8Array } | null {
  if (payload.length < 4) return null;
  const length = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0);
  if (4 + length > payload.length) return null;
  return { update: payload.subarray(4, 4 + length), stateVector: payload.subarray(4 + length) };
}
