/** The quote-mark-and-cue baseline: marks paired, and one naive cue rule for reported speech. */
import { describe, expect, it } from 'vitest';
import { markAndCueQuotes } from '../../../../src/shared/suggest/baselineCue';

const text = 'Politics\n\nTalks stall\n\nJohn Smith said that the plan would fail in May. The plan is dead, Smith said. “We will win,” she said. According to the minutes, officials wanted a delay. The vote is Tuesday.';
const found = () => markAndCueQuotes(text).map((p) => [p.kind, p.speaker, text.slice(p.start, p.end)]);

describe('markAndCueQuotes', () => {
  it('finds clauses after a leading cue, before a trailing cue and after "according to", with the name by the cue', () => {
    expect(found()).toEqual([
      ['indirect', 'John Smith', 'the plan would fail in May'],
      ['indirect', 'Smith', 'The plan is dead'],
      ['direct', 'she', 'We will win,'],
      ['indirect', 'the minutes', 'officials wanted a delay'],
    ]);
  });

  it('suggests nothing for a sentence without a cue', () => {
    expect(markAndCueQuotes('The vote is on Tuesday. Nothing else happened.')).toEqual([]);
  });
});
