/**
 * Errors cross every boundary (IPC, HTTP, CLI) as values, never as thrown exceptions, so the
 * renderer can always show the user what happened and what to do.
 */

/** Machine-readable error category; the message is what the user reads. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'read-only'
  | 'locked'
  | 'damaged'
  | 'not-a-notebook'
  | 'unknown-operation'
  | 'forbidden'
  | 'cancelled'
  | 'unavailable'
  | 'internal';

/** An error as the user sees it: what went wrong and, where possible, what to do. */
export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** The value every operation resolves to. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Wraps a successful value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps an error value. */
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

/** An exception that services throw to report a user-facing error; the dispatcher turns it into a value. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
