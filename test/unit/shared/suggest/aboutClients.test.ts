/**
 * "His client", "my client" in a lawyer's words: the one the story says the lawyer acts for, else
 * the person it names most (aboutClients.ts). The articles here are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { aboutOf } from '../../../helpers/suggestAbout';

describe('a lawyer\'s client', () => {
  it('reads "his client" as the one whose lawyer the speaker is said to be', () => {
    const text = [
      'Ada Roe, a former harbour official, was charged on Monday with taking bribes. Ola Brekk, a contractor, has agreed to testify against her.',
      'Brekk told investigators that Brekk paid cash every month, and Brekk kept a ledger.',
      'Roe\'s lawyer, Ivo Lind, said his client would plead not guilty.',
    ].join('\n\n');
    expect(aboutOf(text, 'his client would')).toEqual(['Ada Roe']);
  });

  it('reads "her client" as the person the story names most when it says nothing of whom she acts for', () => {
    const text = [
      'Ada Roe, a former harbour official, was sentenced on Monday to two years in prison.',
      'Roe took cash from contractors for five years, prosecutors said. Roe has repaid part of it.',
      'Defense attorney Lena Vost said her client had accepted responsibility from the start.',
    ].join('\n\n');
    expect(aboutOf(text, 'her client had')).toEqual(['Ada Roe']);
  });
});
