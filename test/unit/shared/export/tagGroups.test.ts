/**
 * A tag in a group keeps its group in every export that names tags as text: "threat/warning",
 * not "warning" (a "warning" under another group would otherwise read the same).
 */
import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile } from '../../../../src/shared/export';
import { CSV_COLUMNS } from '../../../../src/shared/export/csv';
import { sampleBundle } from '../../../helpers/exportFixtures';
import { frontMatterOf, nodesOf, parseMarkdown, textOf } from '../../../helpers/markdown';

function groupedBundle() {
  const bundle = sampleBundle();
  bundle.notebook.tags.push({ id: 'tag_threat', name: 'threat', parentId: null, colour: '', description: '' });
  bundle.notebook.tags.find((t) => t.id === 'tag_warning')!.parentId = 'tag_threat';
  return bundle;
}

describe('tag groups in exports', () => {
  const bundle = groupedBundle();
  const index = indexBundle(bundle);
  const articleId = bundle.articles[0]!.article.id;

  it('names the group in a note’s front matter', () => {
    const { text } = exportSingleFile(index, 'markdown', { kind: 'note', id: 'note_brief' });
    expect((frontMatterOf(text) as { tags: string[] }).tags).toEqual(['threat/warning', 'lethal aid']);
  });

  it('names the group in the CSV tags column', () => {
    const { text } = exportSingleFile(index, 'csv', { kind: 'article', id: articleId });
    const header = text.slice(1).split('\r\n')[0]!.split(',');
    expect(header).toEqual([...CSV_COLUMNS]);
    const row = text.split('\r\n').find((line) => line.startsWith('q_2,') || line.includes(',q_2,'));
    expect(row).toContain('threat/warning; lethal aid');
  });

  it('names the group in an article’s Markdown', () => {
    const { text } = exportSingleFile(index, 'markdown', { kind: 'article', id: articleId });
    const items = nodesOf(parseMarkdown(text), 'list').flatMap((list) => list.children.map((item) => textOf(item)));
    expect(items).toContain('Tags: threat/warning, lethal aid');
    expect(items).not.toContain('Tags: warning, lethal aid');
  });
});
