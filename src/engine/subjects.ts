// Who speaks: the subject of a cue, looking left ("Peskov said"), right ("said Peskov") or to
// the start of the sentence (participles), through appositives and auxiliaries.
import type { Token } from './tokens';
import { VERBS } from './lexicon/verbs';
import { CONNECTIVES, DETERMINERS, DOCUMENT_NOUNS, NAME_CONNECTORS, NEGATORS, NOT_NAMES, PREPOSITIONS, SUBJECT_PRONOUNS, VERB_MODIFIERS } from './lexicon/words';
import { phraseEndingAt, phraseStartingAt, subjectEndingAt, type Phrase } from './phrases';
import { type BlockText, isTerminal } from './block';
import { CLAUSE_BREAKS } from './clauses';
import { isAllCaps } from './chars';
import { GIVEN_NAME_GENDER } from './lexicon/first-names';
import { endsPossessive, isDigits } from './strings';

/** "quickly", "reportedly": three letters or more before "ly", letters only. */
function isLyWord(w: string): boolean {
  if (w.length < 5 || !w.endsWith('ly')) return false;
  for (let i = 0; i < w.length - 2; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
const ROLE_BREAKERS = new Set(['in', 'on', 'at', 'speaking', 'according']);
const OF_FROM_IN = new Set(['of', 'from', 'in']);
const AFTER_SUBJECT_HEAD = new Set(['of', 'from', 'by', 'for', 'in', 'on', 'at', 'with', 'who', 'that', 'released', 'published', 'conducted']);

const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'supply', 'rally', 'monopoly', 'anomaly', 'italy', 'july',
  'butterfly', 'bully', 'lily', 'emily', 'kelly', 'holly', 'sally', 'molly', 'polly', 'reply', 'belly', 'jelly']);

/** Sentence adverbs a writer may set between a subject and its verb. */
const SENTENCE_ADVERBS = new Set(['however', 'meanwhile', 'nevertheless', 'nonetheless', 'instead', 'therefore', 'thus', 'too', 'indeed',
  // and an emphatic reflexive: "Cruz himself said".
  'himself', 'herself', 'themselves', 'itself']);

const SHARES = new Set(['some', 'many', 'others', 'most', 'both', 'several', 'few', 'half', 'percent']);
const SHARE_LEADS = new Set(['only', 'almost', 'nearly', 'about', 'just', 'roughly', 'over', 'fewer', 'more', 'than', 'a', 'per']);
/** "some", "half", "percent", "42%": a share of people, which can be a subject on its own. */
const isShare = (t: Token): boolean => SHARES.has(t.lower) || t.lower.length >= 2 && t.lower.endsWith('%') && isDigits(t.lower.slice(0, -1));

const PRONOUN_SUBJECTS = new Set(['He', 'She', 'They', 'We', 'It', 'I']);
/** Single words that can open a sentence as the speaker of a noun-like cue: acronyms and pronouns. */
export const isAcronymOrPronoun = (w: string): boolean => PRONOUN_SUBJECTS.has(w) || isAllCaps(w);

/** Skips auxiliaries and adverbs leftwards from `i`; reports a negation among them. */
export function skipModifiersLeft(tokens: Token[], i: number, from: number): { at: number; negated: boolean } {
  let negated = false;
  // Any -ly adverb may sit there too: "Ms. Haley testily responded"; and a sentence adverb,
  // lower case between subject and verb: "Carter however said".
  const isAdverb = (t: Token) => VERB_MODIFIERS.has(t.lower) || !t.cap && (isLyWord(t.lower) && !LY_NOUNS.has(t.lower) || SENTENCE_ADVERBS.has(t.lower));
  while (i >= from && tokens[i]!.kind === 'word' && isAdverb(tokens[i]!) && tokens[i]!.quote < 0) {
    if (NEGATORS.has(tokens[i]!.lower)) negated = true;
    i--;
  }
  return { at: i, negated };
}

