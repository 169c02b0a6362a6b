/** `quotebook actor add|merge|duplicates` and `list actors` on a real temp notebook. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, samplePath } from '../../helpers/cliRunner';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { gold, tagSampleArticle } from '../../helpers/sampleTagging';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-actor-cli-'));
  notebook = join(dir, 'Research.quotebook');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (...args: string[]) => cli(['--notebook', notebook, ...args]);
const json = async (...args: string[]) => {
  const result = await run('--json', ...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('quotebook actor', () => {
  it('adds actors with kind, aliases, role, affiliation and Wikidata id', async () => {
    const nato = await json('actor', 'add', 'NATO', '--kind', 'organisation', '--alias', 'the alliance', '--alias', 'North Atlantic Treaty Organization');
    expect(nato).toMatchObject({ name: 'NATO', kind: 'organisation', aliases: ['the alliance', 'North Atlantic Treaty Organization'] });
    const added = await run('actor', 'add', 'Jens Stoltenberg', '--role', 'Secretary-General', '--affiliation', 'the alliance', '--wikidata', 'q57326');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added act_\S+ {2}Jens Stoltenberg \(person, Secretary-General, NATO\)$/);
    const [, js] = (await json('list', 'actors')).sort((a: { name: string }, b: { name: string }) => b.name.localeCompare(a.name));
    expect(js).toMatchObject({ name: 'Jens Stoltenberg', role: 'Secretary-General', affiliationId: nato.id, externalIds: { wikidata: 'Q57326' } });
    // Each in a tint of its own, as the app gives new actors, so their quotes stand apart.
    expect([nato.colour, js.colour]).toEqual(['blue', 'amber']);
  });

  it('refuses a name that already resolves to an actor ("US" is "U.S.")', async () => {
    await json('actor', 'add', 'United States', '--kind', 'state', '--alias', 'U.S.');
    const again = await run('actor', 'add', 'US', '--kind', 'state');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/“US” already names United States/);
    expect(await json('list', 'actors')).toHaveLength(1);
    expect((await run('actor', 'add', 'US', '--kind', 'state', '--force')).code).toBe(0);
  });

  it('offers the built-in list of states and uses it only when asked', async () => {
    const plain = await run('actor', 'add', 'Beijing', '--kind', 'other');
    expect(plain.code).toBe(0);
    expect(plain.stderr).toMatch(/“Beijing” is the capital of China.*actor add "Beijing" --gazetteer/);
    const state = await json('actor', 'add', 'PRC', '--gazetteer', '--force');
    expect(state).toMatchObject({ name: 'China', kind: 'state', aliases: expect.arrayContaining(['PRC', "People's Republic of China", 'Beijing']) });
    expect((await run('actor', 'add', 'Atlantis', '--gazetteer')).stderr).toMatch(/not in the built-in list/);
  });

  it('explains bad options and unknown affiliations', async () => {
    expect((await run('actor', 'add', 'X', '--kind', 'planet')).code).toBe(2);
    expect((await run('actor', 'add', 'X', '--wikidata', 'forty-two')).code).toBe(2);
    const missing = await run('actor', 'add', 'X', '--affiliation', 'Nowhere');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no actor called “Nowhere”/);
    expect((await run('actor')).code).toBe(2);
    expect((await run('actor', 'merge', 'only-one')).code).toBe(2);
  });

  it('merges duplicates by name, keeping every quote, and the counts follow', async () => {
    await run('add-text', samplePath);
    const session = await NotebookSession.open(notebook);
    const ops = createOperations(session);
    const sample = await tagSampleArticle(async (op, input) => {
      const r = await ops.invoke(op, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    }, (await session.store.articles())[0]!.article.id);
    // A duplicate "Washington" state gets Wang's quotes about the United States.
    const created = await ops.invoke('actors:create', { name: 'Washington', kind: 'state' });
    if (!created.ok) throw new Error(created.error.message);
    const washington = created.value as { id: string };
    const us = sample.actors.get('United States')!;
    for (const q of sample.quotes.filter((x) => x.gold.about?.includes('United States'))) {
      const aboutIds = (q.gold.about ?? []).map((n) => (n === 'United States' ? washington.id : sample.actors.get(n)!));
      await ops.invoke('quotes:update', { id: q.id, patch: { aboutIds } });
    }
    await session.close();

    const duplicates = await run('actor', 'duplicates');
    expect(duplicates.stdout).toMatch(/United States.*Washington.*both name United States/);
    const before = await json('list', 'actors');
    expect(before.find((a: { id: string }) => a.id === us).quoteCounts).toEqual({ said: 0, about: 0 });

    const merged = await run('actor', 'merge', 'Washington', 'U.S.');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toMatch(/^Merged Washington \(act_\S+\) into United States \(act_\S+\): 3 quotes moved/);
    const after = await json('list', 'actors');
    expect(after).toHaveLength(gold.actors.length);
    expect(after.find((a: { id: string }) => a.id === us).quoteCounts).toEqual({ said: 0, about: 3 });
    expect(await json('list', 'quotes')).toHaveLength(gold.quotes.length);
    expect((await run('actor', 'merge', 'US', 'United States')).stderr).toMatch(/are the same actor/);
  });
});
