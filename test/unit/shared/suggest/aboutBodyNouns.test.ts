/**
 * "The trust", "the authority" and "the regulator" resolved to the body the article names
 * (aboutDescriptions.ts ORG_NOUNS). The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('body nouns resolved to the named body', () => {
  it('reads "the trust" as the NHS trust the article names', () => {
    const text = 'Staff at Brenna Valley NHS Trust raised the alarm in 2022.\n\nIvo Lind, a surgeon, said the trust had ignored every warning.';
    expect(aboutOf(text, 'the trust had ignored')).toEqual(['Brenna Valley NHS Trust']);
  });

  it('reads "the authority" as the council the article names', () => {
    const text = 'Brenna District Council has closed three libraries this year.\n\nOla Brekk, a campaigner, said the authority had broken its promises.';
    expect(aboutOf(text, 'the authority had broken')).toEqual(['Brenna District Council']);
  });

  it('reads "the regulator" as the body whose name says it regulates', () => {
    const text = 'The Brenna Water Regulation Office fined Askby Water in May.\n\nIvo Lind, a customer, said the regulator had been far too slow.';
    expect(aboutOf(text, 'the regulator had been')).toEqual(['Brenna Water Regulation Office']);
  });
});

describe('a kind noun a named body fits is that body, not a body of its own (aboutBodies.ts)', () => {
  it('reads "the club" as the club the article names by its name alone', () => {
    const text = 'Union Brenna sacked its coach on Monday after a fifth defeat.\n\nIvo Lind, a supporter, said the club had lost its way.';
    expect(aboutOf(text, 'the club had lost')).toEqual(['Union Brenna']);
  });

  it('reads "the administration" as the White House the article names', () => {
    const text = 'White House officials met the governors on Monday.\n\nOla Brekk, a governor, said the administration had ignored the states.';
    expect(aboutOf(text, 'the administration had ignored')).toEqual(['White House']);
  });
});

describe('a headline\'s capitalised words name no body', () => {
  it('keeps "the board" a body of its own when only a headline writes "Board"', () => {
    const text = 'Ferry Fares Rose by Millions. The Board Heard Nothing of It.\n\nBy Ada Roe\n\nFerry fares rose again in May.\n\nIvo Lind, a ferry user, said the board had ignored every complaint since May.';
    expect(aboutOf(text, 'the board had ignored')).toEqual(['the board']);
  });
});
