/**
 * The one entry point every front door uses: look up the operation, parse its input with the
 * contract's schema (inputs are untrusted `unknown`), run the handler, and turn any failure into
 * a Result value carrying a message for the user.
 */
import { contract, isOperationName, type OperationName, type OutputOf, type ParsedInputOf } from '../../shared/api/contract';
import { fail, ok, UserError, type Result } from '../../shared/api/result';
import { describeZodError } from '../../shared/api/describeZodError';
import { StoreError } from '../store/errors';
import { describeFsError } from '../store/fsErrors';

/** A handler per operation, receiving already-validated input. */
export type Handlers = {
  [N in OperationName]: (input: ParsedInputOf<N>) => Promise<OutputOf<N>> | OutputOf<N>;
};

export interface Dispatcher {
  /** Runs `name` with `input`; never rejects. */
  invoke(name: unknown, input: unknown): Promise<Result<unknown>>;
}

/** Errors from the store carry a `code` and a user-readable message; anything else is a bug. */
function toResult(error: unknown): Result<never> {
  if (error instanceof UserError) return fail(error.code, error.message);
  if (error instanceof StoreError) return fail(error.code === 'invalid' ? 'invalid-input' : error.code, error.message);
  const fsMessage = describeFsError(error);
  if (fsMessage) return fail('unavailable', fsMessage);
  const detail = error instanceof Error ? error.message : String(error);
  return fail('internal', `Something went wrong inside Quotebook (${detail}). Nothing was saved by this action; please try again.`);
}

/** Builds the dispatcher over a complete set of handlers. */
export function createDispatcher(handlers: Handlers, onInternalError: (e: unknown) => void = () => {}): Dispatcher {
  return {
    async invoke(name, input) {
      if (!isOperationName(name)) {
        return fail('unknown-operation', `Quotebook has no operation called "${String(name)}".`);
      }
      const parsed = contract[name].input.safeParse(input ?? {});
      if (!parsed.success) return fail('invalid-input', describeZodError(name, parsed.error));
      try {
        const handler = handlers[name] as (i: unknown) => Promise<unknown> | unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        const result = toResult(error);
        if (!result.ok && result.error.code === 'internal') onInternalError(error);
        return result;
      }
    },
  };
}
