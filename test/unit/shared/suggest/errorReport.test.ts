/** The per-class error report of issue 14: each class counts what its labels say it should. */
import { describe, expect, it } from 'vitest';
import { aboutMissCause, errorReport, missCause, precisionCause, speakerCause } from '../../../../src/shared/suggest/errorReport';
import { scoreArticle, type GoldArticle, type GoldQuote, type Prediction } from '../../../../src/shared/suggest/evaluate';

const text = [
  'Politics',
  '',
  'Hale Aides Say Bill Is Dead',
  '',
  'The senator’s aides noted that the bill was dead. Records show the vote failed. Secretary of State Robert Quinlan said the deal was "a gift to Moscow." In the three states that rely on the river, farmers wait.',
].join('\n');
const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
const q = (kind: GoldQuote['kind'], speaker: string, s: string, extra: Partial<GoldQuote> = {}): GoldQuote => ({ kind, speaker, ...at(s), about: [], ...extra });

const gold: GoldArticle = {
  title: 'Hale Aides Say Bill Is Dead',
  actors: [
    { name: 'Ruth Hale', kind: 'person', aliases: ['Hale'] },
    { name: 'Ruth Hale’s aides', kind: 'other', subkind: 'group', aliases: ['the senator’s aides'] },
    { name: 'records', kind: 'other', subkind: 'document', aliases: [] },
    { name: 'Robert Quinlan', kind: 'person', aliases: ['Quinlan'] },
    { name: 'European Union', kind: 'organisation', aliases: ['EU'] },
  ],
  quotes: [
    q('indirect', 'Ruth Hale’s aides', 'Bill Is Dead', { speaker_kind: 'group', tags: ['headline'] }),
    q('indirect', 'Ruth Hale’s aides', 'the bill was dead', { speaker_kind: 'group', tags: ['possessive'] }),
    q('indirect', 'records', 'the vote failed', { speaker_kind: 'document' }),
    q('indirect', 'Robert Quinlan', 'the deal was "a gift to Moscow."', { speaker_kind: 'person', tags: ['title-name', 'partial'] }),
  ],
  not_quotes: [{ ...at('rely on the river, farmers wait'), cause: 'noun-cue' }],
};
const pred = (s: string, kind: Prediction['kind'], speaker: string | null, extra: Partial<Prediction> = {}): Prediction => {
  const { start, end } = at(s);
  return { start, end, kind, speaker, ...extra };
};

