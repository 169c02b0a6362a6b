/**
 * Page furniture copied with a news story (ad lines, captions and credits, "Related:" links,
 * newsletter prompts, wire credits) is read around: no suggestion from it, no speaker from it, and
 * the story's thread carried across it. Every sentence here is made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { suggestQuotes, type SuggestedQuote } from '../../../../src/shared/suggest';
import { boilerplateBlocks, isBoilerplateLine, withoutBlocks } from '../../../../src/shared/suggest/boilerplate';
import { plainTextBlocks } from '../../../../src/shared/text/plainTextBlocks';

const suggest = (text: string) => suggestQuotes({ text }).quotes;
const brief = (q: SuggestedQuote) => [q.kind, q.text, q.speaker?.name ?? null];

const story = (between: string) =>
  [
    'Harbour workers vote to strike',
    'Dockers at the port of Velmar voted on Monday to walk out next week, their union said.',
    '“We have waited three years for a fair offer,” said Ingrid Solberg, the union’s regional secretary.',
    between,
    '“Nobody here wants a strike. But nobody here can pay the rent either.”',
    'She said talks would resume on Thursday.',
  ].join('\n\n');

describe('page furniture between paragraphs', () => {
  const clean = suggest(story('Shipping lines have already begun diverting cargo to other ports.'))
    .filter((q) => !q.text.startsWith('Shipping'))
    .map(brief);

  it.each([
    'Advertisement',
    'Story continues below advertisement',
    'Related: Ferry fares to rise by a fifth from April',
    'Read more: How the port became the busiest in the north',
    'Sign up for our Daily Briefing newsletter',
    'Share this article',
    '___',
    'Copyright 2031 Velmar Evening Post. All rights reserved.',
  ])('a quote-only paragraph after "%s" keeps its speaker, and so does the pronoun after it', (line) => {
    const quotes = suggest(story(line));
    expect(quotes.map(brief)).toEqual(clean);
    expect(quotes.some((q) => line.includes(q.text))).toBe(false);
  });

  it('finds the same quotes at the same offsets of the longer text', () => {
    const text = story('Advertisement');
    for (const q of suggest(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('takes no quote from a caption holding a sign, with its credit on the same line or the next', () => {
    const inline = story('Strikers hold a banner reading “Fair Pay Now” at the dock gates on Monday. (AP Photo/Oskar Lind)');
    expect(suggest(inline).map(brief)).toEqual(clean);
    const pair = story('Strikers hold a banner reading “Fair Pay Now” at the dock gates on Monday.\n\nPhoto: Oskar Lind/Getty Images');
    expect(suggest(pair).map(brief)).toEqual(clean);
  });

  it('takes no speaker from a wire credit', () => {
    const text = story('(Reporting by Oskar Lind; Editing by Mara Quist)');
    const quotes = suggest(text);
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('Oskar Lind');
    expect(suggestQuotes({ text }).actors.map((a) => a.name)).not.toContain('Mara Quist');
  });

  it.each([
    'Ad Feedback',
    'Continue Reading Below',
    'HARBOUR CITY COUNCIL VOTES TO RAISE PARKING FEES',
    'Follow our live coverage at https://example.com/live',
    'Get a look at the week ahead with our Harbour Notes newsletter. Sign up here.',
    'Have a news tip? Email us at tips@example.com',
    'This story was originally published by the Velmar Evening Post.',
    'Associated Press writers Ana Tull and Ben Roe contributed.',
    '3:40 p.m. ET',
    'Image 2 of 7',
    'See more',
    'Also Read:',
    'Share on X',
    'Last Updated: 4 March 2031, 09:15 GMT',
    'Listen · 3:05 min',
    'EXCLUSIVE ON HARBOUR DAILY',
    'Get the best of the weekend papers sent direct to you every Saturday',
    'Image source, Getty Images\n\nCranes stand idle at the container terminal',
  ])('reads around "%s"', (line) => {
    expect(suggest(story(line)).map(brief)).toEqual(clean);
  });

  it('takes the caption before a "toggle caption" button and its credit, and the caption after "Image caption"', () => {
    expect(suggest(story('A crane lifts a container onto a lorry at the quay.\n\ntoggle caption\n\nOskar Lind/Harbour Daily')).map(brief)).toEqual(clean);
    expect(suggest(story('Image caption,\n\nDockers wave a flag reading “Enough” at the gates')).map(brief)).toEqual(clean);
    expect(suggest(story('Dockers wave a flag reading “Enough” at the gates. Credit...Oskar Lind for The Harbour Daily')).map(brief)).toEqual(clean);
  });

  it('reads around a caption and its credit on consecutive lines of one block', () => {
    expect(suggest(story('Dockers wave a flag reading “Enough” at the gates.\nPhoto: Oskar Lind/Harbour Daily')).map(brief)).toEqual(clean);
    expect(suggest(story('Image caption,\nDockers wave a flag reading “Enough” at the gates')).map(brief)).toEqual(clean);
    expect(suggest(story('Dockers wave a flag reading “Enough” at the gates. Oskar Lind/AFP via Getty Images')).map(brief)).toEqual(clean);
  });

  it('drops a "Most read" list with its links', () => {
    const text = story('Most read\n\nCouncil votes to close two libraries\n\nStorm warning for the east coast');
    expect(suggest(text).map(brief)).toEqual(clean);
  });
});

describe('page furniture above the story', () => {
  const kept = (text: string) => {
    const blocks = plainTextBlocks(text);
    const drop = boilerplateBlocks(text, blocks);
    return blocks.filter((_, i) => !drop.has(i)).map((b) => text.slice(b.start, b.end));
  };
  const body = 'Dockers at the port of Velmar voted on Monday to walk out next week, their union said.';

  it('keeps the kicker and headline that come after a "Most read" list', () => {
    const text = `Most read\n\nStorm warning for the east coast\n\nCouncil votes to close two libraries\n\nBusiness\n\nHarbour workers vote to strike over pay\n\n${body}`;
    expect(kept(text)).toEqual(['Business', 'Harbour workers vote to strike over pay', body]);
  });

  it('drops the whole list when the headline came before it', () => {
    const text = `Business\n\nHarbour workers vote to strike over pay\n\nMost read\n\nStorm warning for the east coast\n\n${body}`;
    expect(kept(text)).toEqual(['Business', 'Harbour workers vote to strike over pay', body]);
  });

  it('keeps a kicker after a list when the headline holds a quotation', () => {
    const text = `Most read\n\nStorm warning for the east coast\n\nBusiness\n\nUnion says offer is “an insult”\n\n${body}`;
    expect(kept(text)).toEqual(['Business', 'Union says offer is “an insult”', body]);
  });

  it('takes a caption above the headline only when it reads as a sentence', () => {
    const caption = `Cranes stand idle at the container terminal in Velmar on Monday.\n\nGetty Images\n\nHarbour workers vote to strike\n\n${body}`;
    expect(kept(caption)).toEqual(['Harbour workers vote to strike', body]);
    const headline = `Harbour workers vote to strike\n\nGetty Images\n\n${body}`;
    expect(kept(headline)).toEqual(['Harbour workers vote to strike', body]);
  });
});

describe('story paragraphs stay', () => {
  it.each([
    'He declined to comment.',
    '“We will not move.”',
    'The strike would be the first since 1998.',
    'Reporting by the Velmar Evening Post showed the offer had been cut twice.',
    'Support for the strike has grown since the summer.',
    'Copyright lawyers said the case was weak.',
    'Posted on the union website, the letter drew hundreds of replies.',
    'Photographs of the flooded quay were shared widely on Sunday, she said.',
    'Staff at the depot contributed.',
    'Not everyone agreed.',
    'VELMAR, Norway (AP) — Dockers voted on Monday to strike.',
    'The band opened with a song by AC/DC',
    'Posted at 10:00am, the video drew thousands of replies.',
    'Get the aid delivered to your town, she urged.',
    'He left the quay.\nShe stayed behind.',
  ])('"%s" is no page furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('keeps the paragraph before a lone caption button: only a credit marks a caption', () => {
    const text = 'Title line here\n\nFirst paragraph of the story.\n\nThe quay reopened after a week of repairs.\n\ntoggle caption\n\nLast paragraph.';
    const blocks = plainTextBlocks(text);
    const dropped = [...boilerplateBlocks(text, blocks)].map((i) => text.slice(blocks[i]!.start, blocks[i]!.end));
    expect(dropped).toEqual(['toggle caption']);
  });

  it('keeps a paragraph before a credit when it reports speech', () => {
    const text = 'Title line here\n\nFirst paragraph of the story.\n\nThe mayor said the quay would reopen next month.\n\nGetty Images\n\nLast paragraph.';
    const blocks = plainTextBlocks(text);
    const dropped = [...boilerplateBlocks(text, blocks)].map((i) => text.slice(blocks[i]!.start, blocks[i]!.end));
    expect(dropped).toEqual(['Getty Images']);
  });
});

describe('cost', () => {
  it('looks once at a long paragraph or a long run without spaces', () => {
    const started = performance.now();
    for (const line of ['x'.repeat(200_000), 'mail@'.repeat(40_000), `${'word '.repeat(150)}(AP Photo/Oskar Lind)`]) expect(isBoilerplateLine(line)).toBe(false);
    expect(isBoilerplateLine(`tips ${'a'.repeat(110)}@example.com`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('reading around cut blocks', () => {
  it('maps offsets of the shorter text back to the article', () => {
    const text = 'One.\n\nAdvertisement\n\nTwo words.\n\n___';
    const blocks = plainTextBlocks(text);
    const r = withoutBlocks(text, blocks, boilerplateBlocks(text, blocks));
    expect(r.text).toBe('One.\n\nTwo words.');
    const at = r.text.indexOf('Two');
    expect(text.slice(r.toOriginal(at), r.toOriginal(at) + 3)).toBe('Two');
    expect(r.blocks.map((b) => r.text.slice(b.start, b.end))).toEqual(['One.', 'Two words.']);
  });
});
