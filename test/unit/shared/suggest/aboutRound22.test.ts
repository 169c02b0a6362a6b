/**
 * About-actor rules of the twenty-second round: names the suggester could not class before. The
 * articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('about-actors: a person named after a short title with a full stop', () => {
  it('counts "Sen. Ada Roe" and "Gov. Ada Roe" as people a clause names, though their first names are unknown', () => {
    const text = 'Farm bill stalls\n\nOrrin Vale, a farmer, said Sen. Tamsin Ollory had blocked the bill. Later, Gov. Perrin Ashgale signed a different one.\n\nVale said Ashgale had kept his word.';
    expect(aboutOf(text, 'Sen. Tamsin Ollory had blocked')).toEqual(['Tamsin Ollory']);
    expect(aboutOf(text, 'Ashgale had kept')).toEqual(['Perrin Ashgale']);
  });

  it('counts "Mr. Roe" as a person, and a name written family name first keeps its short form', () => {
    const text = 'Port deal signed\n\nMr. Quellory was not at the signing, said Orrin Vale, a dock worker. Sorrin Vel Ado, the port chief, signed it.\n\nVale said Mr. Sorrin had promised more jobs.';
    expect(aboutOf(text, 'Mr. Quellory was not')).toEqual(['Quellory']);
    expect(aboutOf(text, 'Mr. Sorrin had promised')).toEqual(['Sorrin Vel Ado']);
  });

  it('does not take "St." for a title', () => {
    const set = suggestQuotes({ text: 'Orrin Vale said St. Brennock had long been a quiet town.' });
    expect(set.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Orrin Vale']);
  });
});

describe('about-actors: "the group" and "the coalition"', () => {
  it('reads "the group" as the advocacy body named last before it', () => {
    const text = 'Quarry plan approved\n\nThe Brennock Valley Water Alliance opposed the quarry from the start. Its director, Orrin Vale, said the group would appeal the decision.';
    expect(aboutOf(text, 'the group would appeal')).toEqual(['Brennock Valley Water Alliance']);
  });

  it('never reads "the group" as a public body or a news outlet', () => {
    const text = 'Quarry plan approved\n\nThe Brennock Planning Commission approved the quarry, the Brennock Herald reported. Orrin Vale, a neighbour, said the group would appeal the decision.';
    expect(aboutOf(text, 'the group would appeal')).toEqual([]);
  });

  it('reads "the coalition" as the body whose name says it is one', () => {
    const text = 'Quarry plan approved\n\nThe Brennock Rivers Coalition opposed the quarry. Orrin Vale, a neighbour, said the coalition would appeal the decision.';
    expect(aboutOf(text, 'the coalition would appeal')).toEqual(['Brennock Rivers Coalition']);
  });
});

describe('about-actors: a name the sentence shows to be a person', () => {
  const kinds = (text: string) => Object.fromEntries(suggestQuotes({ text }).actors.map((a) => [a.name, a.kind]));

  it('counts a name followed by ", who" or an age, or after "a … named" or "the board’s solicitor,", as a person', () => {
    const text = 'Quarry plan approved\n\nThe quarry was founded by Tamsin Ollory, who sold it in 2019. A retired engineer named Perrin Ashgale fixed the pumps. The board’s solicitor, Corrin Vantress, wrote the contract.\n\nOrrin Vale said Ollory, Ashgale and Vantress had done nothing wrong.';
    expect(aboutOf(text, 'Ollory, Ashgale and Vantress')).toEqual(['Tamsin Ollory', 'Perrin Ashgale', 'Corrin Vantress']);
  });

  it('leaves a firm someone works at, a place someone comes from and a group of people alone', () => {
    const text = 'Quarry plan approved\n\n“It is a good plan,” said Orrin Vale, a trader at Brennock Securities, who follows the industry. Among them was Ada Kestrel, 71, from Hebbet Bridge, whose home flooded. The Valley Democrats, who oppose it, walked out. Orrin Vale said Brennock Securities, Hebbet Bridge and the Valley Democrats had all been told.';
    const k = kinds(text);
    expect(k['Brennock Securities']).not.toBe('person');
    expect(k['Hebbet Bridge']).not.toBe('person');
    expect(k['Valley Democrats']).not.toBe('person');
  });
});

describe('about-actors: a party word before a name', () => {
  it('reads "Democrat Ada Roe" as the person Ada Roe, a Democrat, and leaves a party body whole', () => {
    const text = 'Race tightens\n\nDemocrat Perrin Ashgale voted against the bill. Orrin Vale said Ashgale was wrong and the Republican Study Committee agreed.';
    expect(aboutOf(text, 'Ashgale was wrong')).toEqual(['Perrin Ashgale', 'Republican Study Committee']);
  });
});

describe('about-actors: a name the sentence shows to be an organisation', () => {
  it('counts a name followed by ", which", after "the company,", or with its staff before it, as a body a quote can be about', () => {
    const text = 'Bus routes cut\n\nThe largest operator, Tolvenn Coaches, which runs most routes, objected. The contractor, Harrowby Paving, won the repair work. Strategists at Quellmoor Capital expect more cuts.\n\nOrrin Vale said Tolvenn Coaches, Harrowby Paving and Quellmoor Capital would all lose money.';
    expect(aboutOf(text, 'Tolvenn Coaches, Harrowby Paving')).toEqual(['Tolvenn Coaches', 'Harrowby Paving', 'Quellmoor Capital']);
  });

  it('leaves a law, a town and a body of men alone', () => {
    const text = 'Bus routes cut\n\nThe Brennock Transit Act, which passed in May, allows the cuts. She grew up in Hebbet Falls, which lost its route. The Brennock Patrolmen, which the city funds, stay.\n\nOrrin Vale said the Brennock Transit Act and Hebbet Falls had been ignored.';
    expect(aboutOf(text, 'the Brennock Transit Act')).toEqual([]);
  });
});

describe('about-actors: "the district" of a school story', () => {
  it('reads "the district" as the school district a story about its schools never names', () => {
    const text = 'Teachers strike\n\nTeachers walked out on Monday. The superintendent, Orrin Vale, said the district could not afford the raises. Union leader Ada Kestrel said the district had walked away from the talks.';
    expect(aboutOf(text, 'the district had walked away')).toEqual(['the district']);
  });

  it('leaves a voting district and the district attorney alone', () => {
    const text = 'Election night\n\nAda Kestrel won the seat. Orrin Vale said the district had voted for change and that the district attorney would review the count.';
    expect(aboutOf(text, 'the district had voted')).toEqual([]);
  });
});

describe('about-actors: "the state" of an American story', () => {
  it('reads "the state" as the one American state the story names, though nothing says it is a state', () => {
    const text = 'Battery plant announced\n\nTolvenn Energy will build a battery plant in South Carolina, the company said. Orrin Vale, a local official, said the state had offered tax breaks.';
    expect(aboutOf(text, 'the state had offered')).toEqual(['South Carolina']);
  });

  it('leaves "in the state" and "the state utilities commission" alone', () => {
    const text = 'Battery plant announced\n\nTolvenn Energy will build a battery plant in South Carolina, the company said. Orrin Vale, a local official, said jobs in the state would follow once the state utilities commission approved it.';
    expect(aboutOf(text, 'jobs in the state')).toEqual([]);
  });
});

describe('about-actors: "her opponent" in a race', () => {
  const race = 'Governor race tightens\n\nAda Kestrel, the mayor, debated Orrin Vale, a former senator, on Tuesday. Ms. Kestrel attacked Mr. Vale on taxes. Vale defended his record, and Kestrel said Vale had raised fees.\n\n';

  it('reads "her opponent" as the other of the two people the story names most', () => {
    expect(aboutOf(`${race}Kestrel said her opponent had never balanced a budget.`, 'her opponent had never')).toEqual(['Orrin Vale']);
  });

  it('leaves it alone when the owner is neither of them', () => {
    expect(aboutOf(`${race}Tamsin Ollory, a voter, said her opponent at the bowls club had cheated.`, 'her opponent at the bowls')).toEqual([]);
  });
});

describe('names after a local or state office', () => {
  it('reads "Treasurer Ada Roe" and "Councilwoman Ada Roe" as the person, the office as her role', () => {
    const set = suggestQuotes({ text: 'Pension plan\n\nTreasurer Tamsin Ollory said the fund was safe. Councilwoman Perrin Ashgale said it was not.' });
    expect(set.quotes.map((q) => q.speaker?.name)).toEqual(['Tamsin Ollory', 'Perrin Ashgale']);
  });
});

describe('about-actors: a parliament addressed by "told"', () => {
  it('reads "told MPs that" as about the one parliament the story names', () => {
    const text = 'Ferry cuts\n\nThe plan goes to the Commons next week. The transport secretary, Ada Kestrel, told MPs that the routes cost too much.';
    expect(aboutOf(text, 'the routes cost too much')).toEqual(['Commons']);
  });

  it('leaves reporters and a story with no parliament alone', () => {
    const text = 'Ferry cuts\n\nThe transport secretary, Ada Kestrel, told MPs that the routes cost too much.';
    expect(aboutOf(text, 'the routes cost too much')).toEqual([]);
  });
});

describe('about-actors: the lieutenant governor', () => {
  const text = 'Budget fight\n\nGov. Orrin Vale vetoed the budget. Lt. Gov. Ada Kestrel, who runs the Senate, objected.\n\n';

  it('reads "the lieutenant governor" as the person titled "Lt. Gov."', () => {
    expect(aboutOf(`${text}Tamsin Ollory said the lieutenant governor would call a vote.`, 'the lieutenant governor would')).toEqual(['Ada Kestrel']);
  });

  it('never reads "the governor" as the lieutenant governor', () => {
    expect(aboutOf(`${text}Tamsin Ollory said the governor would call a vote.`, 'the governor would')).toEqual(['Orrin Vale']);
  });
});

describe('about-actors: a state by its ambassador', () => {
  it('reads "the Brennish ambassador" as the state, as "Brennish officials" is', () => {
    const text = 'Fishing crew held\n\nFrance and Spain disagree over the catch. The foreign minister, Ada Kestrel, said she had summoned the Spanish ambassador twice.';
    expect(aboutOf(text, 'she had summoned')).toEqual(['Spain']);
  });
});

describe('about-actors: "X and Y" where two people share a surname', () => {
  it('reads the surname as the person the article calls by it alone', () => {
    const text = 'School strike\n\nThe superintendent, Orrin Vale, met union leader Ada Kestrel. Vale said no deal was near. Ben Vale, a parent who is no relation, was angry.\n\nThe mayor, Tamsin Ollory, said she had spoken to both Kestrel and Vale by phone.';
    expect(aboutOf(text, 'she had spoken')).toEqual(['Ada Kestrel', 'Orrin Vale']);
  });
});

describe('about-actors: the nations of the United Kingdom', () => {
  it('counts Scotland or Wales a clause speaks of, though named once, but not a place after "in"', () => {
    const text = 'Spending review\n\nThe chancellor, Ada Kestrel, set out the plans on Wednesday. Orrin Vale said Wales would lose £200m, and that schools in Scotland would cope.';
    expect(aboutOf(text, 'Wales would lose')).toEqual(['Wales']);
  });
});
