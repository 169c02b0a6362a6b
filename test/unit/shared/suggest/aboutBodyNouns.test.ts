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
