/**
 * Words that make a capitalised name an organisation ("European Union", "Bank of England"). Its
 * own module so the app's actor pickers can use it without loading the suggester's word lists.
 */
const LIST =
  'committee council union federation institute university college school ministry department commission bank party ' +
  'court office agency association group company corporation corp ag inc ltd plc gmbh sa se llc forces army navy ' +
  'parliament assembly congress senate kremlin pentagon echo times news post review press network foundation fund ' +
  'organisation organization alliance league forum coalition board authority service services nations energy airlines ' +
  'airways motors holdings partners trust society centre center chamber cabinet government administration police ' +
  'conference church club commons house reuters bbc institute tribunal bureau industries systems technologies media ' +
  'broadcasting television radio agency aquatics federation cooperative street aerospace solutions labs pharmaceuticals ' +
  'logistics ventures';

export const ORG_WORDS: ReadonlySet<string> = new Set(LIST.split(' '));
