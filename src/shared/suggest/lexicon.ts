/**
 * The word lists the suggester's rules are written in: reporting verbs, titles, organisation
 * words, source nouns for anonymous speakers. Lists, not a statistical model, so that every
 * decision can be explained to the analyst and every miss fixed by a reviewable edit.
 */
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './data/firstNames';
import { plain } from './tokens';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Verb forms that report speech, mapped to nothing: membership is what matters. */
const SPEECH_LEMMAS =
  'say tell add warn argue claim note stress insist deny acknowledge admit announce confirm explain suggest state write ' +
  'predict estimate reply respond remark observe declare assert maintain concede caution complain contend emphasise ' +
  'emphasize reiterate allege recall counter agree reveal report indicate hint signal testify tweet post promise pledge ' +
  'vow continue ask urge joke quip shout whisper boast predict protest concur recount object plead recommend';

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  signal: ['signal', 'signals', 'signalled', 'signaled', 'signalling', 'signaling'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  object: ['objected', 'objects'],
  post: ['posted'],
  state: ['stated', 'states'],
  counter: ['countered', 'counters'],
  note: ['note', 'notes', 'noted', 'noting'],
  continue: ['continued', 'continues'],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma]!;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

/** Every inflected form of a reporting verb ("said", "warns", "adding"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.split(' ').flatMap(inflect));

/** Verbs whose subject is the speaker of a quoted fragment in their object ("called the plan “reckless”"). */
export const CHARACTERISE_VERBS = words(
  'called calls described describes branded brands condemned accused accuses dismissed labelled labeled termed hailed ' +
  'criticised criticized praised denounced slammed decried welcomed rejected',
);

/** Reporting verbs that may take a clause without "that" ("said Russia has…"). */
export const BARE_CLAUSE_VERBS = words(
  'say says said saying tell tells told add adds added claim claims claimed argue argues argued insist insists insisted ' +
  'predict predicts predicted estimate estimates estimated write writes wrote admit admits admitted acknowledge ' +
  'acknowledges acknowledged concede concedes conceded warn warns warned confirm confirms confirmed believe ' +
  'signal signals signalled signaled indicate indicates indicated rules ruled suggest suggests suggested',
);

/** Verbs that take an object before their clause ("told reporters that", "warned China that"). */
export const OBJECT_VERBS = words('tell tells told telling warn warns warned warning assure assured remind reminded inform informed urge urged');

/** Only used with direct quotes ("he continued", "she asked"): never start a reported clause. */
export const DIRECT_ONLY_VERBS = words(
  'continued continues asked asks urged urges joked jokes quipped shouted whispered boasted pleaded replied',
);

/** Participles that continue the speaker's turn: "…, adding that …". */
export const PARTICIPLE_CUES = words(
  'adding noting saying warning arguing insisting claiming stressing explaining acknowledging admitting suggesting ' +
  'emphasising emphasizing telling asserting cautioning complaining conceding contending declaring predicting ' +
  'reiterating pointing promising pledging vowing accusing calling urging denying describing citing rejecting',
);

/** Verbs that end a reported clause when coordinated ("… and called for talks"). */
export const CLAUSE_BREAK_VERBS = words(
  'called urged accused demanded rejected refused declined welcomed criticised criticized dismissed vowed pledged ' +
  'promised threatened announced walked left insisted added warned said told argued noted stressed acknowledged ' +
  'admitted denied suggested described praised asked appealed questioned blamed',
);

/** Auxiliaries, modals and copulas: a clause without one of these (or a past tense) is not a clause. */
export const FINITE_MARKERS = words(
  'is are was were be been has have had will would could should may might must can cannot did does do shall ' +
  'isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t shouldn’t can’t didn’t doesn’t ' +
  "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't shouldn't can't didn't doesn't",
);

