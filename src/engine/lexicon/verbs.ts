// Reporting verbs and the stance each carries on its own. Lemmas come from the cues news
// writers use most (mined from attribution-annotated election coverage); every inflection
// is generated so "deny", "denies", "denied" and "denying" are all cues.

import { MINED_CUES } from './mined-cues';

export type CueClass = 'speech' | 'deny' | 'confirm' | 'decline' | 'belief';

export interface VerbInfo {
  lemma: string;
  cls: CueClass;
  /** May stand before its subject: "…,” said Peskov. */
  inverts: boolean;
  /** Takes a reported clause ("said that …"); others take an object ("denied the reports"). */
  clause: boolean;
  form: 'base' | 's' | 'ed' | 'ing';
  /** Learned from labelled data (./mined-cues.ts), not listed by hand. */
  mined?: boolean;
  /** A word that belongs to a learned cue and precedes its content: "referring to". */
  particle?: string;
}

interface LemmaSpec {
  cls: CueClass;
  inverts?: boolean;
  clause?: boolean;
  forms?: Partial<Record<'s' | 'ed' | 'ing' | 'en', string>>;
}

const L: Record<string, LemmaSpec> = {
  say: { cls: 'speech', inverts: true, clause: true, forms: { s: 'says', ed: 'said' } },
  tell: { cls: 'speech', inverts: true, clause: true, forms: { ed: 'told' } },
  add: { cls: 'speech', inverts: true, clause: true },
  note: { cls: 'speech', inverts: true, clause: true },
  argue: { cls: 'speech', inverts: true, clause: true },
  warn: { cls: 'speech', inverts: true, clause: true },
  claim: { cls: 'speech', inverts: true, clause: true },
  insist: { cls: 'speech', inverts: true, clause: true },
  announce: { cls: 'speech', inverts: true, clause: true },
  explain: { cls: 'speech', inverts: true, clause: true },
  state: { cls: 'speech', inverts: true, clause: true },
  write: { cls: 'speech', inverts: true, clause: true, forms: { ed: 'wrote', en: 'written', ing: 'writing' } },
  report: { cls: 'speech', inverts: true, clause: true },
  tweet: { cls: 'speech', inverts: true, clause: true },
  post: { cls: 'speech', clause: true },
  declare: { cls: 'speech', inverts: true, clause: true },
  stress: { cls: 'speech', inverts: true, clause: true },
  emphasize: { cls: 'speech', inverts: true, clause: true },
  emphasise: { cls: 'speech', inverts: true, clause: true },
  reiterate: { cls: 'speech', inverts: true, clause: true },
  repeat: { cls: 'speech', clause: true },
  suggest: { cls: 'speech', inverts: true, clause: true },
  predict: { cls: 'speech', inverts: true, clause: true },
  estimate: { cls: 'speech', clause: true },
  caution: { cls: 'speech', inverts: true, clause: true },
  contend: { cls: 'speech', inverts: true, clause: true },
  maintain: { cls: 'speech', clause: true },
  assert: { cls: 'speech', inverts: true, clause: true },
  allege: { cls: 'speech', inverts: true, clause: true },
  charge: { cls: 'speech', clause: true },
  accuse: { cls: 'speech' },
  criticize: { cls: 'speech' },
  criticise: { cls: 'speech' },
  complain: { cls: 'speech', inverts: true, clause: true },
  recall: { cls: 'speech', inverts: true, clause: true },
  remark: { cls: 'speech', inverts: true, clause: true },
  observe: { cls: 'speech', inverts: true, clause: true },
  mention: { cls: 'speech', clause: true },
  reply: { cls: 'speech', inverts: true, clause: true },
  respond: { cls: 'speech', inverts: true, clause: true },
  answer: { cls: 'speech', inverts: true, clause: true },
  testify: { cls: 'speech', clause: true },
  conclude: { cls: 'speech', inverts: true, clause: true },
  comment: { cls: 'speech', inverts: true, clause: true },
  describe: { cls: 'speech' },
  call: { cls: 'speech' },
  urge: { cls: 'speech', clause: true },
  ask: { cls: 'speech', inverts: true },
  promise: { cls: 'speech', clause: true },
  vow: { cls: 'speech', clause: true },
  pledge: { cls: 'speech', clause: true },
  threaten: { cls: 'speech', clause: true },
  propose: { cls: 'speech', clause: true },
  highlight: { cls: 'speech', clause: true },
  indicate: { cls: 'speech', clause: true },
  signal: { cls: 'speech', clause: true },
  hint: { cls: 'speech', clause: true },
  reveal: { cls: 'speech', clause: true },
  disclose: { cls: 'speech', clause: true },
  divulge: { cls: 'speech', clause: true },
  inform: { cls: 'speech', clause: true },
  assure: { cls: 'speech', clause: true },
  reassure: { cls: 'speech', clause: true },
  forecast: { cls: 'speech', clause: true, forms: { ed: 'forecast' } },
  point: { cls: 'speech', clause: true },
  counter: { cls: 'speech', inverts: true, clause: true },
  retort: { cls: 'speech', inverts: true, clause: true },
  quip: { cls: 'speech', inverts: true, clause: true },
  joke: { cls: 'speech', inverts: true, clause: true },
  shout: { cls: 'speech', inverts: true, clause: true },
  exclaim: { cls: 'speech', inverts: true, clause: true },
  whisper: { cls: 'speech', inverts: true, clause: true },
  acknowledge: { cls: 'confirm', inverts: true, clause: true },
  admit: { cls: 'confirm', inverts: true, clause: true },
  concede: { cls: 'confirm', inverts: true, clause: true },
  confirm: { cls: 'confirm', inverts: true, clause: true },
  corroborate: { cls: 'confirm', clause: true },
  verify: { cls: 'confirm', clause: true },
  deny: { cls: 'deny', clause: true, forms: { s: 'denies', ed: 'denied' } },
  reject: { cls: 'deny' },
  dismiss: { cls: 'deny' },
  refute: { cls: 'deny' },
  rebut: { cls: 'deny' },
  dispute: { cls: 'deny', clause: true },
  disavow: { cls: 'deny' },
  decline: { cls: 'decline' },
  refuse: { cls: 'decline' },
  show: { cls: 'speech', clause: true, forms: { ed: 'showed' } },
  find: { cls: 'speech', clause: true, forms: { ed: 'found' } },
  refrain: { cls: 'decline' },
  ignore: { cls: 'decline' },
  support: { cls: 'speech' },
  back: { cls: 'speech' },
  endorse: { cls: 'speech' },
  plead: { cls: 'speech', clause: true },
  apologize: { cls: 'confirm' },
  apologise: { cls: 'confirm' },
  believe: { cls: 'belief', clause: true },
  think: { cls: 'belief', clause: true, forms: { ed: 'thought' } },
  expect: { cls: 'belief', clause: true },
  fear: { cls: 'belief', clause: true },
};

