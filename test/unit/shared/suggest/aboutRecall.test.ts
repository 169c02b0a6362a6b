/**
 * About-actor recall rules (issue 14, third about round): actors a quote refers to by a name the
 * suggester could not class, by a description or in the object of a cue. Each rule checks that the
 * referent is plain. The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

/** The about-actors of the suggestion whose text starts with `start`. */
function aboutOf(text: string, start: string): string[] {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return q.about.map((a) => a.name);
}

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
