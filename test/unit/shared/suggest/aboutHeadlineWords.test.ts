/**
 * Capitalised headline words the entity rules glue into a name ("Its Board Was Told Nothing") are
 * not an actor a quote is about, nor is a street or a river (aboutActors.ts). The articles here are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('headline words read as a name', () => {
  it('never makes a title-case headline ending on a full stop an about-actor', () => {
    const text = 'Business\n\nA Ferry Company Lost Millions. Its Board Was Told Nothing.\n\nThe Brenna Ferry Company lost £4m last year, according to accounts seen by this newspaper.\n\nIvo Lind, a shareholder, said the board had never been shown the accounts.';
    expect(aboutOf(text, 'the board had never')).not.toContain('Board Was Told Nothing');
  });
});

describe('streets and rivers read as names', () => {
  it('never makes a street or a river an about-actor', () => {
    const text = 'Askby Ferries will run a new boat along the Brenna River from May, the company said.\n\nThe Brenna River carries 2,000 commuters a day.\n\nMayor Ada Kestrel said the Brenna River would be dredged before the service began.';
    expect(aboutOf(text, 'the Brenna River would')).not.toContain('Brenna River');
  });
});
