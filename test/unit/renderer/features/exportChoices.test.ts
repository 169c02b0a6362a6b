/** What the Export dialog offers for what is open, and where each format can go. */
import { describe, expect, it } from 'vitest';
import { destinations, scopeChoices, summarise, type ExportContext } from '../../../../src/renderer/src/features/export/exportChoices';

const base: ExportContext = {
  active: null,
  selectedQuoteId: null,
  articleTitle: (id) => (id === 'art_1' ? 'Talks stall' : undefined),
  noteTitle: (id) => (id === 'note_1' ? 'Brief' : undefined),
  actorName: (id) => (id === 'act_1' ? 'NATO' : undefined),
};

describe('scopeChoices', () => {
  it.each<[string, Partial<ExportContext>, string[]]>([
    ['nothing open: the notebook only', {}, ['notebook']],
    ['an article open', { active: { kind: 'article', id: 'art_1' } }, ['article', 'notebook']],
    ['an article with a selected quote', { active: { kind: 'article', id: 'art_1' }, selectedQuoteId: 'q_1' }, ['quote', 'article', 'notebook']],
    ['a note open', { active: { kind: 'note', id: 'note_1' } }, ['note', 'notebook']],
    ['an actor open', { active: { kind: 'actor', id: 'act_1' } }, ['actor', 'notebook']],
    ['the new-actor form is not an actor', { active: { kind: 'actor', id: 'new' } }, ['notebook']],
    ['other views offer the notebook', { active: { kind: 'whoSaidWhat', id: 'notebook' } }, ['notebook']],
  ])('%s', (_name, ctx, keys) => {
    expect(scopeChoices({ ...base, ...ctx }).map((c) => c.key)).toEqual(keys);
  });

  it('names what is open and carries its scope', () => {
    const [article] = scopeChoices({ ...base, active: { kind: 'article', id: 'art_1' } });
    expect(article).toEqual({ key: 'article', label: 'This article’s quotes', detail: 'Talks stall', scope: { kind: 'article', id: 'art_1' } });
  });
});

describe('destinations', () => {
  it.each([
    ['markdown', { kind: 'notebook' as const }, false, ['folder']],
    // The browser edition: Download first, the default (a folder there is a path typed by hand).
    ['markdown', { kind: 'note' as const, id: 'n' }, false, ['download', 'folder', 'copy']],
    ['markdown', { kind: 'note' as const, id: 'n' }, true, ['folder', 'copy']],
    ['csv', { kind: 'notebook' as const }, false, ['download', 'folder', 'copy']],
    ['json', { kind: 'notebook' as const }, false, ['download', 'folder']],
    ['w3c', { kind: 'notebook' as const }, true, ['folder']],
  ] as const)('%s of %j (desktop %s) → %j', (format, scope, desktop, expected) => {
    expect(destinations(format, scope, desktop)).toEqual(expected);
  });
});

it('summarises what an export did', () => {
  expect(summarise([{ status: 'created' }, { status: 'unchanged' }, { status: 'unchanged' }], '/x')).toBe('Exported 3 files to /x (1 created, 2 unchanged).');
  expect(summarise([{ status: 'updated' }], '/x')).toBe('Exported 1 file to /x (1 updated).');
});