const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c);

/** "carry", "deny": a consonant before a final y. */
const consonantY = (w: string): boolean => w.length >= 2 && w.endsWith('y') && !isVowel(w[w.length - 2]);

/** One syllable, consonant-vowel-consonant at the end ("quip", "warn" is not): its final consonant doubles. */
function doublesFinal(w: string): boolean {
  const n = w.length;
  if (n < 2 || 'aeiouwxy'.includes(w[n - 1]!) || !isVowel(w[n - 2])) return false;
  for (let i = 0; i < n - 2; i++) if (isVowel(w[i])) return false;
  return true;
}

/** Plural-like endings that take "-es": "discusses", "stresses", "pushes". */
const takesEs = (w: string): boolean =>
  w.endsWith('s') || w.endsWith('x') || w.endsWith('z') || w.endsWith('ch') || w.endsWith('sh');

const DOUBLED = new Set(['rebut', 'quip', 'admit', 'refer']);

// The table is built on every page the script runs in, by code that runs there once and cold:
// string tests rather than patterns, and no per-lemma arrays, closures or entry lists.
function buildIndex(): Map<string, VerbInfo> {
  const index = new Map<string, VerbInfo>();
  const add = (word: string, lemma: string, spec: LemmaSpec, form: VerbInfo['form']): void => {
    if (!index.has(word)) index.set(word, { lemma, cls: spec.cls, inverts: spec.inverts ?? false, clause: spec.clause ?? false, form });
  };
  const lemmas = Object.keys(L);
  for (let i = 0; i < lemmas.length; i++) {
    const lemma = lemmas[i]!;
    const spec = L[lemma]!;
    const stem = lemma.slice(0, -1);
    const last = lemma.slice(-1);
    const y = consonantY(lemma);
    let ed: string;
    let ing: string;
    if (DOUBLED.has(lemma)) {
      // "rebut" and "admit" double like one-syllable verbs though they have two.
      ed = `${lemma}${last}ed`;
      ing = `${lemma}${last}ing`;
    } else if (last === 'e') {
      ed = `${lemma}d`;
      ing = lemma.endsWith('ee') ? `${lemma}ing` : `${stem}ing`;
    } else if (y) {
      ed = `${stem}ied`;
      ing = `${lemma}ing`;
    } else if (doublesFinal(lemma)) {
      ed = `${lemma}${last}ed`;
      ing = `${lemma}${last}ing`;
    } else {
      ed = `${lemma}ed`;
      ing = `${lemma}ing`;
    }
    const forms = spec.forms;
    add(lemma, lemma, spec, 'base');
    add(forms?.s ?? (takesEs(lemma) ? `${lemma}es` : y ? `${stem}ies` : `${lemma}s`), lemma, spec, 's');
    add(forms?.ed ?? ed, lemma, spec, 'ed');
    add(forms?.ing ?? ing, lemma, spec, 'ing');
    if (forms?.en) add(forms.en, lemma, spec, 'ed');
  }
  return index;
}

