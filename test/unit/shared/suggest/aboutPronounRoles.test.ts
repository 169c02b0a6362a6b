/**
 * A pronoun in a quote whose person the story last called by a role ("the governor wrote …"): the
 * role counts as a mention of its holder (aboutActors.ts pronouns). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('pronouns after a role', () => {
  it('reads "She" as the governor a role named in the paragraph before, though her name is further back', () => {
    const text = [
      'Gov. Ada Roe vetoed the road budget on Friday.',
      '"I asked for a fair plan," Ms. Roe said at the Capitol. "I did not get one."',
      'Lena Vost, the Senate leader, said the governor had cut rural grants for a third year running.',
      'Ivo Lind, a senator who has fought the governor since her first term, called the veto a stunt.',
      '"She is blocking money for roads," Mr. Lind said.',
    ].join('\n\n');
    expect(aboutOf(text, 'She is blocking')).toEqual(['Ada Roe']);
  });
});

describe('a clause opening on its cue\'s object', () => {
  it('reads "him" of "urged him to" as someone other than the speaker, though the speaker fits it', () => {
    const text = [
      'Mayor Ivo Lind said on Monday that he would close four libraries.',
      'Teodor Brekk, the opposition leader, accused him of "giving up on readers" and urged him to reverse the decision.',
    ].join('\n\n');
    expect(aboutOf(text, 'him to reverse')).toEqual(['Ivo Lind']);
  });
});