interface Subject {
  phrase: Phrase;
  role: string;
  /** First token of the whole subject when it starts before the name ("her father, Ivo,"). */
  start?: number;
  /** First token of the auxiliaries before the verb ("did not refute"): the cue starts there. */
  auxFrom: number;
  negated: boolean;
}

/** The subject of the verb at `v`, looking left: "Peskov said", "Nozari, a commander, said". */
export function subjectLeft(b: BlockText, v: number, from: number, anyHead = false): Subject | null {
  const { tokens } = b;
  const skipped = skipModifiersLeft(tokens, v - 1, from);
  let { at } = skipped;
  let { negated } = skipped;
  const auxFrom = at + 1;
  // "Christie on Sunday defended …", "Sanders (I-Vt.) last week criticized …": the time sits between
  // the subject and its verb.
  const time = timeLeft(tokens, at, from);
  if (time < at) {
    const again = skipModifiersLeft(tokens, time, from);
    at = again.at;
    negated = negated || again.negated;
  }
  if (at < from) return null;
  const t = tokens[at]!;
  if (t.kind === 'word' && t.quote < 0) {
    // "…, who said" refers to the noun before the comma.
    if (t.lower === 'who' && tokens[at - 1]?.text === ',') {
      const ante = subjectEndingAt(tokens, at - 2, from);
      if (ante) return { phrase: ante, role: '', auxFrom, negated };
    }
    // "Richards and Menendez both stressed …", "Lund and Tull have both argued …": a floating
    // quantifier stands for the people named before it; the nearest of them is the speaker.
    if (FLOATING_QUANTIFIERS.has(t.lower) && at - 1 >= from) {
      const k = skipModifiersLeft(tokens, at - 1, from).at;
      const named = k >= from ? subjectEndingAt(tokens, k, from) : null;
      if (named) return { phrase: named, role: '', auxFrom, negated };
    }
    // "voters who say …", "a retired general who suggested …": with no comma the relative word
    // still stands for the noun right before it; left as "who", it went to whichever person was
    // named last. With no such noun ("those who said") it stays a pronoun, and so it does after a
    // preposition: in "a graduate of the law school who argued" the clause may hang on either noun.
    if (t.lower === 'who' && tokens[at - 1]?.kind === 'word' && tokens[at - 1]!.quote < 0) {
      const ante = subjectEndingAt(tokens, at - 1, from, true);
      if (ante && !PREPOSITIONS.has(tokens[ante.from - 1]?.lower ?? '')) return { phrase: ante, role: '', auxFrom, negated };
    }
    const phrase = subjectEndingAt(tokens, at, from, anyHead) ?? (anyHead ? openingNounPhrase(tokens, from, at) : null);
    if (phrase) return { phrase: relativeAntecedent(tokens, phrase, from) ?? phrase, role: '', auxFrom, negated };
    // Poll and crowd shares speak too: "Some said …", "7 percent said …", "Almost half say …".
    if (anyHead && isShare(t)) {
      let start = at;
      while (start > from && start > at - 3 && tokens[start - 1]!.kind === 'word' && tokens[start - 1]!.quote < 0
        && (isDigits(tokens[start - 1]!.text) || SHARE_LEADS.has(tokens[start - 1]!.lower))) start--;
      return { phrase: { from: start, to: at + 1 }, role: '', auxFrom, negated };
    }
    return null;
  }
  // Appositive: "Brigadier Fazlollah Nozari, a senior … commander, denied".
  if (t.text === ',' || t.text === ')' || t.text === '—') {
    const closer = t.text === ')' ? '(' : t.text;
    // "Clinton, at a meeting in Columbus, Ohio, said": a name after a preposition is that
    // preposition's object, so an earlier comma may still hold the subject. Failing that, the
    // object stands, as it did before. "Of" is left out: "his secretary of State, John Dulles,"
    // is a role whose name follows it, and so is a stretch opening on a given name ("members from
    // Florida, Ileana Ros, …").
    let fallback = -1;
    for (let k = at - 1; k >= from && at - k <= 40; k--) {
      const tk = tokens[k]!;
      if (tk.quote >= 0 || CLAUSE_BREAKS.has(tk.text) && tk.text !== closer) break;
      if (tk.text !== closer) continue;
      let end = k - 1;
      // "Elijah Cummings (D-Md.), chair of …": a label in parentheses belongs to the name before it.
      if (tokens[end]?.text === ')') {
        let open = end - 1;
        while (open > from && tokens[open]!.text !== '(' && end - open < 8) open--;
        if (tokens[open]?.text === '(') end = open - 1;
      }
      const found = subjectEndingAt(tokens, end, from);
      if (!found) {
        // "Jillian Chase, 27, a Tinder user in New York, said": an age between commas is one more
        // appositive; the name stands before it.
        if (tokens[end] && isDigits(tokens[end]!.text) && tokens[end - 1]?.text === ',') continue;
        break;
      }
      if (fallback < 0 && afterPreposition(tokens, found) && tokens[found.from - 1]!.lower !== 'of'
        && !GIVEN_NAME_GENDER.has(tokens[k + 1]?.lower ?? '')) {
        fallback = k;
        continue;
      }
      // "In addition to Mr. Regalado, members from Florida, …": the earlier name is an object too.
      if (fallback >= 0 && afterPreposition(tokens, found)) break;
      const head: Phrase = chainHead(tokens, found, from);
      const inner = tokens.slice(k + 1, at);
      const first = inner[0];
      if (!first) break;
      // "In a year when …, candidates have more room …, said Steve Grubbs": a stretch with its own
      // finite verb and no relative word is a clause, not a description of the noun before it.
      if (hasOwnFiniteVerb(inner)) break;
      const isDescription = !!first && (DETERMINERS.has(first.lower) || first.lower === 'who' || !first.cap
        || inner.some((x) => !x.cap && x.kind === 'word'));
      if (!isDescription) {
        // "President Trump’s ambassador to the United Nations, Nikki R. Haley, said": the name is
        // inside when the outer part only describes; "Jason Chaffetz, R-Utah, said" keeps the outer name.
        // "his secretary of State, Ansel Krupp,": a name governed by "of" belongs to the role before it.
        const outerDescribes = tokens.slice(head.from, head.to).some((x) => x.kind === 'word' && !x.cap && !NAME_CONNECTORS.has(x.lower))
          || endsPossessive(tokens[head.from]!.text) || tokens[head.from - 1]?.lower === 'of' && !tokens[head.from - 1]!.cap;
        const innerName = phraseEndingAt(tokens, at - 1, k + 1);
        // "her mother, Greta, said": after a determined description, one name word is enough.
        const determined = DETERMINERS.has(tokens[head.from]!.lower) || POSSESSIVES.has(tokens[head.from]!.lower);
        if (outerDescribes && innerName && innerName.from === k + 1 && (inner.length >= 2 || determined) && inner.length <= 5) {
          const roleFrom = tokens[head.from]!;
          return { phrase: innerName, role: b.text.slice(roleFrom.start, tokens[k - 1]!.end), start: head.from, auxFrom, negated };
        }
        return { phrase: head, role: b.text.slice(first.start, inner[inner.length - 1]!.end), auxFrom, negated };
      }
      const role = first && first.lower !== 'who' && !ROLE_BREAKERS.has(first.lower) && isNounPhrase(inner)
        ? b.text.slice(first.start, inner[inner.length - 1]!.end) : '';
      return { phrase: head, role, auxFrom, negated };
    }
    if (fallback >= 0) {
      const found = subjectEndingAt(tokens, fallback - 1, from)!;
      const inner = tokens.slice(fallback + 1, at);
      if (hasOwnFiniteVerb(inner)) return null;
      return { phrase: found, role: inner.length ? b.text.slice(inner[0]!.start, inner[inner.length - 1]!.end) : '', auxFrom, negated };
    }
  }
  return null;
}

