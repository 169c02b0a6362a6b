/** Which link targets a note accepts: http, https and mailto only, with what people type completed. */
import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, safeLinkUrl } from '../../../../src/shared/editor';

describe('safeLinkUrl', () => {
  it.each([
    ['https://www.nato.int/cps/en/natohq/news.htm', 'https://www.nato.int/cps/en/natohq/news.htm'],
    ['  http://example.org  ', 'http://example.org'],
    ['HTTPS://Example.org/a?b=c#d', 'https://Example.org/a?b=c#d'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
    ['https://[::1]/', 'https://[::1]/'],
    ['example.org/report', 'https://example.org/report'],
    ['analyst@example.org', 'mailto:analyst@example.org'],
    ['mailto:press@nato.int?subject=Question', 'mailto:press@nato.int?subject=Question'],
  ])('accepts %j as %j', (input, expected) => {
    expect(safeLinkUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'app://quotebook/index.html',
    'https:alert(1)',
    'http://',
    'https://exa mple.org',
    'mailto:',
    'mailto:javascript:alert(1)',
    '//evil.example/path',
    'not a link',
    '',
  ])('refuses %j', (input) => {
    expect(safeLinkUrl(input)).toBeNull();
  });

  it('calls only complete allowed links safe', () => {
    expect(isSafeLinkUrl('https://example.org')).toBe(true);
    expect(isSafeLinkUrl('example.org')).toBe(false);
    expect(isSafeLinkUrl('javascript:alert(1)')).toBe(false);
  });
});
