/**
 * "It" as a body (aboutIt.ts): the object a cue aims its words at, and the subject of a clause a
 * person reports for their own body. The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('about-actors: "it" as a body', () => {
  it('reads "urged it to" as the body named before the cue', () => {
    const text = 'The Askby Harbour Authority voted on Monday to close the north quay.\n\nOla Brekk, who runs a ferry from the quay, urged it to wait until the new berth opens.';
    expect(aboutOf(text, 'it to wait')).toEqual(['Askby Harbour Authority']);
  });

  it('reads a clause opening on "it" as the body its speaker speaks for', () => {
    const text = 'Vantor Battery Systems will build its new plant in Askby. Vantor has not said what the plant will cost.\n\n“We wanted a port,” Dara Venn, Vantor’s chief executive, said on Monday.\n\nVenn, asked whether the company had looked abroad, said it had looked at eleven sites before choosing the town.';
    expect(aboutOf(text, 'it had looked')).toEqual(['Vantor Battery Systems']);
  });
});
