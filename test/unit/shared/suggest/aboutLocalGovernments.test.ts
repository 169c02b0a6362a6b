/**
 * "The city" and "the county" as the local government a story is about (aboutLocalGovernments.ts):
 * read where the noun acts ("the county would appeal"), not where it only says where. The articles
 * here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('the city and the county as actors', () => {
  it('reads "the county" acting in a clause as the county the article names', () => {
    const text = 'A judge ruled on Monday that Brackwater County must repair its flooded jail.\n\nCounty Attorney Ivo Lind said the county would appeal the ruling.';
    expect(aboutOf(text, 'the county would appeal')).toEqual(['Brackwater County']);
  });

  it('makes "the city" an actor of its own when the article never names the city government', () => {
    const text = 'A footbridge over the canal has been shut since March.\n\nResidents say the city had ignored their complaints for two years, Olga Brandt, a neighbour, said.\n\nMayor Anna Berg said the city had acted as soon as engineers raised the alarm.';
    expect(aboutOf(text, 'the city had acted')).toEqual(['the city']);
  });

  it('reads the county ordered to do something as the county', () => {
    const text = 'Brackwater County lost its appeal on Friday.\n\nJudge Ivo Lind ordered the county to rebuild the bridge within a year.';
    expect(aboutOf(text, 'the county to rebuild')).toContain('Brackwater County');
  });

  it('leaves "the city" alone where it only says where', () => {
    const text = 'Tenant leader Olga Brandt said rents in the city had doubled in five years.';
    expect(aboutOf(text, 'rents in the city')).toEqual([]);
  });
});
