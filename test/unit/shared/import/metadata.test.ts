import { describe, expect, it } from 'vitest';
import { cleanTitle, findDate, normaliseDate, normaliseLanguage, safeHttpUrl, siteOf, splitAuthors } from '../../../../src/shared/import/metadata';

describe('metadata tidying', () => {
  it.each([
    ['2023-02-21', '2023-02-21'],
    ['2023-02-21T15:42:00-05:00', '2023-02-21T15:42:00-05:00'],
    ['2023-02-21 15:42:00Z', '2023-02-21T15:42:00Z'],
    ['21 February 2023', '2023-02-21'],
    ['Tuesday 21 Feb 2023 10.45 GMT', '2023-02-21'],
    ['February 21, 2023', '2023-02-21'],
    ['Feb. 3rd, 2023', '2023-02-03'],
    ['20230221', '2023-02-21'],
    ['2023-13-45', ''],
    ['yesterday', ''],
    ['', ''],
  ])('normaliseDate(%j) = %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each([
    [['By Jane Doe and John Smith'], ['Jane Doe', 'John Smith']],
    [['Jane Doe, John Smith & Ann Lee'], ['Jane Doe', 'John Smith', 'Ann Lee']],
    [['Jane Doe', 'jane doe', 'https://example.com/author/jane'], ['Jane Doe']],
    [['By Alexandra Sandoval'], ['Alexandra Sandoval']],
    [['news@example.com', '123', ''], []],
  ])('splitAuthors(%j) = %j', (input, expected) => {
    expect(splitAuthors(input)).toEqual(expected);
  });

  it.each([
    ['Headline here | The Outlet', 'The Outlet', 'Headline here'],
    ['The Outlet – Headline here', 'The Outlet', 'Headline here'],
    ['Headline - with a dash inside', 'Outlet', 'Headline - with a dash inside'],
    ['The Outlet', 'The Outlet', 'The Outlet'],
  ])('cleanTitle(%j, %j) = %j', (title, outlet, expected) => {
    expect(cleanTitle(title, outlet)).toBe(expected);
  });

  it.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com', 'http://example.com'],
    ['javascript:alert(1)', ''],
    ['file:///etc/passwd', ''],
    ['/relative/path', ''],
    ['data:text/html,<script>', ''],
    ['https://user@evil.example/', ''],
    ['https://exa mple.com', ''],
  ])('safeHttpUrl(%j) = %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it('finds dates inside longer text and names sites and languages', () => {
    expect(findDate('Published on 5 March 2024, updated later')).toBe('2024-03-05');
    expect(siteOf('https://www.example.co.uk/news/1')).toBe('example.co.uk');
    expect(normaliseLanguage('en_GB')).toBe('en-GB');
    expect(normaliseLanguage('<script>')).toBe('');
  });
});
