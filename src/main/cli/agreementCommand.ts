/**
 * `quotebook agreement OTHER_NOTEBOOK|EXPORT.json [--article ID] [--json]` and
 * `quotebook agreement --coders MINE THEIRS [--article ID] [--json]`: how far two coders agree.
 * JSON output: {units, matched, overall: {alpha, kappa}, perTag: [{tag, alpha, kappa, n, …}],
 * speakerAgreement, kindAgreement, unmatched, disagreements, articles, coders}.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AgreementResult, AgreementSource } from '../../shared/agreement/api';
import type { NominalAgreement } from '../../shared/agreement/compare';
import { CliError } from './cliError';
import type { CliContext } from './context';
import { withNotebook } from './context';
import { formatTable } from './table';
import { printJson } from './problemNotice';

const USAGE = 'Usage: quotebook agreement OTHER_NOTEBOOK|EXPORT.json [--article ID] [--json]\n       quotebook agreement --coders MINE_ID THEIRS_ID [--article ID] [--json]   (two authors of this notebook)';

const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(3));
const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
const nominal = (what: string, a: NominalAgreement) => `${what}: ${percent(a.observed)} the same (α ${fixed(a.alpha)}, κ ${fixed(a.kappa)}, ${a.n} units)`;

function summary(report: AgreementResult): string {
  const lines = [
    `${report.coders.mine} vs ${report.coders.theirs}: ${report.articles.compared} articles compared` +
      (report.articles.onlyMine || report.articles.onlyTheirs ? ` (${report.articles.onlyMine} only mine, ${report.articles.onlyTheirs} only theirs left out)` : '') +
      '.',
    `Units: ${report.units}, matched: ${report.matched}, unmatched: ${report.unmatched.length} (${report.unmatched.filter((u) => u.side === 'mine').length} only mine, ${report.unmatched.filter((u) => u.side === 'theirs').length} only theirs).`,
    `Tag application, all tags: α ${fixed(report.overall.alpha)}, κ ${fixed(report.overall.kappa)}.`,
    nominal('Speaker', report.speakerAgreement),
    nominal('Kind', report.kindAgreement),
  ];
  if (report.withoutAuthor) lines.push(`${report.withoutAuthor} quotes have no recorded author and were left out.`);
  if (report.perTag.length) {
    const rows = report.perTag.map((t) => [t.tag, fixed(t.alpha), fixed(t.kappa), String(t.n), String(t.mine), String(t.theirs), String(t.both)]);
    lines.push('', formatTable(['Tag', 'α', 'κ', 'units', 'mine', 'theirs', 'both'], rows, ''));
  }
  lines.push('', 'α and κ are undefined (–) when every unit got the same value.');
  return lines.join('\n');
}

export async function agreementCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { article: { type: 'string' }, coders: { type: 'boolean' } }, allowPositionals: true, strict: true });
  let source: AgreementSource;
  if (values.coders) {
    if (positionals.length !== 2) throw new CliError(`--coders needs two author ids.\n${USAGE}`, 2);
    source = { kind: 'authors', mine: positionals[0]!, theirs: positionals[1]! };
  } else {
    if (positionals.length !== 1) throw new CliError(USAGE, 2);
    const target = resolve(positionals[0]!);
    const info = await stat(target).catch(() => null);
    if (!info) throw new CliError(`"${positionals[0]}" does not exist: give the other coder's notebook folder or JSON export.`, 2);
    source = info.isDirectory() ? { kind: 'notebook', dir: target } : { kind: 'export', file: target };
  }
  await withNotebook(ctx, async (call) => {
    const report = await call('agreement:compare', { source, ...(values.article ? { articleId: values.article } : {}) });
    if (ctx.json) printJson(ctx, report);
    else ctx.io.out(summary(report));
  });
}