/** Irregular past tenses: with "-ed" forms, what marks a finite verb ("A court struck down …"). */
export const IRREGULAR_PAST = words(
  'came went made took gave got saw knew thought found left kept held brought began won lost met paid ran sent set put cut hit fell rose ' +
  'grew led meant felt stood understood became chose spoke broke drove fought sought bought caught taught built spent lay struck threw ' +
  'wrote told said drew ' +
  // More strong and irregular pasts; those that are also common nouns ("shot", "shed", "bit", "fed") are left out.
  'hid sold tore swore wore shook woke froze stole rode slid fled sped sank sang rang drank shrank sprang swam spun stuck ' +
  'swung hung clung flung dug ate blew flew threw withdrew forgave forbade arose strove shone forgot overtook undertook ' +
  'mistook upheld withheld dealt lent knelt slept swept wept crept heard laid overcame foresaw',
);

/** Words that may open a clause after a reporting verb. */
export const CLAUSE_STARTERS = words(
  'the a an this that these those its his her their our my your it he she they we i you there every each all some no ' +
  'any more most many several few both neither none nobody everyone everything nothing something anyone one two three ' +
  'four five six seven eight nine ten such other another',
);

/** Words (lower case) that introduce a subordinate clause: a pronoun after one refers within the sentence. */
export const SUBORDINATORS = words('where when while as because after before since although though if unless whereas who which that and but so whom');

/** Prepositions: a name after one is not the subject of its sentence. */
export const PREPOSITIONS = words(
  'of at for with by from to in on about against between among into onto over under after before during outside inside ' +
  'near behind beyond across through via without within toward towards upon amid despite like than including',
);

/** Words skipped between a subject and its verb ("also said", "has repeatedly warned"). */
export const VERB_ADVERBS = words(
  'also has have had then later earlier previously repeatedly again once further separately quietly publicly ' +
  'privately recently now still already just first initially subsequently reportedly frankly bluntly simply angrily ' +
  'calmly firmly flatly never often clearly today yesterday would will could may might had only',
);

/** Words that make a post another one than the bare title ("lieutenant governor", "deputy leader", "shadow chancellor", "acting minister"). */
export const RANKS: ReadonlySet<string> = new Set(['lieutenant', 'deputy', 'vice', 'shadow', 'assistant', 'associate', 'under', 'former', 'acting', 'interim']);

/** Titles that precede a name ("Foreign Minister Dmytro Kuleba"): the name starts after the last one. */
export const ROLE_HEADS = words(
  'president premier minister secretary secretary-general chancellor ambassador commissioner governor mayor senator sen ' +
  'representative rep congressman congresswoman judge justice general gen admiral colonel col captain capt chief director ' +
  'director-general chairman chairwoman chair councillor councilor deputy spokesman spokeswoman spokesperson pope king ' +
  'queen prince princess sheikh emir lord lady sir dame mr mrs ms miss mx dr prof professor rev reverend father imam ' +
  'rabbi bishop archbishop cardinal ceo executive officer leader head speaker attorney auditor-general inspector ' +
  'commander lieutenant sergeant marshal envoy negotiator agronomist analyst economist researcher official diplomat ' +
  'adviser advisor editor correspondent scientist geneticist biologist professor lawyer barrister prosecutor coach ' +
  'manager founder president-elect vice-president prime chairperson superintendent detective constable officer ' +
  // Legislators by initials ("Labour MP Ada Roe", "the Green MSP Ada Roe").
  'mp mep msp mla ' +
  // Local and state offices written before a name ("former state Treasurer Ada Roe", "County Clerk
  // Ada Roe", "Democratic Gov. Ada Roe"): without them the title became part of the name.
  'gov treasurer comptroller clerk sheriff assemblyman assemblywoman assemblymember alderman alderwoman councilman ' +
  'councilwoman councilmember supervisor trustee magistrate coroner registrar provost dean pastor warden ombudsman',
);

/**
 * A job named by its suffix ("hydrologist", "strategist", "historian", "statistician"): a title when
 * it opens a run of capitalised words ("Sociologist Ada Roe of …"). First names with the same
 * endings are short ("Marian", "Ian"), hence the length of the stem; "-qvist" and "-quist" end
 * surnames ("Ahlqvist").
 */
