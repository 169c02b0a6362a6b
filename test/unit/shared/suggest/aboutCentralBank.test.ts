/**
 * Bodies a story names only by description (aboutBodies.ts): a central bank it never names, and a
 * board first written at a sentence start. The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('about-actors: bodies named only by description', () => {
  it('reads "the bank" as the central bank a story calls only "Brennia’s central bank"', () => {
    const text = 'Brennia’s central bank held its main rate at 5% on Tuesday.\n\nFinance Minister Ada Kestrel said she respected the bank’s independence but wanted cheaper loans.';
    expect(aboutOf(text, 'she respected')).toEqual(['the central bank']);
  });

  it('reads "the board" as a board the story first writes at a sentence start', () => {
    const text = 'The port’s board voted on Monday to raise fees by a fifth.\n\nOla Brekk, who runs a ferry line, said the board had ignored every small operator.';
    expect(aboutOf(text, 'the board had ignored')).toEqual(['the port’s board']);
  });
});
