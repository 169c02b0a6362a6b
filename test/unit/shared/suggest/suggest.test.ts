/**
 * The suggester on short texts written for these tests (not taken from the labelled fixtures):
 * each case lists every quote the suggester must propose, with its kind and speaker, and nothing
 * else may be proposed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from '../../../../src/shared/suggest';

type Expected = [kind: 'direct' | 'indirect', text: string, speaker: string | null];

const cases: [name: string, text: string, expected: Expected[]][] = [
  ['trailing cue with a title', '“We will respond,” Defence Minister Ana Silva said on Monday.', [['direct', 'We will respond,', 'Ana Silva']]],
  ['leading cue with a colon', 'Prime Minister Kenji Sato said: “The talks were constructive.”', [['direct', 'The talks were constructive.', 'Kenji Sato']]],
  ['inverted cue with an appositive', '“It is a disaster,” said Ben Rutten, a researcher at the Clingendael Institute.', [['direct', 'It is a disaster,', 'Ben Rutten']]],
  [
    'quote split by its attribution',
    'Health Minister Ursula Klein spoke after the vote. “We are ready,” she said, “but we will not wait forever.”',
    [['direct', 'We are ready, … but we will not wait forever.', 'Ursula Klein']],
  ],
  ['pronoun cue in the next paragraph', '“The first step is done,” Marcus Webb said.\n\n“The second is harder,” he added.', [['direct', 'The first step is done,', 'Marcus Webb'], ['direct', 'The second is harder,', 'Marcus Webb']]],
  ['quote-only paragraph continues the speaker', '“We knew it would be close,” said Lena Park.\n\n“Nobody expected a recount.”', [['direct', 'We knew it would be close,', 'Lena Park'], ['direct', 'Nobody expected a recount.', 'Lena Park']]],
  ['said that, unnamed institution', 'The ministry said that exports fell by 5 per cent in March.', [['indirect', 'exports fell by 5 per cent in March', 'the ministry']]],
  ['told reporters, bare clause', 'Ahmed Hassan told reporters the ceasefire was holding.', [['indirect', 'the ceasefire was holding', 'Ahmed Hassan']]],
  ['according to, first', 'According to the United Nations, 2 million people have fled the region.', [['indirect', '2 million people have fled the region', 'United Nations']]],
  ['according to, last', 'The vote was rigged, according to opposition leader Juan Perez.', [['indirect', 'The vote was rigged', 'Juan Perez']]],
  ['noting that', 'The central bank raised rates on Thursday, noting that inflation remained high.', [['indirect', 'inflation remained high', 'the central bank']]],
  ['clause first, then the cue', 'The talks will resume next week, a spokesman said.', [['indirect', 'The talks will resume next week', 'a spokesman']]],
  ['anonymous source kept as described', '“We are worried,” a senior European diplomat told Reuters.', [['direct', 'We are worried,', 'a senior European diplomat']]],
  ['scare quote', 'The so-called “peace plan” was rejected by both sides.', []],
  ['programme title', 'She appeared on CNN’s “State of the Union” on Sunday.', []],
  ['apostrophes inside British quotes', '‘We’ve got to act now,’ said Tom Hale. ‘The ’80s are over.’', [['direct', 'We’ve got to act now, … The ’80s are over.', 'Tom Hale']]],
  ['corner brackets', '「We will win,」 Chen Wei said.', [['direct', 'We will win,', 'Chen Wei']]],
  ['reversed guillemets', '»We can do this«, said Angela Brandt.', [['direct', 'We can do this', 'Angela Brandt']]],
  ['quote continued over a paragraph break', '“The first part is settled.\n\n“The second part is not,” said Jo Bloggs.', [['direct', 'The first part is settled.\n\n“The second part is not,', 'Jo Bloggs']]],
  ['relative clause between subject and verb', 'Ravi Kumar, who chairs the committee, said the report was flawed.', [['indirect', 'the report was flawed', 'Ravi Kumar']]],
  ['she is not the nearest name', 'Olivia Grant met Peter Novak on Monday. She said the meeting was useful.', [['indirect', 'the meeting was useful', 'Olivia Grant']]],
  ['he skips a woman', 'Peter Novak met Olivia Grant on Monday. He said the meeting was useful.', [['indirect', 'the meeting was useful', 'Peter Novak']]],
  ['warned that', 'The IMF warned that global growth would slow next year.', [['indirect', 'global growth would slow next year', 'IMF']]],
  ['coordinated verb', 'Sara Ito praised the deal but said more work was needed.', [['indirect', 'more work was needed', 'Sara Ito']]],
  ['they refers to officials', 'Officials said the plan would cost $2 billion. They added that work would start in May.', [['indirect', 'the plan would cost $2 billion', 'officials'], ['indirect', 'work would start in May', 'officials']]],
  ['a company speaks of itself', 'Acme Corp said it would close two plants.', [['indirect', 'it would close two plants', 'Acme Corp']]],
  ['in a statement', 'The White House said in a statement that the president had signed the bill.', [['indirect', 'the president had signed the bill', 'White House']]],
  ['question with asked', '“Why now?” asked Mia Chen.', [['direct', 'Why now?', 'Mia Chen']]],
  ['nested quotation stays inside', '“He told me ‘never again’,” said Sam Ortiz.', [['direct', 'He told me ‘never again’,', 'Sam Ortiz']]],
  ['straight quotes and an apostrophe in a name', '"We\'re not going anywhere," said union leader Kate O\'Brien.', [['direct', "We're not going anywhere,", "Kate O'Brien"]]],
  ['fragment in reported speech stays in the clause', 'Mayor Lisa Tan said the plan was “a good start” for the city.', [['indirect', 'the plan was “a good start” for the city', 'Lisa Tan']]],
  ['fragment after "called X" is part of its complement', 'Senator Paul Reed called the bill “a disgrace”.', [['indirect', 'the bill “a disgrace”', 'Paul Reed']]],
  ['no speaker: say so', '“Prices will rise again.”', [['direct', 'Prices will rise again.', null]]],
  ['a title refers back to the named person', 'Prime Minister Jan Novak lost the vote. “I am confident,” the prime minister told parliament.', [['direct', 'I am confident,', 'Jan Novak']]],
  ['honorific and surname', 'Prime Minister Jan Novak lost the vote. Mr Novak told the BBC that he would not resign.', [['indirect', 'he would not resign', 'Jan Novak']]],
  ['an institution with a relative clause', 'The company, which employs 5,000 people, said it expected profits to fall.', [['indirect', 'it expected profits to fall', 'the company']]],
  ['a spokesperson for an organisation', '“We have no comment,” said a spokesperson for Meta.', [['direct', 'We have no comment,', 'a spokesperson for Meta']]],
  ['age appositive', 'Maria Lopez, 45, said she had been threatened.', [['indirect', 'she had been threatened', 'Maria Lopez']]],
  ['fronted participle and a single name', 'Speaking to reporters in Kyiv, Zelensky said Ukraine would not cede territory.', [['indirect', 'Ukraine would not cede territory', 'Zelensky']]],
  ['police as a source', 'Police said a 34-year-old man had been arrested.', [['indirect', 'a 34-year-old man had been arrested', 'police']]],
  ['witnesses told an outlet', 'Witnesses told the AP that the shooting lasted several minutes.', [['indirect', 'the shooting lasted several minutes', 'witnesses']]],
  ['leading cue with an outlet as object', 'Maria Vega stepped down in May. She later told The Guardian: “I regret nothing.”', [['direct', 'I regret nothing.', 'Maria Vega']]],
  ['who-clause between quote and verb', '“It’s over,” Smith, who resigned on Friday, said.', [['direct', 'It’s over,', 'Smith']]],
  ['fronted question then a leading cue', 'Asked whether he would run again, Mr Grant said: “We will see.”', [['direct', 'We will see.', 'Grant']]],
  ['relative that inside a bare clause', 'Anna Holm said the plan that was approved last week would be delayed.', [['indirect', 'the plan that was approved last week would be delayed', 'Anna Holm']]],
  ['told with no clause', 'Ms Park told reporters after the meeting.', []],
  ['dashes inside a quote', '“We are — and always will be — committed,” said Ole Berg.', [['direct', 'We are — and always will be — committed,', 'Ole Berg']]],
  ['wire style: weekday without "on"', 'KYIV (AP) — Ukraine’s president said Tuesday that talks would resume.', [['indirect', 'talks would resume', 'Ukraine’s president']]],
];

describe('suggestQuotes', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const got = suggestQuotes({ text }).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);
    expect(got).toEqual(expected);
  });
});

describe('suggestQuotes on whole articles', () => {
  it('treats an interview transcript’s answers as the interviewee’s quotes, not the questions', () => {
    const text = [
      'Interview',
      '‘We were too slow’: an interview with Maja Lind',
      'Maja Lind led the agency for ten years. She spoke to us in Oslo.',
      'Q: Why did you resign?',
      'A: Because we were too slow, and I was responsible for that.',
      'Q: What next?',
      'A: A long holiday, first.',
    ].join('\n\n');
    const quotes = suggestQuotes({ text }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
    expect(quotes).toEqual([
      ['We were too slow', 'Maja Lind'],
      ['Because we were too slow, and I was responsible for that.', 'Maja Lind'],
      ['A long holiday, first.', 'Maja Lind'],
    ]);
  });

  it('attributes a headline quote to the name before it, and merges aliases into one actor', () => {
    const text = 'World\n\nNATO ‘deeply worried’ about drones\n\nNATO Secretary-General Jens Stoltenberg said the alliance was “deeply worried”. Stoltenberg spoke in Brussels.';
    const { quotes, actors } = suggestQuotes({ text });
    expect(quotes[0]).toMatchObject({ text: 'deeply worried', speaker: { name: 'NATO', kind: 'organisation' } });
    const jens = actors.find((a) => a.name === 'Jens Stoltenberg');
    expect(jens).toMatchObject({ kind: 'person', aliases: ['Stoltenberg'], role: 'Secretary-General', affiliation: 'NATO' });
  });

  it('matches actors already in the notebook by name or alias', () => {
    const known = [{ id: 'act_us', name: 'United States', kind: 'state' as const, aliases: ['USA'], role: '', affiliationId: null }];
    const { actors } = suggestQuotes({ text: 'The U.S. said it would act.', knownActors: known });
    expect(actors.find((a) => a.name === 'United States')?.actorId).toBe('act_us');
  });

  it('always returns offsets into the text, whatever surrounds it, and finds the quote it was given', () => {
    const piece = fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', ' ', 'said', 'Anna Berg', 'he', 'that', 'the plan', 'was', '.', ',', ':', 'according to', 'Q:', 'A:');
    const noise = fc.array(piece, { maxLength: 25 }).map((p) => p.join(' '));
    const word = fc.constantFrom('we', 'will', 'not', 'accept', 'the', 'deal', 'talks', 'must', 'go', 'on', 'people', 'deserve', 'better');
    const quoted = fc.array(word, { minLength: 2, maxLength: 12 }).map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())},`);
    const speaker = fc.constantFrom('Maria Lindgren', 'Omar Haddad', 'Chen Jing', 'Tomás Ruiz');
    fc.assert(
      fc.property(noise, quoted, speaker, noise, (before, words, name, after) => {
        // The given quote is a paragraph of its own. A plain paragraph keeps it apart from the noise,
        // whose open mark would otherwise continue into a paragraph that reopens (as the conventions say).
        const text = `${before}\n\nThe meeting ended.\n\n“${words}” ${name} said.\n\n${after}`;
        const { quotes } = suggestQuotes({ text });
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.text).toBe(text.slice(q.start, q.end));
          expect(q.confidence).toBeGreaterThan(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
        }
        const start = text.indexOf(`“${words}”`) + 1;
        const given = quotes.find((q) => q.kind === 'direct' && q.start === start);
        expect(given, 'the quote in its own paragraph').toBeDefined();
        expect(given!.text.replace(/,$/, '')).toBe(words.replace(/,$/, ''));
        expect(given!.speaker?.name).toBe(name);
      }),
      { numRuns: 300 },
    );
  });
});