/**
 * Is the phrase the object of a preposition inside a clause ("a meeting in Columbus", "the
 * unrest in Nevada")? An appositive's own "of Raleigh" after a comma is part of the chain.
 */
function afterPreposition(tokens: Token[], p: Phrase): boolean {
  const before = tokens[p.from - 1];
  const word = tokens[p.from - 2];
  return !!before && before.kind === 'word' && before.quote < 0 && !before.cap && PREPOSITIONS.has(before.lower)
    && !!word && word.kind === 'word' && word.quote < 0;
}

const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);

/**
 * Can this stretch between commas describe a speaker? A role is a noun phrase: "however",
 * "meanwhile", "though", "in turn", "for his part" are a sentence adverb or a discourse marker set
 * off by commas, not a description. So: no preposition first, and some word that could be a noun
 * (not only adverbs and the closed-class words that never name anyone).
 */
function isNounPhrase(inner: Token[]): boolean {
  const words = inner.filter((t) => t.kind === 'word');
  if (!words.length || PREPOSITIONS.has(words[0]!.lower)) return false;
  return words.some((t) => t.cap || isDigits(t.text) || DETERMINERS.has(t.lower)
    || !NOT_NAMES.has(t.lower) && !VERB_MODIFIERS.has(t.lower) && !(isLyWord(t.lower) && !LY_NOUNS.has(t.lower)));
}

