// Closed word lists the speaker finder and the actor builder lean on.

/**
 * One set holding several lists. A function rather than `new Set([...a, ...b])`: a spread is a
 * loop, and a loop in the bundle's top level (every module's top level is one function there)
 * makes Firefox compile that whole function on every page before the first paint.
 */
function union(sets: readonly ReadonlySet<string>[], words: readonly string[]): Set<string> {
  // Copying a set and an indexed loop: this runs once per page, interpreted, where for…of
  // costs an iterator call per word.
  const out = new Set<string>(sets[0]);
  for (let i = 1; i < sets.length; i++) sets[i]!.forEach((w) => out.add(w));
  for (let i = 0; i < words.length; i++) out.add(words[i]!);
  return out;
}

export const PERSON_PRONOUNS = new Set(['he', 'she', 'i']);
export const PLURAL_PRONOUNS = new Set(['they', 'we']);
export const THING_PRONOUNS = new Set(['it']);
export const SUBJECT_PRONOUNS = union([PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS], ['you', 'who']);

/** Words that may sit between a subject and its reporting verb: "Peskov has also repeatedly said". */
export const VERB_MODIFIERS = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'would', 'will', 'could', 'can', 'may', 'might',
  'should', 'shall', 'must', 'did', 'does', 'do', 'not', "n't", 'never', 'neither', 'also', 'later', 'then', 'again', 'previously',
  'repeatedly', 'recently', 'once', 'further', 'earlier', 'first', 'reportedly', 'publicly', 'privately', 'quickly',
  'flatly', 'strongly', 'firmly', 'initially', 'already', 'often', 'frequently', 'sharply', 'angrily', 'openly',
  'explicitly', 'categorically', 'vehemently', 'emphatically', 'bluntly', 'simply', 'still', 'now', 'since', 'long',
  'consistently', 'subsequently', 'immediately', 'separately', 'last', 'finally', 'ultimately', 'just', 'even',
  'quietly', 'loudly', 'curtly', 'tersely', 'only', 'formally', 'officially', 'apparently', 'allegedly', 'clearly',
  'specifically', 'directly', 'indirectly', 'personally', 'continue', 'continued', 'continues', 'went', 'on', 'to',
  "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "couldn't", "won't", "can't", 'cannot',
]);

export const NEGATORS = new Set(['not', "n't", 'never', "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't",
  "couldn't", "won't", "can't", 'cannot', 'no', 'neither', 'nor']);

/** Capitalised words that title a person rather than name them. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime',
  'minister', 'secretary', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor',
  'mayor', 'judge', 'justice', 'chief', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'general', 'gen',
  'col', 'colonel', 'lt', 'lieutenant', 'sgt', 'sergeant', 'capt', 'captain', 'brigadier', 'admiral', 'adm', 'commander',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'pope', 'rabbi',
  'rev', 'reverend', 'sheikh', 'ceo', 'cfo', 'coo', 'executive', 'attorney', 'speaker', 'leader', 'deputy',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'state', 'officer', 'detective', 'inspector', 'sheriff',
  'superintendent', 'commissioner', 'councilman', 'councilwoman', 'councillor', 'councilor', 'chancellor', 'emir',
  'ayatollah', 'cardinal', 'bishop', 'father', 'sister', 'coach', 'manager', 'founder', 'co-founder', 'head', 'major',
  'maj', 'cmdr', 'marshal', 'field', 'corporal', 'private', 'agent', 'special', 'u.s', 'us', 'former', 'acting',
  'senior', 'assistant', 'associate', 'economist', 'analyst', 'editor', 'correspondent', 'lawmaker',
  'minority', 'majority', 'whip', 'treasurer', 'counsel', 'solicitor', 'prosecutor', 'premier', 'dean', 'provost',
  'ombudsman', 'envoy', 'diplomat', 'official', 'adviser', 'advisor', 'aide', 'candidate', 'nominee', 'president-elect',
  'vice-president', 'first', 'then-president', 'then-candidate', 'mp', 'mep',
]);

/** Honorifics that mark a person for sure. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'sen', 'rep',
  'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'rev', 'maj']);

/** Head words of organisation names. */
export const ORG_WORDS = new Set([
  'ministry', 'department', 'agency', 'union', 'organization', 'organisation', 'council', 'committee', 'inc', 'corp',
  'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'party', 'times', 'post', 'journal', 'news', 'press', 'bank',
  'university', 'college', 'court', 'police', 'office', 'house', 'kremlin', 'pentagon', 'commission', 'authority',
  'group', 'foundation', 'institute', 'association', 'federation', 'service', 'services', 'administration', 'government',
  'army', 'navy', 'force', 'forces', 'guard', 'guards', 'senate', 'congress', 'parliament', 'assembly', 'board', 'fund',
  'bureau', 'center', 'centre', 'network', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'holdings',
  'partners', 'capital', 'trust', 'tribune', 'herald', 'telegraph', 'guardian', 'reuters', 'bloomberg', 'magazine',
  'radio', 'television', 'tv', 'broadcasting', 'channel', 'review', 'gazette', 'daily', 'weekly', 'monitor', 'observer',
  'campaign', 'coalition', 'alliance', 'league', 'club', 'team', 'church', 'mission', 'embassy', 'consulate', 'cabinet',
  'nato', 'eu', 'un', 'imf', 'fbi', 'cia', 'nsa', 'who', 'opec', 'ap', 'afp', 'bbc', 'cnn', 'nbc', 'cbs', 'abc', 'npr',
  'fed', 'reserve', 'exchange', 'markets', 'industries', 'labs', 'laboratory', 'hospital', 'clinic', 'school',
  'prosecution', 'prosecutors', 'state', 'states', 'nations', 'republic', 'kingdom', 'emirates', 'province', 'county',
  'city', 'brigade', 'brigades', 'movement', 'front', 'secretariat', 'tribunal', 'directorate',
  'watchdog', 'regulator', 'inquirer', 'globe', 'star', 'sun', 'mail', 'express', 'independent', 'economist', 'wire',
  'media', 'studios', 'pictures', 'images', 'photo', 'photos', 'getty', 'shutterstock', 'epa', 'records', 'foods', 'pharmaceuticals', 'energy', 'oil', 'petroleum', 'electric',
]);

