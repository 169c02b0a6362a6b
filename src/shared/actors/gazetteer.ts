/**
 * A small built-in list of states with the names news text uses for them: short forms,
 * abbreviations, demonym-free aliases and capitals used as metonyms ("Beijing said…").
 * It is offered to the analyst (and the suggester), never written into a notebook unasked.
 */
export interface GazetteerState {
  name: string;
  aliases: string[];
  capital: string;
}

/** [name, capital, ...aliases] */
const rows: [string, string, ...string[]][] = [
  ['United States', 'Washington', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['China', 'Beijing', "People's Republic of China", 'PRC'],
  ['Russia', 'Moscow', 'Russian Federation'],
  ['Ukraine', 'Kyiv', 'Kiev'],
  ['United Kingdom', 'London', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['France', 'Paris'],
  ['Germany', 'Berlin'],
  ['Italy', 'Rome'],
  ['Spain', 'Madrid'],
  ['Poland', 'Warsaw'],
  ['Netherlands', 'Amsterdam', 'Holland', 'The Netherlands'],
  ['Belgium', 'Brussels'],
  ['Sweden', 'Stockholm'],
  ['Norway', 'Oslo'],
  ['Finland', 'Helsinki'],
  ['Denmark', 'Copenhagen'],
  ['Turkey', 'Ankara', 'Türkiye'],
  ['Greece', 'Athens'],
  ['Hungary', 'Budapest'],
  ['Belarus', 'Minsk'],
  ['Iran', 'Tehran', 'Islamic Republic of Iran'],
  ['Iraq', 'Baghdad'],
  ['Israel', 'Jerusalem'],
  ['Saudi Arabia', 'Riyadh'],
  ['Egypt', 'Cairo'],
  ['Syria', 'Damascus'],
  ['India', 'New Delhi'],
  ['Pakistan', 'Islamabad'],
  ['Japan', 'Tokyo'],
  ['South Korea', 'Seoul', 'Republic of Korea', 'ROK'],
  ['North Korea', 'Pyongyang', 'DPRK', "Democratic People's Republic of Korea"],
  ['Taiwan', 'Taipei'],
  ['Australia', 'Canberra'],
  ['Canada', 'Ottawa'],
  ['Mexico', 'Mexico City'],
  ['Brazil', 'Brasília', 'Brasilia'],
  ['Argentina', 'Buenos Aires'],
  ['South Africa', 'Pretoria'],
  ['Nigeria', 'Abuja'],
  ['Kenya', 'Nairobi'],
];

/** The built-in states. */
export const gazetteerStates: readonly GazetteerState[] = rows.map(([name, capital, ...aliases]) => ({ name, capital, aliases }));