/**
 * "A woman who took her children to the shelter on Sunday said", "Officials who spoke to Smith
 * said": the noun nearest the verb sits inside a relative clause; the speaker is the noun phrase
 * the clause hangs on, at the start of the sentence or clause.
 */
function relativeAntecedent(tokens: Token[], phrase: Phrase, from: number): Phrase | null {
  for (let k = phrase.from - 1; k > from && phrase.from - k <= 20; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return null;
    if (t.lower !== 'who' && t.lower !== 'whose') continue;
    const ante = phraseEndingAt(tokens, k - 1, from, true);
    if (!ante) return null;
    const before = tokens[ante.from - 1];
    return ante.from === from || before?.kind !== 'word' || OPENING_JOINERS.has(before.lower) ? ante : null;
  }
  return null;
}

const APPOSITIVE_FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'do', 'does', 'did']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);
function hasOwnFiniteVerb(inner: Token[]): boolean {
  for (const t of inner) {
    if (t.kind !== 'word') continue;
    if (RELATIVES.has(t.lower)) return false;
    if (APPOSITIVE_FINITE.has(t.lower)) return true;
  }
  return false;
}

const TIME_PHRASE_LEADS = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later', 'next']);
const TIME_NOUNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
/** The token before a time phrase ("on Sunday", "last week", "Wednesday morning") ending at `at`, or `at`. */
function timeLeft(tokens: Token[], at: number, from: number): number {
  let k = at;
  while (k >= from && k > at - 3 && tokens[k]!.kind === 'word' && TIME_NOUNS.has(tokens[k]!.lower)) k--;
  if (k === at) return at;
  if (k >= from && tokens[k]!.kind === 'word' && TIME_PHRASE_LEADS.has(tokens[k]!.lower)) k--;
  else if (k >= from && tokens[k + 1]!.lower !== 'today' && tokens[k + 1]!.lower !== 'yesterday') return at;
  return k >= from ? k : at;
}

const OPENING_JOINERS = new Set(['but', 'and', 'so', 'yet']);
const NOT_IN_OPENING = new Set(['that', 'who', 'which', 'whose', 'whom', 'than', 'as', 'if', 'to', 'not']);
/**
 * A determined noun phrase that is the whole of the sentence's opening, up to a strong cue:
 * "The billionaire real estate magnate says", "Her advisers and allies say". Plain words only,
 * no verb, no punctuation, so the stretch can be nothing but the subject.
 */
