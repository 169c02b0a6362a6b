/**
 * Whom a headline attribution ("…, aides say") is about, when the headline names its subject the
 * way headlines do: by a capitalised office, a body's common noun, the first word of a body's name,
 * or a description the lede resolves only in its next paragraph (aboutDescriptions.ts,
 * aboutLede.ts). The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('a headline opening on an office', () => {
  it('reads a capitalised "Governor’s" as the one governor of the story', () => {
    const text = 'Governor’s veto threat holds up ferry plan, aides say\n\nA veto threat from Gov. Ada Kestrel has stalled a deal on island ferries, three aides said on Monday.\n\nIvo Lind, who leads the island residents group, said the deal had been close.';
    expect(aboutOf(text, 'Governor’s veto threat')).toEqual(['Ada Kestrel']);
  });

  it('reads a bare "Speaker" as the one Speaker of the story', () => {
    const text = 'Speaker mulls ferry offer for rebels, aides say\n\nSpeaker Ada Kestrel is weighing a deal on island ferries, three aides said on Monday.\n\nIvo Lind, a rebel, said the offer was not enough.';
    expect(aboutOf(text, 'Speaker mulls ferry offer')).toEqual(['Ada Kestrel']);
  });
});

describe('a headline opening on a body', () => {
  it('reads "Council" before its verb as the one council of the story', () => {
    const text = 'Council ‘was warned’ over ferry losses, auditors find\n\nBrenna District Council lost £4m on a ferry company, according to a report by its auditors.\n\nIvo Lind, a councillor, said the report was unfair.';
    expect(aboutOf(text, 'Council ‘was warned’')).toEqual(['Brenna District Council']);
  });

  it('reads the first word of a body’s name as the body', () => {
    const text = 'Fisheries pauses quota review, officials say\n\nWASHINGTON (AP) — The Fisheries Department has put the cod quota review on hold, two officials said on Tuesday.\n\nIvo Lind, who fishes out of Askby, said the pause would cost the fleet a season.';
    expect(aboutOf(text, 'Fisheries pauses quota review')).toEqual(['Fisheries Department']);
  });
});

describe('a headline’s former official named in the next paragraph', () => {
  it('reads "Former port chief" as the person a delayed lede introduces', () => {
    const text = 'Former port chief charged in dredging bribery case, prosecutors say\n\nASKBY (AP) — A former harbour director was charged Wednesday with taking cash and trips from a dredging company in exchange for contracts, federal prosecutors said.\n\nAda Kestrel, 58, who ran the Askby harbour for nine years, faces six counts of bribery.\n\nIvo Lind, the company’s owner, was charged too. Orla Finch, his lawyer, declined to comment.';
    expect(aboutOf(text, 'Former port chief charged')).toEqual(['Ada Kestrel']);
  });
});

describe('names written in short', () => {
  it('reads an acronym with its small words in lower case ("MoH") as the body whose words it takes', () => {
    const text = 'The Ministry of Harbours has been told to publish its dredging plans by a committee of MPs.\n\nThe committee said the MoH must publish an annual report on the state of the harbours.';
    expect(aboutOf(text, 'the MoH must publish')).toEqual(['Ministry of Harbours']);
  });

  it('reads two surnames joined by a hyphen as both people', () => {
    const text = 'Ada Kestrel and Ivo Lind, two senators, have written an amendment to the ferry bill.\n\nKestrel said on Monday that the ferries needed a subsidy. Lind said the amendment would pass.\n\nOrla Finch, a farmer, said the Kestrel-Lind amendment would save the ferries.';
    expect(aboutOf(text, 'the Kestrel-Lind amendment would')).toEqual(['Ada Kestrel', 'Ivo Lind']);
  });

  it('leaves a double-barrelled surname to its one person', () => {
    const text = 'Ada Kestrel-Lind, the senator, has written an amendment to the ferry bill.\n\nOrla Finch, a farmer, said the Kestrel-Lind amendment would save the ferries.';
    expect(aboutOf(text, 'the Kestrel-Lind amendment would')).toEqual(['Ada Kestrel-Lind']);
  });
});

describe('a place written as the first word of a group’s name', () => {
  it('never reads the town opening a headline as the group named after it', () => {
    const text = 'Askby to release police video within days, officials say\n\nASKBY (AP) — The town will release video of last week’s police shooting within days, two officials said Monday.\n\n“We have nothing to hide,” the mayor said.\n\nThe Askby Patrolmen’s Guild said in a statement that the release was premature. Askby Patrolmen have asked for the video to be held back.';
    expect(aboutOf(text, 'Askby to release police video')).not.toContain('Askby Patrolmen');
  });
});
