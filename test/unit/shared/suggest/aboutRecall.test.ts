/**
 * About-actor recall rules (issue 14, third about round): actors a quote refers to by a name the
 * suggester could not class, by a description or in the object of a cue. Each rule checks that the
 * referent is plain. The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';
import { regionNames } from '../../../../src/shared/suggest/regions';

describe('about-actors: names the article keeps using', () => {
  it('counts an unclassed name used as a name three times', () => {
    const text = 'Mirela Quillon said Brennick had ignored the farmers for a decade.\n\nBrennick has not replied to requests for comment. Brennick and the growers met twice last year.\n\nOne grower, Alun Prothe, said Brennick would lose the vote.';
    expect(aboutOf(text, 'Brennick had ignored')).toEqual(['Brennick']);
    expect(aboutOf(text, 'Brennick would lose')).toEqual(['Brennick']);
  });

  it('leaves out a continent and a word used only as an adjective', () => {
    const region = 'Mirela Quillon said Europe had ignored the farmers for a decade.\n\nEurope has not replied. Europe and the growers met twice last year.\n\nOne grower, Alun Prothe, said Europe would lose the vote.';
    expect(aboutOf(region, 'Europe had ignored')).toEqual([]);
    const adjective = 'Mirela Quillon said Tavish senators had ignored the farmers.\n\nTavish voters were angry and Tavish growers too.\n\nOne grower, Alun Prothe, said Tavish leaders would lose the vote.';
    expect(aboutOf(adjective, 'Tavish senators')).toEqual([]);
  });
});

describe('about-actors: descriptions with one plain referent', () => {
  const filler = 'The harbour has been busy all summer, with cruise ships and ferries arriving daily and hotels reporting record bookings. '.repeat(20);

  it('reads "the department" as the one department the article named, however far back', () => {
    const text = `The Department of Ports awarded the dredging contract to Pellam Marine in March.\n\n${filler}\n\nA local councillor, Ada Kestrel, said the department had ignored the fishermen.`;
    expect(aboutOf(text, 'the department had ignored')).toEqual(['Department of Ports']);
  });

  it('leaves "the department" alone when the article named two departments', () => {
    const text = `The Department of Ports awarded the contract. The Department of Fisheries opposed it.\n\n${filler}\n\nA local councillor, Ada Kestrel, said the department had ignored the fishermen.`;
    expect(aboutOf(text, 'the department had ignored')).toEqual([]);
  });

  it('reads "the company" as the firm the story keeps naming, not a public body named later', () => {
    const text = 'Pellam Holdings won the contract in March. Pellam Holdings shares rose and Pellam Holdings hired 40 divers.\n\nThe Harbour Commission reviewed the deal in May.\n\nAda Kestrel, a councillor, said the company had misled the Harbour Commission.';
    expect(aboutOf(text, 'the company had misled')).toEqual(['Pellam Holdings', 'Harbour Commission']);
  });

  it('reads "the central bank" as the bank the article names', () => {
    const text = 'The Ravensby Reserve Bank kept rates at 4%.\n\nAda Kestrel, an economist, said the central bank had waited too long.';
    expect(aboutOf(text, 'the central bank had waited')).toEqual(['Ravensby Reserve Bank']);
  });
});

describe('about-actors: the object of "warned" and "told … that"', () => {
  it('counts whom a statement was a warning to', () => {
    const text = 'Estonia’s foreign minister, Ada Kestrel, warned Latvia that the river treaty would lapse in May.';
    expect(aboutOf(text, 'the river treaty')).toEqual(['Latvia']);
  });

  it('counts whom a clause was told to, but not the outlet it was told to', () => {
    const told = 'Ada Kestrel, Estonia’s foreign minister, told Latvia on Monday that the river treaty would lapse.';
    expect(aboutOf(told, 'the river treaty')).toEqual(['Latvia']);
    const outlet = 'Clarion News Radio reported the row first.\n\nAda Kestrel, Estonia’s foreign minister, told Clarion News Radio that the river treaty would lapse.';
    expect(aboutOf(outlet, 'the river treaty')).toEqual([]);
  });

  it('does not carry a warning over to a second cue', () => {
    const text = 'Estonia warns Latvia on dams but says a river deal stays within reach\n\nTALLINN — Estonia said on Monday it was ready to talk.';
    expect(aboutOf(text, 'a river deal')).toEqual([]);
  });
});

describe('about-actors: "called X “…”"', () => {
  it('counts whom a quoted label was given to', () => {
    const text = 'Ada Kestrel, Estonia’s prime minister, spoke for an hour.\n\nTom Pellam, a union leader who has clashed with Kestrel over pay since 2021 and once called her “a caretaker with no plan”, said the speech was thin.';
    expect(aboutOf(text, 'a caretaker with no plan')).toEqual(['Ada Kestrel']);
  });

  it('does not read "called for" or a name far from the quote as the target', () => {
    const text = 'Ada Kestrel, Estonia’s prime minister, spoke for an hour.\n\nTom Pellam called for calm and said the speech was “thin gruel”.';
    expect(aboutOf(text, 'the speech was')).toEqual([]);
  });
});

describe('about-actors: demonyms naming a state’s officials', () => {
  it('allows one word between the demonym and the officials', () => {
    const text = 'Latvia and Estonia agreed a border deal on Friday.\n\nAda Kestrel, a trade lawyer, said Latvian customs officers would check every lorry.';
    expect(aboutOf(text, 'Latvian customs officers')).toEqual(['Latvia']);
  });

  it('still leaves out goods', () => {
    const text = 'Latvia and Estonia agreed a border deal on Friday.\n\nAda Kestrel, a trade lawyer, said Latvian timber exports would fall.';
    expect(aboutOf(text, 'Latvian timber exports')).toEqual([]);
  });

  it('reads a state’s stance or rights by its demonym ("the Latvian position") as the state', () => {
    const text = 'Latvia and Estonia resumed border talks on Friday.\n\nAda Kestrel, an Estonian negotiator, said the Latvian position had hardened since March.';
    expect(aboutOf(text, 'the Latvian position')).toEqual(['Latvia']);
  });

  it('reads a people by its plural demonym ("the Latvians") as its state', () => {
    const text = 'Latvia and Estonia resumed border talks on Friday.\n\nAda Kestrel, a trade lawyer, said the Latvians walked out of the talks over customs posts.';
    expect(aboutOf(text, 'the Latvians walked')).toEqual(['Latvia']);
  });

  it('reads a demonym that is its own plural before a verb ("the Dutch will") as its state, not before a noun', () => {
    const text = 'Belgium and the Netherlands resumed border talks on Friday.\n\nAda Kestrel, a trade lawyer, said the Dutch will sign the treaty in June.\n\nOla Brekk said the Dutch coast would need new dikes.';
    expect(aboutOf(text, 'the Dutch will')).toEqual(['Netherlands']);
    expect(aboutOf(text, 'the Dutch coast')).toEqual([]);
  });
});

describe('about-actors: a chamber is not the group named after it', () => {
  it('keeps "the Senate" apart from "Senate Whigs"', () => {
    const text = 'Senate Whigs said on Monday that they would block the bill.\n\nAda Kestrel, the majority leader, said the bill would pass the Senate by Friday.';
    expect(aboutOf(text, 'the bill would pass')).toEqual(['Senate']);
  });

  it('still reads a single word as the company it starts', () => {
    const text = 'Pellam Holdings won the contract in March.\n\nAda Kestrel, a councillor, said Pellam had misled the council.';
    // "the council", a body the story names only by its kind, is an actor of its own (aboutBodies.ts).
    expect(aboutOf(text, 'Pellam had misled')).toEqual(['Pellam Holdings', 'the council']);
  });
});

describe('about-actors: a state or province inside a country', () => {
  const text = 'LAKETON, Brenna (AP) — Brenna Governor Ada Kestrel sued the federal government on Monday over water rights.\n\nThe Brenna Farm Bureau backed the suit. "Brenna has waited long enough," Kestrel said. Farmers in Brenna use most of the river.\n\nTom Pellam, who leads the bureau, said the state would win.';

  it('finds the regions an article names as such, not countries, banks or months', () => {
    expect([...regionNames(text)]).toEqual(['brenna']);
    expect([...regionNames('LONDON, May 4 (Reuters) — Reserve Bank Governor Ada Kestrel and Latvia’s attorney general met in the state of Nuevo Brenna.')]).toEqual(['nuevo brenna']);
  });

  it('reads "the state" as the region, and the region alone as itself rather than its farm bureau', () => {
    expect(aboutOf(text, 'the state would win')).toEqual(['Brenna']);
    expect(aboutOf(text, 'Brenna has waited')).toEqual(['Brenna']);
  });
});

describe('about-actors: a capitalised name is not a description', () => {
  it('does not read "the Court of Appeal" as "the court" named earlier', () => {
    const text = 'The Brenna Land Court heard the case in May.\n\nAda Kestrel, a lawyer, said the Court of Appeal would decide.';
    expect(aboutOf(text, 'the Court of Appeal would decide')).toEqual(['Court of Appeal']);
  });
});
