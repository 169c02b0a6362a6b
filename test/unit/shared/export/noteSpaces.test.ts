/**
 * A note's spaces in Markdown: none written as `&#x20;` at a line's ends, and one space (not the
 * editor's inserted one plus the analyst's) after a mention.
 */
import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile } from '../../../../src/shared/export';
import { actorId, mentionNode, noteContent, paragraphNode, sampleBundle, textNode } from '../../../helpers/exportFixtures';

function noteMarkdown(...paragraphs: unknown[]): string {
  const bundle = sampleBundle();
  bundle.notes[0]!.note.content = noteContent(...paragraphs) as never;
  return exportSingleFile(indexBundle(bundle), 'markdown', { kind: 'note', id: bundle.notes[0]!.note.id }).text;
}

const lineBreak = { type: 'linebreak', version: 1 };

describe('spaces in a note exported as Markdown', () => {
  it('drops spaces at the ends of lines instead of writing &#x20;', () => {
    const md = noteMarkdown(paragraphNode(textNode(' Opening words. ')), paragraphNode(textNode('Bold end ', 1)), paragraphNode(textNode('before a break '), lineBreak, textNode(' after it')));
    expect(md).not.toContain('&#x20;');
    expect(md).toContain('\nOpening words.\n');
    expect(md).toContain('\n**Bold end**\n');
    expect(md).toContain('\nbefore a break\\\nafter it\n');
  });

  it('keeps one space after a mention when the analyst typed another', () => {
    const md = noteMarkdown(paragraphNode(textNode('Asked about it, '), mentionNode(actorId('China'), 'China'), textNode('  said no.')));
    expect(md).toContain('China said no.');
    expect(md).not.toMatch(/China\S* {2}said/);
  });

  it('leaves spaces inside a line as they are', () => {
    const md = noteMarkdown(paragraphNode(textNode('Two  spaces inside.')));
    expect(md).toContain('Two  spaces inside.');
  });
});
