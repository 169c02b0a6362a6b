/**
 * "his members", "her party" in the clause of a person who speaks for a body: the body the
 * article gives the speaker (aboutOwnBodies.ts). The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('a speaker\'s own body by a possessive pronoun', () => {
  it('reads "his members" as the union its president speaks for', () => {
    const text = 'The Brenna Dockers Union called a strike vote on Monday.\n\nIvo Lind, president of the Brenna Dockers Union, said his members would not accept the offer.';
    expect(aboutOf(text, 'his members would')).toEqual(['Brenna Dockers Union']);
  });

  it('reads nothing into "his party" of a speaker the article gives no body', () => {
    const text = 'The Brenna Dockers Union called a strike vote on Monday.\n\nIvo Lind, a crane driver, said his party would not back the dockers.';
    expect(aboutOf(text, 'his party would')).toEqual([]);
  });
});
