/**
 * The IPC front door: one `ipcMain.handle` per operation of the contract, each checking who is
 * asking before the dispatcher (which parses the `unknown` input with the operation's schema)
 * gets to see the request. Nothing else is registered, so the renderer can reach exactly the
 * contract and no more.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../shared/api/contract';
import { fail, type Result } from '../../shared/api/result';
import type { Dispatcher } from '../services/dispatcher';
import { originOf } from './origins';

/** Decides whether an IPC message (an operation, or a request for a live channel) comes from Quotebook's own UI. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean;

/** True when `url` belongs to one of `allowedOrigins` (compared as `scheme://host[:port]`). */
export function isTrustedSenderUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  return allowedOrigins.some((allowed) => originOf(allowed) === origin);
}

/**
 * The production sender check: the message must come from a live main frame showing one of
 * `allowedOrigins`. A subframe is refused even on our origin: the UI never embeds frames, so one
 * that talks to main is either an injected frame or a bug.
 */
export function createSenderCheck(allowedOrigins: readonly string[]): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isTrustedSenderUrl(frame.url, allowedOrigins);
  };
}

const FORBIDDEN_MESSAGE =
  'This request did not come from Quotebook’s own window, so it was refused. If you see this, please restart Quotebook.';

/**
 * Registers a handler for every operation and returns a disposer that removes them (used on
 * quit, and when a test or a reload needs a clean `ipcMain`).
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatcher: Dispatcher,
  isTrustedSender: SenderCheck,
): () => void {
  for (const name of operationNames) {
    // Extra arguments after `input` are ignored: the contract takes exactly one.
    ipcMain.handle(name, async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return fail('forbidden', FORBIDDEN_MESSAGE);
      try {
        return await dispatcher.invoke(name, input);
      } catch (error) {
        // The dispatcher never rejects; if it ever does, the renderer still gets a value, since a
        // rejected invoke reaches it as an opaque "Error invoking remote method".
        const detail = error instanceof Error ? error.message : String(error);
        return fail('internal', `Something went wrong inside Quotebook (${detail}). Please try again.`);
      }
    });
  }
  return () => {
    for (const name of operationNames) ipcMain.removeHandler(name);
  };
}
