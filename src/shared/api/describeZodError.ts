import type { z } from 'zod';

/** Turns a schema failure into one sentence naming each bad field and what was expected. */
export function describeZodError(operation: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `The request "${operation}" was not valid — ${parts.join('; ')}${more}.`;
}