export function isOccupation(key: string): boolean {
  return ROLE_HEADS.has(key) || /^[a-z]{4,}(?:[^qvu]ist|ician|orian|rarian)$/.test(key);
}

/** Honorifics and the gender they imply (undefined: none). */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['mx', undefined], ['dr', undefined], ['prof', undefined],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['rev', undefined], ['professor', undefined],
]);

export { ORG_WORDS } from '../text/organisationWords';

/** Acronyms of common nouns ("AI tools", "the Tarrow IT desk"): things, never a body on their own. */
export const COMMON_ACRONYMS = words('ai it tv gdp vat cctv dna gps sms');

/** Capitalised words that are never names on their own (sentence openers, days, months). */
export const NOT_NAMES = words(
  'the a an but and or so yet in on at for with by from to of as after before when while if this that these those it ' +
  'he she they we i you his her their our my its not no yes asked speaking according many some several others every ' +
  'all one two three four five six seven eight nine ten there here what who why how where which monday tuesday ' +
  'wednesday thursday friday saturday sunday january february march april may june july august september october ' +
  'november december today tomorrow yesterday meanwhile however still also then now mr mrs ms dr sir q a mps meps ceos both neither either',
);

/** Documents and data that "show" what they record ("records show …", "the figures showed …"). */
export const DOCUMENT_NOUNS = words(
  'documents document records emails minutes memo memos letters files papers filing filings accounts figures data statistics ' +
  'numbers polls poll polling survey surveys audit study studies report reports estimates projections logs transcripts ' +
  // Texts that lay down what they say ("the bill states that …", "the lease says the port must …").
  'bill bills contract contracts lease agreement treaty legislation proposal amendment guidance manifesto settlement affidavit petition ' +
  // Papers that carry a finding or an instruction ("an embassy cable says", "a staff note concluded", "a guest list filed with …").
  'cable cables note notes analysis list summary ' +
  // Statements of account and business plans ("the fee statements show", "according to its business plan").
  'statements plan ' +
  // Inquiries' findings and a body's own filings ("an independent review found", "according to its submission").
  'review reviews submission submissions website ' +
  // Counts, codes and forecasts ("a whip count reviewed by …", "the ministerial code states", "the bank's forecasts show").
  'memorandum count tally code forecast forecasts ' +
  // A court's written reasons, a party's written argument, a paper's own column, a notice or fact sheet an agency issues, an
  // estimate, an assessment, an advertisement ("the opinion found", "the brief states", "according to a department notice").
  'opinion brief commentary editorial notice sheet estimate assessment advertisement ad ads dossier transcript',
);