/** The hand-made lexicon alone (what the cue miner looks past). */
export const BASE_VERBS: ReadonlyMap<string, VerbInfo> = buildIndex();

/** Learned word forms join the hand-made ones, which win where both list a word. */
function withMined(base: ReadonlyMap<string, VerbInfo>): Map<string, VerbInfo> {
  const index = new Map(base);
  for (let i = 0; i < MINED_CUES.length; i++) {
    const [word, cls, clause, particle] = MINED_CUES[i]!;
    if (index.has(word)) continue;
    const form: VerbInfo['form'] = word.endsWith('ing') ? 'ing' : word.endsWith('ed') ? 'ed'
      : word.endsWith('s') && !word.endsWith('ss') ? 's' : 'base';
    index.set(word, { lemma: word, cls, inverts: false, clause, form, mined: true, particle: particle || undefined });
  }
  return index;
}

export const VERBS: ReadonlyMap<string, VerbInfo> = withMined(BASE_VERBS);

/** Words that read as a reporting verb but are far more often nouns or adjectives in news. */
export const NOUN_FIRST = new Set(['report', 'reports', 'post', 'posts', 'call', 'calls', 'charge', 'charges', 'comment',
  'comments', 'state', 'states', 'note', 'notes', 'answer', 'answers', 'fear', 'fears', 'counter', 'signal', 'signals',
  'point', 'points', 'estimate', 'estimates', 'forecast', 'forecasts', 'promise', 'promises', 'reply', 'claim', 'claims',
  'expect', 'warning', 'stress', 'tweet', 'tweets', 'concern', 'mention', 'threat', 'joke', 'jokes', 'shout',
  'observe', 'pledge', 'back', 'backs', 'support', 'supports', 'show', 'shows', 'find', 'finds', 'pledges', 'hint', 'hints', 'verify', 'dispute', 'disputes', 'remark', 'remarks', 'repeat', 'quip']);