function openingNounPhrase(tokens: Token[], from: number, at: number): Phrase | null {
  let s = from;
  while (s < at && (tokens[s]!.kind !== 'word' || tokens[s]!.quote >= 0 || OPENING_JOINERS.has(tokens[s]!.lower))) {
    if (tokens[s]!.quote >= 0 || tokens[s]!.kind === 'punct' && tokens[s]!.text !== ',') return null;
    s++;
  }
  if (at - s < 2 || at - s > 6 || !DETERMINERS.has(tokens[s]!.lower)) return null;
  for (let k = s + 1; k <= at; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0 || NOT_IN_OPENING.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return null;
    if (VERBS.has(t.lower) || NEGATORS.has(t.lower) || VERB_MODIFIERS.has(t.lower) || isDigits(t.text)) return null;
  }
  if (tokens[at]!.lower === 'and') return null;
  return { from: s, to: at + 1 };
}

/**
 * An appositive chain ("Patrick Carlineo Jr., 55, of Addison, a village …,"): the speaker is the
 * name before the first comma of the chain, not the place or age inside it.
 */
function chainHead(tokens: Token[], head: Phrase, from: number): Phrase {
  let current = head;
  for (let hop = 0; hop < 3; hop++) {
    let p: number = current.from - 1;
    if (OF_FROM_IN.has(tokens[p]?.lower ?? '')) p--;
    while (p >= from && tokens[p]!.kind === 'word' && isDigits(tokens[p]!.text)) p--;
    if (tokens[p]?.text !== ',' || p <= from) break;
    let q: number = p - 1;
    while (q >= from && tokens[q]!.kind === 'word' && isDigits(tokens[q]!.text)) q--;
    if (tokens[q]?.text === ',') q--;
    const earlier: Phrase | null = q >= from ? phraseEndingAt(tokens, q, from) : null;
    // "Alarmed by the unrest in Nevada, Senator Harry Reid, …": a preposition's object opens no chain.
    if (!earlier || !tokens[earlier.from]!.cap || afterPreposition(tokens, earlier)
      || earlier.to - earlier.from === 1 && isSentenceAdverb(tokens[earlier.from])) break;
    current = earlier;
  }
  return current;
}

const NOT_HEAD_NOUNS = new Set(['afterward', 'afterwards', 'too', 'here', 'there', 'tonight', 'today', 'yesterday', 'instead',
  'however', 'though', 'alone', 'himself', 'herself', 'themselves', 'itself', 'both', 'all', 'each']);
/**
 * "one former GOP leadership aide", "the former Republican presidential candidate": a capitalised
 * modifier is not where the phrase ends when plain nouns follow it up to the phrase's boundary
 * (punctuation, or with `verbAfter` a verb). Up to three such words join the phrase.
 */
function extendToHead(tokens: Token[], p: Phrase, to: number, verbAfter: boolean): Phrase {
  if (!tokens[p.to - 1]!.cap) return p;
  let k = p.to;
  while (k < to && k - p.to < 3) {
    const x = tokens[k]!;
    if (x.kind !== 'word' || x.quote >= 0 || x.cap || NOT_NAMES.has(x.lower) || VERBS.has(x.lower) || VERB_MODIFIERS.has(x.lower)
      || NOT_HEAD_NOUNS.has(x.lower) || isDigits(x.text) || isLyWord(x.lower) && !LY_NOUNS.has(x.lower) || isPastVerb(x)) break;
    k++;
  }
  if (k === p.to) return p;
  const b = tokens[k];
  const boundary = k >= to || !b || b.kind !== 'word' && b.quote < 0 && (isTerminal(b) || b.text === ',' || b.text === ';' || b.text === '—')
    || verbAfter && b.kind === 'word' && (VERBS.has(b.lower) || isPastVerb(b));
  return boundary ? { from: p.from, to: k } : p;
}

