// The stance model's one feature function: training (src/train) and the engine both call it,
// on a StanceContext built the same way, so what the model learned is what it is shown.
// Features are strings; a prefix names each family, so weights stay readable and the card
// can say which words decided a stance.
import type { StanceContext } from './stance-context';
import { VERBS } from './lexicon/verbs';
import { stanceOf, type StanceInput } from './stance';
import { isDigitAt, isLetterAt, widthAt } from './chars';

/** The marks featureTokens keeps as tokens of their own. */
const MARKS = '.,;:!?—–()';
/** On lower-cased text: ASCII letters and digits answered inline, the rest by the Unicode tests. */
function isLetterOrNumberAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return isLetterAt(s, i) || isDigitAt(s, i);
}
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

/**
 * A word or a punctuation mark of the text, lower-cased; "n't" becomes its own "not". A word is
 * a run of letters and digits with any apostrophe-joined letters ("o'brien", "don't"). Scanned
 * by hand: every statement's features read several texts through it, and a Unicode pattern
 * made it the engine's costliest function.
 */
export function featureTokens(text: string): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrNumberAt(s, i)) {
      const c = s[i]!;
      if (MARKS.includes(c)) out.push(c);
      i += widthAt(s, i);
      continue;
    }
    let j = i + widthAt(s, i);
    while (j < n && isLetterOrNumberAt(s, j)) j += widthAt(s, j);
    while (j + 1 < n && isApostrophe(s[j]) && isLetterAt(s, j + 1)) {
      j += 1 + widthAt(s, j + 1);
      while (j < n && isLetterAt(s, j)) j += widthAt(s, j);
    }
    const word = s.slice(i, j);
    pushWord(out, word.includes('’') ? word.replace(/’/g, "'") : word);
    i = j;
  }
  return out;
}

function pushWord(out: string[], t: string): void {
  if (t.endsWith("n't") && t.length > 3) {
    const stem = t.slice(0, -3);
    out.push(stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem, 'not');
  } else if (t === 'cannot') {
    out.push('can', 'not');
  } else {
    out.push(t);
  }
}

/** Punctuation tokens are single marks from a short list; everything else is a word. */
const isWord = (t: string): boolean => t.length > 1 || !'.,;:!?—–()'.includes(t);
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'none', 'neither', 'nor', 'nobody', 'without', 'nowhere']);
/** Words a negation reaches: until punctuation, at most this many. */
const NEGATION_REACH = 4;
/** Words before the statement read as its setting (an accusation it may answer). */
const BEFORE_WORDS = 20;
const AFTER_CUE_WORDS = 4;
/** Words that set up a rebuttal when they come just before a statement: someone was accused of something. */
const ACCUSATION_WORDS = new Set(['accuse', 'accused', 'accuses', 'accusing', 'accusation', 'accusations', 'allege', 'alleged', 'alleges',
  'allegation', 'allegations', 'allegedly', 'claim', 'claimed', 'claims', 'charge', 'charged', 'charges', 'suggest', 'suggested',
  'suggests', 'suggestion', 'suggestions', 'criticism', 'criticized', 'criticised', 'critics', 'attacked', 'attack', 'attacks',
  'blamed', 'blame', 'report', 'reported', 'reports', 'rumor', 'rumors', 'questioned', 'questions', 'assertion', 'insinuated',
  'implied', 'speculation', 'speculated', 'conspiracy', 'smear', 'wrongdoing', 'misconduct', 'scandal']);
/**
 * Word families of the guide's stance definitions, so that a rare word shares what its family
 * learned: "bogus" and "unsubstantiated" dispute as "false" does. Matched as word beginnings.
 */
