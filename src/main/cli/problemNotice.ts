/**
 * Damaged files are reported by every command that opens the notebook, not only by the app: one
 * line per file on stderr (stdout stays clean for pipes), and a `problems` array in JSON objects.
 */
import type { NotebookProblem } from '../../shared/api/contract';
import type { CliContext } from './context';

/** The one stderr line for a problem. */
export function problemLine(p: NotebookProblem): string {
  if (!p.id || !p.movedTo) return `quotebook: warning: ${p.message}`;
  const lost = p.lost ? ` Missing from the notebook: ${p.lost}.` : '';
  return `quotebook: warning: "${p.file}" was damaged and moved aside to "${p.movedTo}" (problem ${p.id}).${lost} Run "quotebook problems" to see what to do, or "quotebook problems --ack ${p.id}" once handled.`;
}

/** Remembers the notebook's problems for JSON output and prints one stderr line per file. */
export function noticeProblems(ctx: CliContext, problems: NotebookProblem[]): void {
  ctx.problems = problems;
  if (ctx.quietProblems) return;
  for (const p of problems) ctx.io.err(problemLine(p));
}

/** Prints `value` as JSON; an object gets the notebook's open problems as `problems` when there are any. */
export function printJson(ctx: CliContext, value: unknown, compact = false): void {
  const withProblems =
    ctx.problems?.length && value !== null && typeof value === 'object' && !Array.isArray(value) && !('problems' in value)
      ? { ...value, problems: ctx.problems }
      : value;
  ctx.io.out(compact ? JSON.stringify(withProblems) : JSON.stringify(withProblems, null, 2));
}
