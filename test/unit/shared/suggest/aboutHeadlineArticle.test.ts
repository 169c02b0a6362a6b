/**
 * A quote whose first word is an article ("The lads …") does not open on a body's name, even when
 * the story describes a body whose description starts with "the" (aboutDescriptions.ts). Here the
 * quote is a paragraph of its own in German marks, which the rules read as a heading. The article
 * is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('a quote opening on an article', () => {
  it('does not read "The" as the first word of a described body', () => {
    const text = 'Ivo Lind, the coach of Askby Rovers, was sacked by the club’s board on Monday.\n\n„It was my mistake,“ Lind told the press.\n\n„The lads did what I wanted. My plan was poor.“';
    expect(aboutOf(text, 'The lads did')).toEqual([]);
  });
});
