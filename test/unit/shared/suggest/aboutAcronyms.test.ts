/**
 * A short capitalised form the article writes after "a" or "every" ("a super PAC", "every NIMBY")
 * is a kind of thing, not an actor a quote is about (aboutActors.ts commonAcronym). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('acronyms used as common nouns', () => {
  it('reads "a super PAC" as no actor, the candidate it backs as one', () => {
    const text = 'Ada Roe leads the race for the Brenna Senate seat.\n\nCampaign filings show that a super PAC backing Roe has spent $3 million on radio ads.';
    expect(aboutOf(text, 'a super PAC backing')).toEqual(['Ada Roe']);
  });
});