/** Nouns that name a group of people: "officials said", "protesters chanted". */
export const GROUP_NOUNS = new Set([
  'officials', 'experts', 'analysts', 'protesters', 'protestors', 'critics', 'supporters', 'opponents', 'residents',
  'witnesses', 'lawmakers', 'legislators', 'senators', 'activists', 'economists', 'investigators', 'prosecutors',
  'authorities', 'police', 'researchers', 'scientists', 'doctors', 'observers', 'diplomats', 'sources', 'people',
  'leaders', 'members', 'advocates', 'campaigners', 'demonstrators', 'organizers', 'organisers', 'voters', 'parents',
  'students', 'teachers', 'workers', 'employees', 'executives', 'investors', 'traders', 'lawyers', 'attorneys',
  'republicans', 'democrats', 'conservatives', 'liberals', 'aides', 'advisers', 'advisors', 'officers', 'troops',
  'soldiers', 'militants', 'rebels', 'insurgents', 'scholars', 'historians', 'commentators', 'pundits', 'pollsters',
  'strategists', 'insiders', 'staffers', 'relatives', 'families', 'neighbours', 'neighbors', 'fans', 'users', 'citizens',
  'farmers', 'nurses', 'unions', 'groups', 'companies', 'firms', 'banks', 'governments', 'countries',
  'states', 'ministers', 'delegates', 'negotiators', 'regulators', 'mps', 'meps', 'judges', 'survivors', 'victims',
  'locals', 'villagers', 'owners', 'managers', 'commanders', 'spokesmen', 'representatives', 'agencies', 'media',
  'reports', 'polls', 'surveys', 'studies', 'documents', 'records', 'filings', 'data', 'figures', 'estimates',
]);

/** Heads of anonymous-source descriptions: "a senior official", "a person familiar with …". */
export const ANONYMOUS_HEADS = new Set(['official', 'source', 'person', 'diplomat', 'aide', 'insider', 'officer',
  'officials', 'sources', 'people', 'diplomats', 'aides', 'insiders', 'staffer', 'staffers', 'adviser', 'advisers',
  'employee', 'employees', 'executive', 'executives', 'member', 'members', 'spokesman', 'spokeswoman', 'spokesperson']);