/** The subject after an inverted verb: "…,” said Peskov, the Kremlin spokesman." */
export function subjectRight(b: BlockText, v: number, to: number): { phrase: Phrase; role: string } | null {
  const { tokens } = b;
  let phrase = phraseStartingAt(tokens, v + 1, to);
  if (!phrase) return null;
  const head = tokens[phrase.from]!;
  if (head.lower === 'that' || NOT_NAMES.has(head.lower) && !DETERMINERS.has(head.lower) && !SUBJECT_PRONOUNS.has(head.lower)) return null;
  // "said Democratic strategist Hank Sheinkopf", "said Clinton ally James Carville": a role noun the
  // phrase reader does not know sits between the capitalised modifier and the name.
  if (tokens[phrase.to - 1]!.cap) {
    let k = phrase.to;
    while (k < to && k - phrase.to < 2 && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0 && !tokens[k]!.cap
      && !VERBS.has(tokens[k]!.lower) && !NOT_NAMES.has(tokens[k]!.lower)) k++;
    const name = k > phrase.to ? phraseStartingAt(tokens, k, to) : null;
    if (name && tokens[name.from]!.cap && tokens[name.to - 1]!.cap) phrase = { from: phrase.from, to: name.to };
  }
  phrase = extendToHead(tokens, phrase, to, false);
  let role = '';
  if (tokens[phrase.to]?.text === ',') {
    const first = tokens[phrase.to + 1];
    if (first && (DETERMINERS.has(first.lower) || !first.cap)) {
      let e = phrase.to + 1;
      while (e < to && !isTerminal(tokens[e]) && tokens[e]!.text !== ',' && tokens[e]!.quote < 0) e++;
      role = b.text.slice(first.start, tokens[e - 1]!.end);
    }
  }
  return { phrase, role };
}

/** The sentence's own subject, for a participle with no statement before it. */
export function subjectOfSentence(b: BlockText, from: number, v: number): Phrase | null {
  const { tokens } = b;
  let start = from;
  // "But the court overruled and said …": an opening conjunction is no part of the subject.
  while (start < v && (tokens[start]!.quote >= 0 || tokens[start]!.kind !== 'word' || OPENING_JOINERS.has(tokens[start]!.lower))) start++;
  // "Ultimately, X refused …", "Walking to the car, X said …", "WASHINGTON — X said …": the
  // subject comes after an opening adverbial or a dateline.
  const after = openingAdverbialEnd(tokens, start, v);
  if (after > start) {
    start = after;
    while (start < v && (tokens[start]!.kind !== 'word' || OPENING_JOINERS.has(tokens[start]!.lower))) start++;
  }
  // The sentence opens with its subject: "Berit Lund voted against the budget, saying …".
  // "He congratulated her … and praised her effort": a subject pronoun opening the sentence.
  if (start < v - 1 && PRONOUN_SUBJECTS.has(tokens[start]!.text) && tokens[start + 1]!.kind === 'word') return { from: start, to: start + 1 };
  let np = phraseStartingAt(tokens, start, v);
  // "The former Republican presidential candidate continued, saying …": the head noun after the capitals.
  if (np && DETERMINERS.has(tokens[np.from]!.lower)) np = extendToHead(tokens, np, v, true);
  // A lone capitalised word opening the sentence is a name only when a description follows it
  // ("Dean, a medical doctor, …"); otherwise it is as likely a plain noun ("Countries …").
  // A past-tense verb right after it shows it is the subject too ("Acme obtained the video and said …").
  // After an opening adverbial the capital is no sentence-initial one: "Speaking in Salem, Trump went …".
  const lone = np && np.to - np.from === 1 && tokens[np.from]!.cap && !isAcronymOrPronoun(tokens[np.from]!.text)
    && tokens[np.to]?.text !== ',' && !isPastVerb(tokens[np.to]) && !(after > from && start > from);
  // A determiner may open it ("The mayor met her and praised …"); other function words may not.
  if (np && !lone && np.to < v && (tokens[np.to]!.kind === 'word' || tokens[np.to]!.text === ',')
    && (!NOT_NAMES.has(tokens[start]!.lower) || DETERMINERS.has(tokens[start]!.lower))) return np;
  for (let k = from; k < v && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) continue;
    if (VERBS.has(t.lower) || VERB_MODIFIERS.has(t.lower)) return subjectEndingAt(tokens, k - 1, from);
  }
  return null;
}

