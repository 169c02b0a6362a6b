/**
 * The desktop transport: the preload's `window.quotebook`. Its functions already resolve to
 * Results; this wrapper only turns an IPC failure (a crashed or restarting main process) into one.
 */
import { bridgeName, type QuotebookApi } from '../../../shared/api/bridge';
import { fail, type Result } from '../../../shared/api/result';
import type { Caller } from './createApi';

type LooseBridge = Partial<Record<string, (input: unknown) => Promise<Result<unknown>>>>;

export const bridgeMessages = {
  missing: (name: string) => `This Quotebook window does not offer "${name}". Restart Quotebook to update it.`,
  failed: "Quotebook's background process did not answer. Try again; if it keeps happening, restart Quotebook.",
} as const;

/** A caller over the preload bridge. */
export function createBridgeCaller(bridge: QuotebookApi): Caller {
  const functions = bridge as unknown as LooseBridge;
  return async (name, input) => {
    const fn = functions[bridgeName(name)];
    if (typeof fn !== 'function') return fail('unknown-operation', bridgeMessages.missing(name));
    try {
      return await fn(input);
    } catch {
      return fail('internal', bridgeMessages.failed);
    }
  };
}