/** Nouns that can head the description of an unnamed source ("a senior European diplomat"). */
export const SOURCE_NOUNS = words(
  'official officials diplomat diplomats source sources spokesman spokeswoman spokesperson spokespeople adviser advisers ' +
  'advisor advisors aide aides minister ministers ministry people person analyst analysts expert experts researcher ' +
  'researchers author authors economist economists lawyer lawyers barrister prosecutor prosecutors police witness witnesses resident ' +
  'residents fishermen farmer farmers campaigner campaigners critic critics mps lawmakers lawmaker senator senators ' +
  'mediator mediators negotiator negotiators investor investors executive executives employee employees worker workers ' +
  'union company firm group groups watchdog regulator agency government council committee jury court officer officers ' +
  'statement report summary authors family families parents supervisor others observers activists activist advocates advocate doctors doctor scientists scientist leaders leader members ' +
  'member insiders insider commander commanders spokesmen judge paper newspaper department team coalition bank ' +
  'parliament party embassy office authority authorities organisation organization federation association institute ' +
  'university hospital charity commission administration army military ministry board operator carmaker manufacturer ' +
  'airline retailer lender insurer bloc alliance forum college network foundation society guild club caucus publisher president premier chancellor governor mayor chief head director ' +
  'chairman chairwoman ambassador envoy secretary commissioner prosecutor minister senator ' +
  // Documents speak for themselves ("records show", "the emails reveal", "a filing by the state states").
  'documents document records emails email minutes draft copy filing filings lawsuit accounts communique memo memos ' +
  'letter poll survey audit study assessment ruling judgment indictment complaint polls surveys figures data papers ' +
  'memorandum count tally code forecast forecasts ' +
  // People named by what they do ("a trader at the fish market, who gave only her first name").
  'buyer buyers trader traders dealer dealers broker brokers banker bankers owner owners manager managers engineer engineers ' +
  'inspector inspectors auditor auditors investigator investigators consultant consultants contractor contractors strategist ' +
  'strategists pollster pollsters academic academics professor professors historian historians organiser organisers organizer ' +
  'organizers tenant tenants landlord landlords shopkeeper shopkeepers driver drivers pilot pilots soldier soldiers villager ' +
  'villagers survivor survivors relatives neighbours neighbors locals commuters passengers customers shoppers consumers ' +
  'nurse teacher student students volunteer volunteers mother mothers father fathers miner miners rescuers firefighters medics paramedics staffer staffers ' +
  // Bodies in the plural ("grocers who warned they would raise prices", "several banks").
  'companies firms businesses organisations organizations banks lenders insurers manufacturers carmakers airlines retailers ' +
  'operators countries governments agencies charities ministries regulators ' +
  'opposition sides states progressives moderates delegation delegations justices justice councillor councillors councilor councilors tribunal inquiry ombudsman inspectorate governors mayors judges chiefs directors presidents ambassadors envoys secretaries commissioners diplomats prosecutors ' +
  // Groups tied to someone ("Mr Lee's allies", "the senator's aides", "Democrats").
  'allies rebels friends campaign lawyers attorneys parents delegates voters opponents supporters backers protesters unions teachers nurses ' +
  // One of them ("one senior backer said", "a senior MP said"): the singulars, and legislators by their initials.
  'ally backer supporter opponent rival rivals colleague colleagues mp mep msp meps msps schoolteacher schoolteachers cooperative cooperatives ' +
  // A trade speaking as one ("the ferry industry objected").
  'industry lobby ' +
  // People who speak for someone ("the senator's publicist says").
  'publicist publicists representative representatives agent agents ' +
  // Those running for office ("the candidates said", "the nominee told senators").
  'candidate candidates nominee nominees challenger challengers incumbent ' +
  'panel families democrats republicans conservatives tories greens liberals socialists nationalists unionists backbenchers whips plaintiffs prosecutors groups ' +
    [...DOCUMENT_NOUNS].join(' '),
);

/** Plural party names that stand for a group of people wherever they are capitalised ("… and Democrats were outraged"). */
export const PARTY_GROUPS = words('democrats republicans conservatives tories greens liberals socialists nationalists unionists progressives moderates');

const male = new Set(MALE_FIRST_NAMES.trim().split(' '));
const female = new Set(FEMALE_FIRST_NAMES.trim().split(' '));

/** The gender a first name usually implies, or undefined when unknown or not a first name. */
export function firstNameGender(word: string): 'm' | 'f' | undefined {
  const key = plain(word);
  if (male.has(key)) return 'm';
  if (female.has(key)) return 'f';
  return undefined;
}

/** True when `word` is a known first name. */
export const isFirstName = (word: string): boolean => firstNameGender(word) !== undefined;

/** The gender a role noun implies ("spokeswoman" → f). */
export function roleGender(role: string): 'm' | 'f' | undefined {
  if (/\b(?:spokeswoman|chairwoman|congresswoman|queen|princess|dame|lady|mrs|ms|miss|businesswoman)\b/i.test(role)) return 'f';
  if (/\b(?:spokesman|chairman|congressman|king|prince|sir|lord|mr|businessman)\b/i.test(role)) return 'm';
  return undefined;
}