const FAMILIES: Record<string, readonly string[]> = {
  dispute: ['false', 'untrue', 'wrong', 'lie', 'lies', 'lying', 'liar', 'mislead', 'misrepresent', 'mischaracteri', 'distort',
    'exaggerat', 'inaccura', 'incorrect', 'unfounded', 'baseless', 'groundless', 'fabricat', 'unsubstantiated', 'bogus',
    'nonsense', 'absurd', 'ridiculous', 'preposterous', 'laughable', 'hoax', 'smear', 'myth', 'fiction', 'fake', 'debunk',
    'dispute', 'disputed', 'deny', 'denied', 'denies', 'denial', 'reject', 'refute', 'rebut', 'dismiss', 'manufactured',
    'conspiracy', 'skeptic', 'sceptic', 'doubt', 'innocent', 'misinformation', 'disinformation', 'propaganda', 'slander', 'libel'],
  affirm: ['true', 'truth', 'correct', 'right', 'accurate', 'indeed', 'confirm', 'agree', 'echo', 'admit', 'admission',
    'acknowledg', 'concede', 'conced', 'verif', 'corroborat', 'mistake', 'apologi', 'regret', 'sorry', 'responsib', 'guilty',
    'fault', 'wrongdoing', 'valid', 'support', 'backed', 'endorse'],
  nonanswer: ['comment', 'respond', 'response', 'answer', 'address', 'discuss', 'speculat', 'elaborate', 'disclose', 'specify',
    'confirm', 'verify', 'reveal', 'unclear', 'unknown', 'determined', 'investigat', 'early', 'premature', 'privacy', 'policy',
    'declin', 'refus', 'silent', 'silence', 'mum', 'coy'],
  // What one refuses without calling anything untrue: "rejected the request" asserts.
  request: ['request', 'demand', 'offer', 'proposal', 'proposed', 'call', 'invitation', 'bid', 'appeal', 'plea', 'motion',
    'bill', 'amendment', 'deal', 'plan', 'nomination', 'application', 'petition', 'subpoena', 'ultimatum', 'settlement'],
  claim: ['claim', 'report', 'allegation', 'accusation', 'charge', 'story', 'stories', 'rumor', 'rumour', 'assertion',
    'suggestion', 'characteri', 'account', 'statement', 'notion', 'idea', 'theory', 'criticism', 'attack'],
};
const FAMILY_LIST = Object.entries(FAMILIES);

const NO_FAMILY: readonly string[] = [];
/** Words already placed, so a word is compared with the stems once per engine, not once per statement. */
const placed = new Map<string, readonly string[]>();
const PLACED_LIMIT = 50_000;

