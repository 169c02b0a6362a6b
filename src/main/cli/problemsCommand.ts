/** `quotebook problems [--ack ID]... [--ack-all] [--json]`: damaged files moved aside, until acknowledged. */
import { parseArgs } from 'node:util';
import type { NotebookProblem } from '../../shared/api/contract';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { CliError } from './cliError';
import { printJson } from './problemNotice';

const USAGE = 'quotebook problems [--ack ID]... [--ack-all] [--json]';

function describe(p: NotebookProblem): string {
  const head = p.id ? `${p.id}  ${p.file}${p.foundAt ? `  (found ${p.foundAt.slice(0, 16).replace('T', ' ')})` : ''}` : p.file;
  return `${head}\n  ${p.message}`;
}

export async function problemsCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { ack: { type: 'string', multiple: true }, 'ack-all': { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length || (values.ack && values['ack-all'])) throw new CliError(`Usage: ${USAGE}`, 2);
  ctx.quietProblems = true; // this command is the list
  await withNotebook(ctx, async (call) => {
    if (!values.ack && !values['ack-all']) {
      const problems = await call('problems:list', {});
      if (ctx.json) return printJson(ctx, { problems });
      if (!problems.length) return ctx.io.out('No problems: every file of this notebook was read.');
      ctx.io.out(problems.map(describe).join('\n\n'));
      if (problems.some((p) => p.id)) ctx.io.out(`\nOnce you have dealt with one, acknowledge it: quotebook problems --ack ID (or --ack-all). The damaged copies stay on disk.`);
      return;
    }
    const result = await call('problems:acknowledge', values['ack-all'] ? { all: true } : { ids: values.ack ?? [] });
    if (ctx.json) return printJson(ctx, result);
    if (result.unknown.length) {
      throw new CliError(`No open problem has the id ${result.unknown.map((u) => `"${u}"`).join(', ')}. Run "quotebook problems" to see the ids.`);
    }
    ctx.io.out(result.acknowledged.length ? `Acknowledged ${result.acknowledged.length} problem${result.acknowledged.length === 1 ? '' : 's'}: ${result.acknowledged.join(', ')}.` : 'There was nothing to acknowledge.');
    if (result.problems.length) ctx.io.out(`${result.problems.length} still open: run "quotebook problems" to see them.`);
  });
}
