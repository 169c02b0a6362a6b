/**
 * An unnamed source drawn from two states ("officials from both governments") speaks of both
 * (aboutStates.ts). The article here is invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('about-actors: an unnamed source from both states', () => {
  it('reads "officials from both governments" as speaking of the two states', () => {
    const text = 'Estonia and Latvia held a second round of fishing talks in Askby on Tuesday.\n\nThe next round will take place in March, officials from both governments said.';
    expect(aboutOf(text, 'The next round')).toEqual(expect.arrayContaining(['Estonia', 'Latvia']));
  });
});