/** Common nouns that can head a speaker description ("the spokesman", "the company", "the report"). */
export const SPEAKER_NOUNS = union([GROUP_NOUNS, ANONYMOUS_HEADS], [
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'company', 'firm', 'group', 'ministry',
  'government', 'agency', 'department', 'statement', 'report', 'study', 'survey', 'poll', 'document', 'memo', 'letter',
  'lawsuit', 'complaint', 'indictment', 'filing', 'analysis', 'review', 'audit', 'investigation', 'police', 'army',
  'military', 'campaign', 'administration', 'committee', 'court', 'judge', 'prosecutor', 'lawyer', 'attorney',
  'senator', 'governor', 'mayor', 'official', 'leader', 'chief', 'director', 'commander', 'general', 'ambassador',
  'bank', 'union', 'party', 'organization', 'organisation', 'website', 'newspaper', 'paper', 'broadcaster', 'magazine',
  'network', 'outlet', 'author', 'authors', 'researcher', 'expert', 'analyst', 'economist', 'witness', 'victim',
  'woman', 'man', 'mother', 'father', 'wife', 'husband', 'daughter', 'son', 'brother', 'sister', 'friend', 'neighbor',
  'neighbour', 'resident', 'owner', 'manager', 'coach', 'player', 'candidate', 'nominee', 'council', 'board', 'panel',
  'commission', 'authority', 'regulator', 'watchdog', 'ceo', 'chairman', 'chairwoman', 'chair', 'secretary', 'office',
  'kremlin', 'embassy', 'regime', 'opposition', 'city', 'state', 'county', 'school', 'university', 'hospital', 'team',
  'club', 'league', 'service', 'platform', 'airline', 'carrier', 'manufacturer', 'maker', 'retailer', 'developer',
  'lawmaker', 'legislator', 'representative', 'congressman', 'congresswoman', 'activist', 'critic', 'supporter',
  'opponent', 'teacher', 'student', 'doctor', 'nurse', 'scientist', 'professor', 'historian', 'boss', 'founder',
  'executive', 'investor', 'defendant', 'plaintiff', 'suspect', 'officer', 'detective', 'sheriff', 'inspector',
  'operator', 'provider', 'tribunal', 'jury', 'coalition', 'alliance', 'movement', 'bloc',
  'senate', 'house', 'parliament', 'congress', 'assembly', 'cabinet', 'white', 'foundation', 'institute', 'center',
  'centre', 'association', 'federation', 'society', 'charity', 'channel', 'station', 'site', 'blog',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'other',
  'another', 'both', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those', 'most', 'few',
  'all', 'each', 'four', 'five', 'six', 'dozens', 'hundreds', 'thousands', 'numerous', 'various', 'multiple']);

/** Lower-case words allowed inside a capitalised name: "Bank of England", "Osama bin Laden". */
export const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'del', 'della', 'da', 'di', 'du', 'des', 'von', 'van',
  'der', 'den', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'y', '&', 'and', 'the']);

/** Capitalised words that begin sentences or headlines but never name a speaker. */
export const PREPOSITIONS = new Set(['amid', 'amidst', 'among', 'against', 'about', 'above', 'across', 'after', 'along',
  'around', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down',
  'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'over', 'past',
  'per', 'since', 'than', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'until', 'upon', 'via', 'with',
  'within', 'without', 'as', 'following', 'ahead', 'amongst']);

/** Discourse connectives that open a sentence with a capital and are never anyone's name. */
const CONNECTIVES_LIST = ['moreover', 'likewise', 'furthermore', 'nevertheless', 'nonetheless', 'therefore', 'thus',
  'indeed', 'besides', 'otherwise', 'hence', 'overall', 'additionally', 'similarly', 'consequently', 'regardless'];
export const CONNECTIVES: ReadonlySet<string> = new Set(CONNECTIVES_LIST);
export const NOT_NAMES = union([PREPOSITIONS], ['the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'with',
  'as', 'by', 'from', 'to', 'of', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though',
  'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'what', 'which', 'who', 'whom', 'why', 'how',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last', 'next', 'earlier',
  'later', 'meanwhile', 'however', 'still', 'also', 'now', 'then', 'today', 'yesterday', 'tomorrow', 'instead',
  'separately', 'asked', 'speaking', 'writing', 'according', 'during', 'over', 'under', 'about', 'despite',
  'his', 'her', 'their', 'our', 'my', 'your', 'we', 'i', 'you', 'he', 'she', 'they', 'not', 'no', 'yes', 'all',
  'some', 'many', 'most', 'both', 'each', 'every', 'any', 'such', 'other', 'another', 'one', 'more', 'few',
  'said', 'says', 'told', 'added', 'read', 'photo', 'image', 'advertisement',
  ...CONNECTIVES_LIST,
]);

/** Words that name a report or a document, which can be the source of a statement. */
export const DOCUMENT_NOUNS = new Set(['report', 'study', 'survey', 'poll', 'statement', 'document', 'memo', 'letter',
  'lawsuit', 'complaint', 'indictment', 'filing', 'analysis', 'review', 'audit', 'ruling', 'order', 'affidavit',
  'assessment', 'paper', 'data', 'figures', 'research', 'findings', 'records', 'release', 'guidance']);
