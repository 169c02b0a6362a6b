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

  it('takes no quote from a caption holding a sign, with its credit at its end', () => {
    const inline = story('Strikers hold a banner reading “Fair Pay Now” at the dock gates on Monday. (AP Photo/Oskar Lind)');
    expect(suggest(inline).map(brief)).toEqual(clean);
  });

  it('takes no speaker from a wire credit', () => {
    const text = story('(Reporting by Oskar Lind; Editing by Mara Quist)');
    const quotes = suggest(text);
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('Oskar Lind');
    expect(suggestQuotes({ text }).actors.map((a) => a.name)).not.toContain('Mara Quist');
  });

  it.each([
    'Ad Feedback',
    'Continue reading the main story',
    'Related stories',
    'Most read',
    'Have a news tip? Email us at tips@example.com',
    'Contact reporter Mara Quist at mquist@example.com.',
    'This story was originally published by the Velmar Evening Post.',
    'Associated Press writers Ana Tull and Ben Roe contributed.',
    'Image 2 of 7',
    'Also Read:',
    'Share on X',
    'Share this story',
    'Follow us on Facebook and Instagram',
    'Last Updated: 4 March 2031, 09:15 GMT',
    'Updated 4:12 PM EDT, Tue May 6, 2031',
    'Listen · 3:05 min',
    'Get a look at the week ahead with our Harbour Notes newsletter. Sign up here.',
    'Already a subscriber? Log in',
    'Editing by Mara Quist',
    'Reporting by Oskar Lind in Velmar; Editing by Mara Quist',
    'Getty Images',
    'Photo: Oskar Lind/Getty Images',
    'Oskar Lind/AFP via Getty Images',
    'REUTERS/Oskar Lind',
    'Image source, Getty Images',
    'Image caption, Dockers wave flags at the gates',
    'Share on X\nTweet this\nCopy link',
  ])('reads around "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
    expect(suggest(story(line)).map(brief)).toEqual(clean);
  });

  it('takes no quote from a caption that ends in its credit', () => {
    for (const caption of [
      'Dockers wave a flag reading “Enough” at the gates. Credit...Oskar Lind for The Harbour Daily',
      'Dockers wave a flag reading “Enough” at the gates. Oskar Lind/AFP via Getty Images',
      'Dockers wave a flag reading “Enough” at the gates. Photograph: PA',
      'Dockers wave a flag reading “Enough” at the gates. (Photo by Oskar Lind/Bloomberg via Getty Images)',
      'Dockers wave a flag reading “Enough” at the gates. (AP Photo/Oskar Lind, File)',
    ])
      expect(suggest(story(caption)).map(brief)).toEqual(clean);
  });

  it('leaves furniture after the last paragraph where it is', () => {
    const text = `${story('Advertisement')}\n\n(Reporting by Oskar Lind; Editing by Mara Quist)`;
    const blocks = plainTextBlocks(text);
    const dropped = [...boilerplateBlocks(text, blocks)].map((i) => text.slice(blocks[i]!.start, blocks[i]!.end));
    expect(dropped).toEqual(['Advertisement']);
  });
});

// Story lines that look like furniture: a briefing's one-line items and section labels, kickers,
// lines in capitals, datelines, short paragraphs naming a paper or an agency, captions without a
// credit. None of them may ever be cut, alone or between paragraphs. Every line is made up.
const STORY_LINES = [
  'He declined to comment.',
  '“We will not move.”',
  '“Never again,” she said.',
  'Not everyone agreed.',
  'Politics',
  'Business',
  'In other news',
  'Top stories',
  'Latest',
  'More',
  'Trending',
  'Comment',
  'Analysis',
  'Watch: the vote is expected on Tuesday',
  'Opinion: The harbour deserves better',
  'TRAM LINE TO CLOSE FOR A MONTH',
  'THE MORNING BRIEFING',
  '• Council approves new bus lanes',
  '- Storm warning for the east coast',
  'Ferry fares to rise by a fifth from April',
  'See more',
  '3:40 p.m. ET',
  'VELMAR, Norway (AP) — Dockers voted on Monday to strike.',
  'KIEL — The harbour reopened on Friday after a week of repairs.',
  'The Velmar Evening Post first reported the plan.',
  'Reuters reported on Tuesday that the talks had stalled.',
  'A Reuters photographer at the scene was hit by a rubber bullet.',
  'The photographs, sold to Getty Images, showed the quay under water.',
  'Reporting by the Velmar Post showed the offer had been cut twice.',
  'Editing by the committee removed the clause.',
  'Staff at the depot contributed.',
  'Two reporters from the paper contributed.',
  'Volunteers contributed to the cleanup for a week.',
  'Dockers wave flags at the gates on Monday.',
  'A crane lifts a container onto a lorry at the quay.',
  'Photo courtesy of the campaign, the flyer showed the candidate at the quay.',
  'Credit: the union’s members, who never gave up.',
  'Sign up for the scheme closes on Friday.',
  'Subscribers to the paper doubled last year.',
  'Get the app working again took engineers three days.',
  'Share prices fell by a tenth on the news.',
  'Advertisement revenue fell by a third.',
  'Updated figures will be published on Monday.',
  'Published in 2019, the report drew little notice.',
  'Posted at 10:00am, the video drew thousands of replies.',
  'Copyright lawyers said the case was weak.',
  'Residents can email complaints to tips@example.com.',
  'Support for the strike has grown since the summer.',
  'Follow the money.',
  'The band opened with a song by AC/DC',
  'Related: the union said the offer was final.',
  'The vote was 412 to 37, said Ingrid Solberg.',
  'Mara Quist',
  '* * *',
  'Copyright 2030 changes to the fee were struck down by the court.',
  '© 2029 was a hard year for the port.',
  'This story was originally published in 2019 and won an award.',
  'Smith/Jones',
  'Unions/Employers',
  'Velmar/Kiel poll',
  'Associated Press',
  'Reuters',
  'Getty Images bought the archive in 2019.',
  'The pictures, licensed through Getty Images',
  'Photo by the author of a burning car went viral.',
  'With files from police reports and court filings.',
  'Edited by the paper’s night desk, the story ran on page one.',
  'Have a tip?',
  'Read more: the full statement is below',
  'Reporters Without Borders staff members Ana Lee and Bo Chu contributed.',
];

