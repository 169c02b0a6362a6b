/**
 * Adjectives of nationality and the state they point to, so that "Ukrainian Foreign Minister
 * Dmytro Kuleba" gets Ukraine as affiliation. State names follow src/shared/actors/gazetteer.ts.
 */

/** [state, ...demonyms] */
const rows: [string, ...string[]][] = [
  ['United States', 'American', 'US', 'U.S.'],
  ['China', 'Chinese'],
  ['Russia', 'Russian'],
  ['Ukraine', 'Ukrainian'],
  ['United Kingdom', 'British', 'UK', 'U.K.'],
  ['France', 'French'],
  ['Germany', 'German'],
  ['Italy', 'Italian'],
  ['Spain', 'Spanish'],
  ['Poland', 'Polish'],
  ['Netherlands', 'Dutch'],
  ['Belgium', 'Belgian'],
  ['Sweden', 'Swedish'],
  ['Norway', 'Norwegian'],
  ['Finland', 'Finnish'],
  ['Denmark', 'Danish'],
  ['Iceland', 'Icelandic'],
  ['Switzerland', 'Swiss'],
  ['Austria', 'Austrian'],
  ['Czech Republic', 'Czech'],
  ['Slovakia', 'Slovak'],
  ['Portugal', 'Portuguese'],
  ['Ireland', 'Irish'],
  ['Turkey', 'Turkish'],
  ['Greece', 'Greek'],
  ['Hungary', 'Hungarian'],
  ['Romania', 'Romanian'],
  ['Bulgaria', 'Bulgarian'],
  ['Serbia', 'Serbian'],
  ['Croatia', 'Croatian'],
  ['Belarus', 'Belarusian'],
  ['Armenia', 'Armenian'],
  ['Azerbaijan', 'Azerbaijani'],
  ['Kazakhstan', 'Kazakh'],
  ['Uzbekistan', 'Uzbek'],
  ['Moldova', 'Moldovan'],
  ['Lithuania', 'Lithuanian'],
  ['Latvia', 'Latvian'],
  ['Estonia', 'Estonian'],
  ['Iran', 'Iranian'],
  ['Iraq', 'Iraqi'],
  ['Israel', 'Israeli'],
  ['Palestine', 'Palestinian'],
  ['Lebanon', 'Lebanese'],
  ['Saudi Arabia', 'Saudi'],
  ['Qatar', 'Qatari'],
  ['Egypt', 'Egyptian'],
  ['Syria', 'Syrian'],
  ['India', 'Indian'],
  ['Pakistan', 'Pakistani'],
  ['Afghanistan', 'Afghan'],
  ['Japan', 'Japanese'],
  ['South Korea', 'South Korean'],
  ['North Korea', 'North Korean'],
  ['Taiwan', 'Taiwanese'],
  ['Vietnam', 'Vietnamese'],
  ['Indonesia', 'Indonesian'],
  ['Philippines', 'Filipino', 'Philippine'],
  ['Australia', 'Australian'],
  ['New Zealand', 'New Zealand'],
  ['Canada', 'Canadian'],
  ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'],
  ['Argentina', 'Argentine', 'Argentinian'],
  ['Chile', 'Chilean'],
  ['Colombia', 'Colombian'],
  ['Venezuela', 'Venezuelan'],
  ['South Africa', 'South African'],
  ['Nigeria', 'Nigerian'],
  ['Kenya', 'Kenyan'],
  ['Tanzania', 'Tanzanian'],
  ['Ethiopia', 'Ethiopian'],
  ['Senegal', 'Senegalese'],
  ['Ghana', 'Ghanaian'],
  ['Morocco', 'Moroccan'],
  ['Algeria', 'Algerian'],
];

const index = new Map<string, string>();
for (const [state, ...demonyms] of rows) for (const d of demonyms) index.set(d.toLowerCase(), state);

/** The state a nationality adjective names ("Ukrainian" → "Ukraine"), or undefined. */
export function stateOfDemonym(word: string): string | undefined {
  return index.get(word.toLowerCase());
}

/** Every state named by a demonym (for the gazetteer fallback of states missing from the shared list). */
export const DEMONYM_STATES: readonly string[] = [...new Set(rows.map((r) => r[0]))];
