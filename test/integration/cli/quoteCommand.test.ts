/**
 * `quotebook quote add` and `quotebook list quotes` on a real notebook: actors and tags are found
 * by name (a surname finds the person) or created, ambiguity is refused, and the list shows each
 * quote's words, kind, speaker, about-actors, tags and article, filtered by speaker and tag.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, samplePath } from '../../helpers/cliRunner';

let dir: string;
let notebook: string;
let articleId: string;
const run = (...args: string[]) => cli(['--notebook', notebook, ...args]);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qb-cli-quote-'));
  notebook = join(dir, 'Research.quotebook');
  articleId = JSON.parse((await run('--json', 'add-text', samplePath)).stdout).article.id;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('quotebook quote add', () => {
  it('marks a quote by its words, creating the speaker, the about-actor and the tag', async () => {
    const added = await run('--json', 'quote', 'add', articleId, '--exact', 'Putin must not win.', '--speaker', 'Jens Stoltenberg', '--about', 'Vladimir Putin', '--tag', 'warning');
    expect(added.code).toBe(0);
    const { quote, created } = JSON.parse(added.stdout);
    expect(quote).toMatchObject({ kind: 'direct', target: { exact: 'Putin must not win.' } });
    expect(created.actors.map((a: { name: string; kind: string }) => [a.name, a.kind])).toEqual([['Jens Stoltenberg', 'person'], ['Vladimir Putin', 'person']]);
    expect(created.tags.map((t: { name: string }) => t.name)).toEqual(['warning']);
    // New actors get distinct tints, so their highlights are told apart.
    expect(created.actors[0].colour).not.toBe(created.actors[1].colour);
  });

  it('finds existing actors by surname and tags by path, creating a tag group when needed', async () => {
    await run('quote', 'add', articleId, '--exact', 'Putin must not win.', '--speaker', 'Jens Stoltenberg');
    const second = await run('quote', 'add', articleId, '--exact', "Russia's war", '--speaker', 'Stoltenberg', '--about', 'Russia', '--tag', 'threats/escalation', '--kind', 'paraphrase');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Created actor');
    expect(second.stdout).toContain('Russia (state)');
    expect(second.stdout).toContain('threats › escalation');
    expect(second.stdout).toMatch(/“Russia’s war” \(occurrence 1 of 2\): paraphrase by Jens Stoltenberg about Russia/);
    const actors = JSON.parse((await run('--json', 'list', 'actors')).stdout);
    expect(actors.map((a: { name: string }) => a.name).sort()).toEqual(['Jens Stoltenberg', 'Russia']);
  });

  it('makes words outside quotation marks reported speech unless --kind says otherwise', async () => {
    const reported = await run('quote', 'add', articleId, '--exact', 'it is urgent for NATO allies to deliver on their pledges');
    expect(reported.stdout).toMatch(/“it is urgent for NATO allies to deliver on their pledges”: indirect/);
    const asked = await run('--json', 'quote', 'add', articleId, '--exact', 'Russia has shown no signs', '--kind', 'direct');
    expect(JSON.parse(asked.stdout).quote.kind).toBe('direct');
  });

  it('picks the nth occurrence and explains what is wrong when the words are not there', async () => {
    const second = await run('--json', 'quote', 'add', articleId, '--exact', 'Ukraine', '--occurrence', '2');
    const starts = [...(await import('node:fs')).readFileSync(samplePath, 'utf8').matchAll(/Ukraine/g)].map((m) => m.index);
    expect(JSON.parse(second.stdout).quote.target.start).toBe(starts[1]);

    const typo = await run('quote', 'add', articleId, '--exact', 'Putin must not wiin');
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('does not occur');
    expect(typo.stderr).toContain('The closest passage is “Putin must not win”');
    const tooFar = await run('quote', 'add', articleId, '--exact', 'Ukraine', '--occurrence', '40');
    expect(tooFar.stderr).toContain('so there is no occurrence 40');
    expect((await run('quote', 'add', articleId)).code).toBe(2);
    expect((await run('quote', 'add', articleId, '--exact', 'Ukraine', '--kind', 'rumour')).code).toBe(2);
  });

  it('refuses an ambiguous name without creating anything', async () => {
    await run('actor', 'add', 'Anna Smith');
    await run('actor', 'add', 'John Smith');
    const ambiguous = await run('quote', 'add', articleId, '--exact', 'Putin must not win.', '--about', 'Vladimir Putin', '--speaker', 'Smith', '--tag', 'new-tag');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/“Smith” could be any of: (Anna|John) Smith.*(Anna|John) Smith/);
    const actors = JSON.parse((await run('--json', 'list', 'actors')).stdout);
    expect(actors.map((a: { name: string }) => a.name).sort()).toEqual(['Anna Smith', 'John Smith']);
    expect(JSON.parse((await run('--json', 'list', 'quotes')).stdout)).toEqual([]);
    expect((await run('--json', 'list', 'quotes')).code).toBe(0);
  });
});

describe('quotebook list quotes', () => {
  beforeEach(async () => {
    await run('quote', 'add', articleId, '--exact', 'Putin must not win.', '--speaker', 'Jens Stoltenberg', '--about', 'Vladimir Putin', '--tag', 'threats/warning');
    await run('quote', 'add', articleId, '--exact', 'China is trying to have it both ways', '--speaker', 'Antony Blinken', '--about', 'China', '--tag', 'accusation');
  });

  it('shows words, kind, speaker, about-actors, tags and article, in reading order', async () => {
    const listed = await run('list', 'quotes');
    expect(listed.code).toBe(0);
    const lines = listed.stdout.split('\n');
    expect(lines[0]).toMatch(/ID\s+QUOTE\s+KIND\s+SPEAKER\s+ABOUT\s+TAGS\s+ARTICLE/);
    expect(lines[1]).toMatch(/Putin must not win\.\s+direct\s+Jens Stoltenberg\s+Vladimir Putin\s+threats › warning\s+NATO/);
    expect(lines[2]).toMatch(/China is trying to have it both ways\s+direct\s+Antony Blinken\s+China\s+accusation/);
  });

  it('adds the names to the JSON and filters by speaker (surname) and tag (a group includes its tags)', async () => {
    const json = JSON.parse((await run('--json', 'list', 'quotes', '--speaker', 'Blinken')).stdout);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ speakerName: 'Antony Blinken', aboutNames: ['China'], tagNames: ['accusation'], articleTitle: expect.stringContaining('NATO') });
    const threats = JSON.parse((await run('--json', 'list', 'quotes', '--tag', 'threats')).stdout);
    expect(threats.map((q: { target: { exact: string } }) => q.target.exact)).toEqual(['Putin must not win.']);
    const byArticle = JSON.parse((await run('--json', 'list', 'quotes', '--article', articleId, '--kind', 'direct')).stdout);
    expect(byArticle).toHaveLength(2);
  });

  it('says when a filter names nobody, instead of listing nothing', async () => {
    const unknown = await run('list', 'quotes', '--speaker', 'Nobody Known');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no actor called “Nobody Known”');
    expect((await run('list', 'quotes', '--tag', 'nope')).stderr).toContain('There is no tag called “nope”');
  });
});

describe('quotebook list quotes --json and the same statement', () => {
  it('gives each quote the ids of the quotes other articles carry it as (sameStatementAs)', async () => {
    const line = 'it is urgent for NATO allies to deliver on their pledges';
    const wire = join(dir, 'wire.txt');
    await writeFile(wire, `NATO chief presses allies\n\nJens Stoltenberg said ${line.toUpperCase()}, in Brussels on Tuesday.\n`);
    const otherId = JSON.parse((await run('--json', 'add-text', wire)).stdout).article.id;
    const first = JSON.parse((await run('--json', 'quote', 'add', articleId, '--exact', line, '--speaker', 'Jens Stoltenberg')).stdout).quote;
    const second = JSON.parse((await run('--json', 'quote', 'add', otherId, '--exact', line.toUpperCase(), '--speaker', 'Stoltenberg')).stdout).quote;
    await run('quote', 'add', articleId, '--exact', 'Putin must not win.', '--speaker', 'Stoltenberg');
    const listed: { id: string; sameStatementAs: string[] }[] = JSON.parse((await run('--json', 'list', 'quotes')).stdout);
    expect(Object.fromEntries(listed.map((q) => [q.id, q.sameStatementAs]))).toEqual({
      [first.id]: [second.id],
      [second.id]: [first.id],
      [listed.find((q) => q.id !== first.id && q.id !== second.id)!.id]: [],
    });
  });
});
