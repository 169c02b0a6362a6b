/**
 * Whom a quote is about when it calls a named person by their office (issue 14): "the minister",
 * "the president". The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

function aboutOf(text: string, start: string): string[] {
  const set = suggestQuotes({ text });
  const q = set.quotes.find((s) => s.text.startsWith(start));
  if (!q) throw new Error(`no suggestion starts with "${start}": ${set.quotes.map((s) => s.text).join(' | ')}`);
  return q.about.map((a) => a.name);
}

describe('about-actors: an office for the person holding it', () => {
  it('reads "the minister" as the one minister of the article, named only after the quote', () => {
    const text = 'A court ruled on Tuesday that the environment minister acted unlawfully when she approved a quarry.\n\nJudge Petra Lunn said the minister had ignored the evidence on the river.\n\nEnvironment Minister Rhona Tesk said she would appeal.';
    expect(aboutOf(text, 'the minister had ignored')).toContain('Rhona Tesk');
  });

  it('passes over the speaker whose own role holds the word', () => {
    const text = 'President Tomas Wendl signed the water bill on Monday.\n\nJorund Varnholt, the president of the farmers’ union, said the president had ignored every farmer in the valley.';
    expect(aboutOf(text, 'the president had ignored')).toEqual(['Tomas Wendl']);
  });

  it('does not take a former minister for "the minister"', () => {
    const text = 'Housing Minister Rhona Tesk unveiled the plan on Monday.\n\nEdwin Caul, a former minister, called it timid.\n\nDara Venn, who speaks for the opposition, said the minister had no idea what a house costs.';
    expect(aboutOf(text, 'the minister had no idea')).toEqual(['Rhona Tesk']);
  });
});
