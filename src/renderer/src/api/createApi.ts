/**
 * Builds the renderer's `QuotebookApi` from one generic caller, so every transport exposes the
 * same named functions (`articlesList`, `quotesCreate`, …) derived from the contract itself.
 */
import { bridgeName, type QuotebookApi } from '../../../shared/api/bridge';
import type { OperationName } from '../../../shared/api/contract';
import { operationNames } from '../../../shared/api/operationNames';
import type { Result } from '../../../shared/api/result';

/** Sends one operation with its input and resolves to its Result; never rejects. */
export type Caller = (name: OperationName, input: unknown) => Promise<Result<unknown>>;

/** One function per contract operation, each forwarding to `call`. */
export function createApi(call: Caller): QuotebookApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of operationNames) {
    api[bridgeName(name)] = (input: unknown) => call(name, input ?? {});
  }
  return api as unknown as QuotebookApi;
}
