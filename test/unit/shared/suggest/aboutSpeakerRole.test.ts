/**
 * A speaker described by a role alone ("the governor wrote that …") is the role's holder, and no
 * quote is about its own speaker (aboutDescriptions.ts describedSpeaker). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('a speaker described by a role', () => {
  it('leaves the governor out of what the governor wrote about herself', () => {
    const text = 'Gov. Ada Roe vetoed the road budget on Friday.\n\nIn a veto message, the governor wrote that the budget was unfair to rural towns and that she would not sign it.';
    expect(aboutOf(text, 'the budget was unfair')).toEqual([]);
  });

  it('still reads the governor into the words of a spokeswoman for the governor', () => {
    const text = 'Gov. Ada Roe vetoed the road budget on Friday.\n\nA spokeswoman for the governor said she would not sign any plan that cut rural grants.';
    expect(aboutOf(text, 'she would not sign')).toEqual(['Ada Roe']);
  });
});