describe('errorReport', () => {
  const predictions = [
    pred('the bill was dead', 'indirect', null),
    pred('the vote failed', 'indirect', null),
    pred('the deal was "a gift to Moscow."', 'indirect', 'secretary of State Robert Quinlan', { speakerKind: 'person' }),
    pred('a gift to Moscow.', 'direct', 'Robert Quinlan'),
    pred('rely on the river, farmers wait', 'indirect', null),
  ];
  const score = scoreArticle(text, gold, predictions);
  const actors = [
    { name: 'Robert Quinlan', kind: 'person' },
    { name: 'State Robert Quinlan', kind: 'person' },
    { name: 'European Union', kind: 'person' },
    { name: 'Moscow', kind: 'state' },
  ];
  const report = errorReport([{ text, gold, score, actors }]);

  it('counts empty speakers by cause: a possessive group, a document', () => {
    expect(report.speakerEmpty).toEqual({ total: 2, byCause: { 'group or possessive': 1, document: 1 } });
  });

  it('counts a title glued to the right name as a wrong speaker with extra words', () => {
    expect(report.speakerWrong.total).toBe(1);
    expect(report.names.speakerWithExtraWords).toBe(1);
    expect(report.names.titleAtSentenceStart).toEqual({ gold: 1, found: 1, speakerRight: 0 });
  });

  it('sorts false alarms by cause: quoted words pulled out of a reported clause, a noun read as a cue', () => {
    expect(report.precision).toEqual({ total: 2, byCause: { 'quoted words inside a reported clause': 1, 'noun-cue': 1 } });
    expect(report.partial).toEqual({ gold: 1, found: 1, splitOut: 1 });
  });

  it('counts headline attributions and proposed actors: a title glued on, an organisation as a person, a duplicate, an unknown', () => {
    expect(report.headline).toEqual({ gold: 1, found: 0, speakerRight: 0 });
    expect(report.missed).toEqual({ total: 1, byCause: { headline: 1 } });
    expect(report.names.actors).toEqual({ proposed: 4, unknown: 1, organisationAsPerson: 1, extraWords: 1, duplicates: 1 });
  });

  it('names the hard part of a speaker in the order the issue lists them', () => {
    expect(speakerCause({ ...gold.quotes[1]!, tags: ['possessive', 'appositive'] })).toBe('group or possessive');
    expect(speakerCause({ ...gold.quotes[3]!, tags: ['appositive'] })).toBe('long appositive subject');
    expect(speakerCause({ ...gold.quotes[3]!, speaker_kind: 'unnamed', tags: [] })).toBe('unnamed source');
  });

  it('names why a label was missed, most specific construction first', () => {
    expect(missCause({ ...gold.quotes[1]!, kind: 'stance', tags: ['complement'] }, false)).toBe('not speech (stance)');
    expect(missCause({ ...gold.quotes[1]!, tags: ['complement'] }, false)).toBe('cue with another complement');
    expect(missCause(gold.quotes[2]!, false)).toBe('document as source');
    expect(missCause(gold.quotes[2]!, true)).toBe('found only as separate pieces');
  });

  it('calls a suggestion inside the headline a headline error and one with nothing near it "no attribution there"', () => {
    const article = { text, gold: { ...gold, quotes: [], not_quotes: [] }, score };
    expect(precisionCause(article, pred('Bill Is Dead', 'indirect', null))).toBe('headline');
    expect(precisionCause(article, pred('farmers wait', 'indirect', null))).toBe('no attribution there');
  });

  it('sorts missed about-actors by how the quote refers to them', () => {
    const t = 'Brennia and Vosk met on Monday. Ada Kestrel said Brennish officials had stalled. She warned Vosk that the talks had failed. Tom Pellam said the company had lied and that she was wrong.';
    const span = (s: string) => ({ text: s, start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const g: GoldArticle = {
      actors: [
        { name: 'Brennia', kind: 'state', aliases: [] },
        { name: 'Vosk', kind: 'state', aliases: [] },
        { name: 'Pellam Holdings', kind: 'organisation', aliases: ['the company'] },
        { name: 'Ada Kestrel', kind: 'person', aliases: ['Kestrel'] },
      ],
      quotes: [],
    };
    const quote = (s: string, about: string[]): GoldQuote => ({ kind: 'indirect', speaker: null, ...span(s), about });
    expect(aboutMissCause(t, g, quote('Brennish officials had stalled', ['Brennia']), 'Brennia')).toBe('demonym or adjective');
    expect(aboutMissCause(t, g, quote('the talks had failed', ['Vosk']), 'Vosk')).toBe('in the sentence before the quote');
    expect(aboutMissCause(t, g, quote('the company had lied', ['Pellam Holdings']), 'Pellam Holdings')).toBe('description');
    expect(aboutMissCause(t, g, quote('she was wrong', ['Ada Kestrel']), 'Ada Kestrel')).toBe('pronoun');
    const quotes = [quote('the company had lied', ['Pellam Holdings']), quote('she was wrong', ['Ada Kestrel'])];
    const scored = scoreArticle(t, { ...g, quotes }, quotes.map((q) => ({ start: q.start, end: q.end, kind: 'indirect' as const, speaker: null, about: [] })));
    const r = errorReport([{ text: t, gold: { ...g, quotes }, score: scored, actors: [{ name: 'Ada Kestrel', kind: 'person' }] }]);
    expect(r.aboutMissed).toEqual({ total: 2, byCause: { description: 1, pronoun: 1 }, notProposed: 1 });
  });
});