describe('story lines are never cut', () => {
  it.each(STORY_LINES)('"%s" is no page furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('cuts nothing from a briefing made of such lines, or from between two paragraphs', () => {
    const text = ['Morning briefing', ...STORY_LINES, 'She said talks would resume on Thursday.'].join('\n\n');
    const blocks = plainTextBlocks(text);
    expect(boilerplateBlocks(text, blocks).size).toBe(0);
    for (const line of STORY_LINES) {
      const between = story(line);
      expect(boilerplateBlocks(between, plainTextBlocks(between)).size).toBe(0);
    }
  });

  it('keeps a caption without a credit, before a credit line too', () => {
    const text = 'Title line here\n\nFirst paragraph of the story.\n\nThe quay reopened after a week of repairs.\n\nGetty Images\n\nLast paragraph.';
    const blocks = plainTextBlocks(text);
    const dropped = [...boilerplateBlocks(text, blocks)].map((i) => text.slice(blocks[i]!.start, blocks[i]!.end));
    expect(dropped).toEqual(['Getty Images']);
  });

  it('keeps the links under a "Most read" header, which read like a briefing', () => {
    const text = 'Title line here\n\nFirst paragraph of the story.\n\nMost read\n\nCouncil votes to close two libraries\n\nStorm warning for the east coast\n\nLast paragraph.';
    const blocks = plainTextBlocks(text);
    const dropped = [...boilerplateBlocks(text, blocks)].map((i) => text.slice(blocks[i]!.start, blocks[i]!.end));
    expect(dropped).toEqual(['Most read']);
  });
});

describe('cost', () => {
  it('looks once at a long paragraph or a long run without spaces', () => {
    const started = performance.now();
    for (const line of ['x'.repeat(200_000), 'mail@'.repeat(40_000), `${'word '.repeat(150)}(AP Photo/Oskar Lind)`]) expect(isBoilerplateLine(line)).toBe(false);
    expect(isBoilerplateLine(`tips ${'a'.repeat(110)}@example.com`)).toBe(false);
    const caps = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(4);
    for (const head of ['Editing by', 'With files from', 'This story was originally published in', 'Copyright 2031', 'Photo:'])
      expect(isBoilerplateLine(`${head} ${caps} x`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('reading around cut blocks', () => {
  it('maps offsets of the shorter text back to the article', () => {
    const text = 'One.\n\nAdvertisement\n\nTwo words.\n\nAdvertisement';
    const blocks = plainTextBlocks(text);
    const r = withoutBlocks(text, blocks, boilerplateBlocks(text, blocks));
    expect(r.text).toBe('One.\n\nTwo words.\n\nAdvertisement');
    const at = r.text.indexOf('Two');
    expect(text.slice(r.toOriginal(at), r.toOriginal(at) + 3)).toBe('Two');
    expect(r.blocks.map((b) => r.text.slice(b.start, b.end))).toEqual(['One.', 'Two words.', 'Advertisement']);
  });

  it('leaves an ad out of a quote continued over it: the quote comes in two pieces', () => {
    const text = 'Port row deepens\n\nThe harbour master Ada Roe spoke on Monday.\n\n“We will not close the gate this winter, whatever the board says.\n\nAdvertisement\n\n“The ferries need it,” Roe said.';
    const [quote] = suggest(text);
    expect(quote!.pieces!.map((p) => text.slice(p.start, p.end))).toEqual(['We will not close the gate this winter, whatever the board says.', '“The ferries need it,']);
    expect(quote!.text).not.toContain('Advertisement');
    expect(quote!.speaker?.name).toBe('Ada Roe');
  });
});
