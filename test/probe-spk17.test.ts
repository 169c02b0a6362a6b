import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { suggestQuotes } from '/work/wt/spk17/src/shared/suggest';
it('probe', () => {
  const LEAD = '';
  for (const s of readFileSync('/tmp/spk17/probe.txt', 'utf8').split('\n\n\n').filter(Boolean)) {
    console.log('>>', s);
    for (const q of suggestQuotes({ text: LEAD + s }).quotes) console.log('   ', q.stance ? 'stance' : q.kind, JSON.stringify(q.text), '=>', q.speaker?.name ?? null, q.speaker?.kind ?? '');
  }
});