function familiesOf(t: string): readonly string[] {
  const known = placed.get(t);
  if (known) return known;
  let out: string[] | null = null;
  for (const [name, stems] of FAMILY_LIST) if (stems.some((stem) => t.startsWith(stem))) (out ??= []).push(name);
  if (placed.size >= PLACED_LIMIT) placed.clear();
  placed.set(t, out ?? NO_FAMILY);
  return out ?? NO_FAMILY;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
const SELF_WORDS = new Set(['i', 'we', 'me', 'us', 'my', 'our', "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll", 'myself', 'ourselves']);
/** Words too common to tell one statement's topic from another's. */
const COMMON = new Set(['the', 'and', 'that', 'this', 'with', 'from', 'have', 'has', 'had', 'was', 'were', 'are', 'for', 'not',
  'but', 'they', 'their', 'them', 'there', 'what', 'which', 'who', 'will', 'would', 'been', 'about', 'said', 'says', 'his', 'her',
  'she', 'him', 'its', 'our', 'you', 'your', 'all', 'any', 'one', 'more', 'than', 'when', 'into', 'also', 'just', 'very']);

/** The first word of `text` that calls something untrue ("false", "fake", "hoax"), not under a negation; null when none. */
export function disputeWord(text: string): string | null {
  let reach = 0;
  for (const t of featureTokens(text)) {
    if (!isWord(t)) { reach = 0; continue; }
    if (NEGATORS.has(t)) { reach = NEGATION_REACH; continue; }
    if (reach > 0) { reach--; continue; }
    if (familiesOf(t).includes('dispute')) return t;
  }
  return null;
}

/** The cue's verb: the first word of the cue the reporting-verb lexicon knows. */
export function cueVerb(cueWords: readonly string[]): { lemma: string; cls: string; info: ReturnType<typeof VERBS.get> } | null {
  for (const w of cueWords) {
    const info = VERBS.get(w);
    if (info) return { lemma: info.lemma, cls: info.cls, info };
  }
  return null;
}

function lengthBucket(n: number): string {
  return n <= 3 ? 'xs' : n <= 8 ? 's' : n <= 20 ? 'm' : n <= 40 ? 'l' : 'xl';
}

/** Content words, negation-marked words and bigrams: "w:false", "nw:true", "b:not true"; returns how many negations. */
function addContent(out: Set<string>, tokens: readonly string[]): number {
  let reach = 0;
  let negs = 0;
  let prev = '';
  for (const t of tokens) {
    if (!isWord(t)) { reach = 0; prev = ''; continue; }
    out.add(`w:${t}`);
    if (prev) out.add(`b:${prev} ${t}`);
    prev = t;
    if (NEGATORS.has(t)) { reach = NEGATION_REACH; negs++; continue; }
    if (reach > 0) { out.add(`nw:${t}`); reach--; }
  }
  out.add(negs === 0 ? 'neg:0' : negs === 1 ? 'neg:1' : 'neg:2+');
  return negs;
}

/** The cue as the features and the rules read it: once per statement, shared by both. */
export interface CueReading {
  hasCue: boolean;
  /** The cue's words, lower-cased. */
  tokens: string[];
  verb: ReturnType<typeof cueVerb>;
  /** The verb's lemma, else the cue's last word. */
  lemma: string;
  negated: boolean;
  /** The first words after the cue. */
  after: string[];
  /** What the hand-written rules read. */
  rule: StanceInput;
}

export function readCue(ctx: StanceContext): CueReading {
  const { block } = ctx;
  const hasCue = ctx.cueStart >= 0 && ctx.cueEnd > ctx.cueStart;
  const cue = hasCue ? block.slice(ctx.cueStart, ctx.cueEnd) : '';
  const tokens = hasCue ? featureTokens(cue).filter(isWord) : [];
  const after = hasCue ? featureTokens(block.slice(ctx.cueEnd, ctx.cueEnd + 80)).filter(isWord).slice(0, AFTER_CUE_WORDS) : [];
  const verb = cueVerb(tokens);
  const negated = tokens.some((t) => NEGATORS.has(t));
  return {
    hasCue, tokens, verb, lemma: verb?.lemma ?? tokens.at(-1) ?? '', negated, after,
    rule: { verb: verb?.info ?? null, negated, cue, text: block.slice(ctx.start, ctx.end), after: after.join(' ') },
  };
}

/** Accusation words per thousand words of an article. */
export function accusationRate(texts: readonly string[]): number {
  let words = 0;
  let hits = 0;
  for (const t of texts) for (const w of featureTokens(t)) if (isWord(w)) { words++; if (ACCUSATION_WORDS.has(w)) hits++; }
  return words ? (hits * 1000) / words : 0;
}

export function stanceFeatures(ctx: StanceContext, cue: CueReading = readCue(ctx)): string[] {
  const out = new Set<string>(['bias']);
  const { block } = ctx;
  const content = featureTokens(block.slice(ctx.start, ctx.end));
  const { hasCue, tokens: cueTokens, verb, lemma, negated: cueNegated, after } = cue;

  out.add(`form:${ctx.form}`);
  // Who speaks says something of what they do: a spokesman or a lawyer answering often rebuts.
  // Only its common nouns count ("spokesman", "lawyer"): names are the news of one season.
  const named = featureTokens(ctx.mention).filter(isWord);
  if (named.length === 1 && PRONOUNS.has(named[0]!)) out.add('m:pronoun');
  else for (const t of featureTokens(ctx.mention.replace(/[\p{Lu}][\p{L}'’.-]*/gu, ' ')).filter(isWord)) if (!COMMON.has(t)) out.add(`m:${t}`);
  if (!hasCue) out.add('cue:none');
  for (const t of cueTokens) out.add(`c:${t}`);
  if (lemma) out.add(`cl:${lemma}`);
  if (verb) out.add(`cc:${verb.cls}`);
  if (cueNegated) { out.add('cn'); out.add(`cn:${lemma}`); }
  if (hasCue) out.add(ctx.cueStart < ctx.start ? 'cue:before' : 'cue:after');

  // What follows the cue: "denied the report", "declined to comment", "refused to say".
  for (const t of after) out.add(`a:${t}`);
  if (after[0]) out.add(`a1:${after[0]}`);
  if (after[1]) out.add(`a2:${after[0]} ${after[1]}`);
  if (lemma && after[0]) out.add(`cl+a1:${lemma} ${after[0]}`);

  const negated = addContent(out, content) > 0;
  const words = content.filter(isWord);
  // Who the content is about changes what its words do: "we made a mistake" admits, "the tunnel
  // had been a mistake" criticises. Content words are also marked with the speaker speaking of
  // themselves or not.
  const self = words.some((t) => SELF_WORDS.has(t));
  out.add(self ? 'self' : 'other');
  for (const t of words) if (!COMMON.has(t)) out.add(`${self ? 'sw' : 'ow'}:${t}`);
  if (words[0]) out.add(`first:${words[0]}`);
  // Families, also as the negation reaches them: "not true" disputes, "not comment" declines.
  let reach = 0;
  for (const t of content) {
    if (!isWord(t)) { reach = 0; continue; }
    if (NEGATORS.has(t)) { reach = NEGATION_REACH; continue; }
    for (const fam of familiesOf(t)) {
      out.add(`fam:${fam}`);
      if (reach > 0) out.add(`fam:not-${fam}`);
      out.add(`fam:${fam}&${self ? 'self' : 'other'}`);
    }
    if (reach > 0) reach--;
  }
  for (const t of [...cueTokens, ...after]) for (const fam of familiesOf(t)) out.add(`cfam:${fam}${cueNegated ? '&neg' : ''}`);
  // The cue's verb with what it takes: "rejected the report" denies, "rejected the request" does not.
  if (verb) for (const t of after) for (const fam of familiesOf(t)) out.add(`obj:${verb.cls}&${fam}`);
  out.add(`len:${lengthBucket(words.length)}`);

  // The article: denials answer accusations, and an article with none (a profile, a recipe,
  // a match report) gives its speakers' "not" and "never" nothing to deny.
  const rate = ctx.accusationRate ?? 0;
  const articleBucket = rate === 0 ? '0' : rate < 2 ? 'low' : rate < 5 ? 'mid' : 'high';
  out.add(`doc:acc:${articleBucket}`);
  if (negated) out.add(`doc:acc:${articleBucket}&neg`);
  if (out.has('fam:dispute')) out.add(`doc:acc:${articleBucket}&dispute`);
  if (verb) out.add(`doc:acc:${articleBucket}&cc:${verb.cls}`);

  // The setting: words just before the statement (or its cue), reaching into the previous block.
  const from = hasCue ? Math.min(ctx.start, ctx.cueStart) : ctx.start;
  let before = featureTokens(block.slice(Math.max(0, from - 200), from)).filter(isWord);
  if (before.length < BEFORE_WORDS && ctx.previous) before = [...featureTokens(ctx.previous.slice(-200)).filter(isWord), ...before];
  const setting = before.slice(-BEFORE_WORDS);
  if (setting.some((t) => ACCUSATION_WORDS.has(t))) {
    out.add('p:accusation');
    if (negated) out.add('p:accusation&neg');
    if (lemma) out.add(`p:accusation&cl:${lemma}`);
  }
  // A rebuttal answers what was just said: its topic words echo the setting's.
  const wide = before.slice(-60);
  const topic = words.filter((t) => t.length > 3 && !COMMON.has(t));
  if (topic.length) {
    const echoed = topic.filter((t) => wide.includes(t)).length / topic.length;
    const bucket = echoed === 0 ? '0' : echoed < 0.25 ? 'low' : echoed < 0.5 ? 'mid' : 'high';
    out.add(`echo:${bucket}`);
    if (negated) out.add(`echo:${bucket}&neg`);
  }
  if (negated) {
    if (verb) out.add(`neg&cc:${verb.cls}`);
    if (lemma) out.add(`neg&cl:${lemma}`);
    out.add(`neg&form:${ctx.form}`);
  }

  // The hand-written rules, now one voice among the features.
  const rule = stanceOf(cue.rule);
  out.add(`r:${rule}`);
  if (verb) out.add(`r:${rule}|${verb.cls}`);
  return [...out];
}

/** Words that say nothing to a reader on their own: a reason made only of them is not shown. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'that', 'this', 'these', 'those', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does',
  'did', 'i', 'we', 'you', 'he', 'she', 'they', 'him', 'her', 'them', 'his', 'my', 'our', 'their', 'your', 'me', 'us', 'which',
  'who', 'what', 'when', 'where', 'because', 'if', 'so', 'than', 'then', 'there', 'here', 'about', 'into', 'also', 'just', 'one']);
const saysSomething = (words: string): boolean => words.split(' ').some((w) => !FUNCTION_WORDS.has(w));

/** The words a feature stands for, as a reader would recognise them; null for features that are not words. */
export function featureWords(feature: string, cue: string): string | null {
  const colon = feature.indexOf(':');
  const family = feature.slice(0, colon);
  const value = feature.slice(colon + 1);
  switch (family) {
    case 'w': case 'sw': case 'ow': case 'b': case 'a': case 'a2': return saysSomething(value) ? value : null;
    case 'nw': return saysSomething(value) ? `not … ${value}` : null;
    case 'c': case 'cl': case 'cn': case 'cl+a1': return cue || null;
    default: return null;
  }
}