/** A lower-case word with a past-tense ending: "obtained", "overruled". */
const isPastVerb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && !t.cap && t.quote < 0 && t.lower.length > 4
  && t.lower.endsWith('ed') && !NOT_NAMES.has(t.lower);

const ADVERB_ENDINGS = ['ally', 'ately', 'ously', 'ably', 'ibly', 'ively', 'arly', 'icly', 'edly', 'ingly', 'fully', 'ently',
  'antly', 'ictly', 'ainly', 'estly'];
/** "Ultimately", "Publicly", "Similarly": a capitalised sentence adverb, not a name. */
export function isSentenceAdverb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && t.quote < 0 && (CONNECTIVES.has(t.lower)
    || ADVERB_ENDINGS.some((e) => t.lower.endsWith(e)) && t.lower.length > 5 && !LY_NOUNS.has(t.lower));
}

/**
 * Where the subject may start after an opening adverbial ending in a comma: a sentence adverb
 * ("Publicly,"), a participle phrase ("Walking to the next address,"), a prepositional phrase
 * ("In response to the plan,") or a dateline ("WASHINGTON —", "BERLIN, May 2 (AP) —"). Returns
 * `start` when there is none.
 */
function openingAdverbialEnd(tokens: Token[], start: number, v: number): number {
  const t = tokens[start];
  if (!t || t.kind !== 'word') return start;
  const next = tokens[start + 1];
  if (start === 0 && t.text.length > 2 && isAllCaps(t.text)) {
    for (let k = start + 1; k < v && k - start <= 10; k++) if (tokens[k]!.text === '—' || tokens[k]!.text === '–') return k + 1;
  }
  // "Walking to the car,", "Asked about the vote,": an -ed participle only before its preposition
  // ("Ahmed said" is a name and a verb).
  const participle = t.cap && t.lower.length > 4 && !!next && next.kind === 'word' && !next.cap
    && (t.lower.endsWith('ing') && t.lower.length > 5 || t.lower === 'having' || t.lower.endsWith('ed') && PREPOSITIONS.has(next.lower));
  if (!isSentenceAdverb(t) && !participle && !(t.cap && PREPOSITIONS.has(t.lower))) return start;
  for (let k = start + 1; k < v && k - start <= 25; k++) {
    const x = tokens[k]!;
    if (x.quote >= 0 || isTerminal(x)) break;
    if (x.text !== ',') continue;
    // "At an event in Ames, Iowa, on Sunday, X said": a region after a place, or a further
    // prepositional phrase, still belongs to the opening.
    const region = phraseStartingAt(tokens, k + 1, v);
    const regionOnly = region && tokens[region.from]!.cap && tokens[region.to]?.text === ',' && region.to - region.from <= 3
      && !PRONOUN_SUBJECTS.has(tokens[region.from]!.text) && afterPreposition(tokens, { from: k - 1, to: k });
    if (regionOnly || PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.cap) continue;
    return k + 1;
  }
  return start;
}

/** The head word of a speaker phrase: its last word before any post-modifier. */
export function headWord(tokens: Token[], p: Phrase): string {
  for (let i = p.from + 1; i < p.to; i++) {
    if (AFTER_SUBJECT_HEAD.has(tokens[i]!.lower)) return tokens[i - 1]!.lower;
  }
  const last = tokens[p.to - 1]!.lower;
  return last.endsWith('s') && DOCUMENT_NOUNS.has(last.slice(0, -1)) ? last.slice(0, -1) : last;
}
