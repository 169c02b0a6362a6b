/**
 * Unnamed sources described at length at the end of a sentence ("according to two MPs who …"):
 * the description is cut, not the source dropped. Sentences made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

const speakers = (text: string) => suggestQuotes({ text }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('a late source with a long relative clause', () => {
  it('keeps who the source is and drops the time of the meeting', () => {
    const text = 'Harbour board members were told to back the levy or lose their seats, according to two councillors who attended a briefing with the board chair on Monday evening.';
    expect(speakers(text)).toEqual([['Harbour board members were told to back the levy or lose their seats', 'two councillors who attended a briefing with the board chair']]);
  });

  it('drops an anonymity clause, so a later "the aide" finds the same source', () => {
    const text = 'The ferry tender will be rerun, according to a senior aide in the harbours ministry who requested anonymity because the tender is secret. The aide said bidders had been told on Friday.';
    expect(speakers(text)).toEqual([
      ['The ferry tender will be rerun', 'a senior aide in the harbours ministry'],
      ['bidders had been told on Friday', 'a senior aide in the harbours ministry'],
    ]);
  });
});

describe('a trailing cue after a clause holding a quoted fragment', () => {
  it('reports the whole clause, not the fragment, when the writer’s words follow the quotation', () => {
    const text = 'The harbour master doubts the plan, according to an aide in her office. Ms. Quenby has told staff that the levy would “sink the harbour” for a decade, the aide said.';
    expect(speakers(text).at(-1)).toEqual(['Ms. Quenby has told staff that the levy would “sink the harbour” for a decade', 'an aide in her office']);
  });
});

describe('a person first met as an object, then the subject as "the …"', () => {
  it('"the clerk" after "asked a harbour manager whether …" is the clerk as first described, and so is her "she wrote"', () => {
    const text = 'The letters tell another story. In March, Pellow asked a harbour manager whether the tide tables could be redone. The manager, who still works at the port, replied that redoing them would break the rules.\n\n“I will not sign this,” she wrote.';
    expect(speakers(text).slice(1)).toEqual([
      ['redoing them would break the rules', 'a harbour manager'],
      ['I will not sign this,', 'a harbour manager'],
    ]);
  });
});

describe('"the officials said" when the story has mentioned officials of its own', () => {
  it('is the officials who spoke, not the ones the sentence was about', () => {
    const text = 'Harbour officials are drawing up a plan to close the night ferry, according to two council officials briefed on the talks. The plan would need a vote in May, the officials said.';
    expect(speakers(text)).toEqual([
      ['Harbour officials are drawing up a plan to close the night ferry', 'two council officials briefed on the talks'],
      ['The plan would need a vote in May', 'two council officials briefed on the talks'],
    ]);
  });
});
