// Noun-phrase boundaries around a reporting cue: who is the subject, where does the
// speaker's description end. Works on tokens only; never looks outside [from, to).
import type { Token } from './tokens';
import { VERBS } from './lexicon/verbs';
import { isSingleCapital, startsUpper } from './chars';
import {
  ANONYMOUS_HEADS, DETERMINERS, GROUP_NOUNS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, SPEAKER_NOUNS, SUBJECT_PRONOUNS, TITLES,
  VERB_MODIFIERS,
} from './lexicon/words';
import { endsWithOneOf } from './strings';

const QUANTIFYING_DETERMINERS = new Set(['the', 'a', 'an', 'both', 'several', 'many', 'some']);
/** Endings of nouns for people by what they do ("spokesman", "economist", "employee"), and look-alikes. */
const AGENT_ENDINGS = ['er', 'or', 'ist', 'ian', 'ant', 'ent', 'eer', 'ee', 'ive', 'sman', 'swoman'];
const NOT_AGENT_ENDINGS = ['ever', 'ther', 'ider', 'nder', 'ment'];
const withoutFinalDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

export interface Phrase {
  /** Token range [from, to). */
  from: number;
  to: number;
}

export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'earlier', 'later', 'recently']);

/** Heads that can begin a post-modifier: "a source familiar with …", "officials who spoke …". */
const POST_MODIFIER_STARTS = new Set(['who', 'familiar', 'close', 'with', 'speaking', 'briefed', 'involved',
  'knowledgeable', 'in', 'at', 'from', 'for', 'of', 'on', 'that', 'whose', 'working', 'based', 'aware', 'under',
  'granted', 'not', 'authorized', 'within', 'inside', 'near', 'representing', 'to', 'released', 'published', 'conducted',
  'issued', 'commissioned', 'obtained', 'seen', 'reviewed', 'filed']);

const RELATIVE_STARTS = new Set(['who', 'whose', 'whom']);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.quote < 0;
const isCapWord = (t: Token | undefined): t is Token => isWord(t) && t.cap;
const isVerbLike = (t: Token) => VERBS.has(t.lower) && !SPEAKER_NOUNS.has(t.lower);

/** A capitalised run ending at `end` ("Kremlin spokesman Dmitry Peskov", "the Bank of England"). */
function capitalRunLeft(tokens: Token[], end: number, from: number): number {
  let i = end;
  let start = end;
  while (i - 1 >= from) {
    const prev = tokens[i - 1]!;
    if (isCapWord(prev) && !isVerbLike(prev)) {
      start = --i;
      continue;
    }
    // A connector only counts with a capitalised word on its left ("Bank of England"); "and" only
    // inside an organisation's name ("Center for Disease Control and Prevention").
    const orgAnd = prev.lower === 'and' && tokens.slice(Math.max(from, i - 6), i - 1).some((x) => isCapWord(x) && ORG_WORDS.has(x.lower));
    if (isWord(prev) && NAME_CONNECTORS.has(prev.lower) && prev.lower !== 'the' && (prev.lower !== 'and' || orgAnd)
      && isCapWord(tokens[i - 2])) {
      i--;
      continue;
    }
    // Lower-case titles and roles bind to the name they precede: "Kremlin spokesman Dmitry Peskov",
    // "Harbour master Evan Tull".
    // ("after" and "over" only look like agent nouns.)
    if (isWord(prev) && (TITLES.has(prev.lower) || SPEAKER_NOUNS.has(prev.lower) || looksLikeAgentNoun(prev.lower))
      && !prev.cap && start === i && !NOT_NAMES.has(prev.lower)) {
      start = --i;
      continue;
    }
    // "White House press secretary Josh Earnest": a plain word modifying the role joins it when only
    // a capitalised name, punctuation or the clause's start stands before it.
    const role = tokens[i]!;
    if (isWord(prev) && !prev.cap && start === i && i < end && !role.cap && isRoleWord(role.lower)
      && !NOT_NAMES.has(prev.lower) && !isVerbLike(prev) && !VERB_MODIFIERS.has(prev.lower) && !prev.lower.endsWith('ly')
      && !isRoleWord(prev.lower)) {
      const before = tokens[i - 2];
      if (i - 1 === from || !before || !isWord(before) || isCapWord(before)) {
        start = --i;
        continue;
      }
    }
    break;
  }
  // Keep a leading "the" ("The Wall Street Journal") and drop sentence-initial function words.
  while (start <= end && NOT_NAMES.has(tokens[start]!.lower) && tokens[start]!.lower !== 'the') start++;
  if (start > end) return -1;
  if (start - 1 >= from && tokens[start - 1]!.lower === 'the') start--;
  return start;
}

/** A common-noun description ending at `end` ("the spokesman", "a senior U.S. official", "officials"). */
function descriptionLeft(tokens: Token[], end: number, from: number, anyHead: boolean): number {
  const head = tokens[end]!;
  if (!isWord(head) || isVerbLike(head) || NOT_NAMES.has(head.lower) || SUBJECT_PRONOUNS.has(head.lower)) return -1;
  const speakerLike = SPEAKER_NOUNS.has(head.lower) || looksLikeAgentNoun(head.lower);
  if (!speakerLike && !anyHead) return -1;
  let i = end;
  while (i - 1 >= from && end - i < 6) {
    const prev = tokens[i - 1]!;
    if (!isWord(prev)) break;
    // "that voters …": before a plural, "that" and "this" introduce a clause, not a noun.
    if ((prev.lower === 'that' || prev.lower === 'this') && head.lower.endsWith('s')) return GROUP_NOUNS.has(head.lower) ? i : -1;
    // After a strong cue any determined noun can speak: "The utility said", "the New York businessman says".
    if (DETERMINERS.has(prev.lower)) {
      const modifiersAreNames = tokens.slice(i, end).every((x) => x.cap);
      return speakerLike || QUANTIFYING_DETERMINERS.has(prev.lower) && (i === end || modifiersAreNames) ? i - 1 : -1;
    }
    if (isVerbLike(prev) || SUBJECT_PRONOUNS.has(prev.lower) || NOT_NAMES.has(prev.lower) || VERB_MODIFIERS.has(prev.lower)) break;
    i--;
  }
  // Bare plurals and capitalised modifiers stand without a determiner: "officials", "Russian officials".
  if (!speakerLike) return -1;
  if (GROUP_NOUNS.has(head.lower) || head.lower.endsWith('s') || i < end && tokens.slice(i, end).some((t) => t.cap)) return i;
  return -1;
}

const isRoleWord = (w: string): boolean => TITLES.has(w) || SPEAKER_NOUNS.has(w) || looksLikeAgentNoun(w);

/** Nouns for people or bodies by their ending ("commenter", "airlines", "economists"). */
function looksLikeAgentNoun(word: string): boolean {
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (SPEAKER_NOUNS.has(singular)) return true;
  return endsWithOneOf(singular, AGENT_ENDINGS) && singular.length > 4 && !endsWithOneOf(singular, NOT_AGENT_ENDINGS);
}

/** The noun phrase that ends at token `end`, or null. */
export function phraseEndingAt(tokens: Token[], end: number, from: number, anyHead = false): Phrase | null {
  const t = tokens[end];
  if (!isWord(t) || end < from) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'you') return { from: end, to: end + 1 };
  if (t.cap && !NOT_NAMES.has(t.lower) && !isVerbLike(t)) {
    const start = capitalRunLeft(tokens, end, from);
    if (start >= 0) {
      // Lower-case descriptions before a name still belong to it: "a spokesman for Acme Corp".
      return { from: start, to: end + 1 };
    }
  }
  const d = descriptionLeft(tokens, end, from, anyHead);
  if (d >= 0) return { from: d, to: end + 1 };
  return null;
}

/**
 * The subject whose description runs up to `end`, allowing a short post-modifier:
 * "a senior official who asked not to be named", "people familiar with the matter".
 */
export function subjectEndingAt(tokens: Token[], end: number, from: number, anyHead = false): Phrase | null {
  const direct = phraseEndingAt(tokens, end, from);
  if (direct) return direct;
  const modified = postModifiedSubject(tokens, end, from);
  if (modified) return modified;
  return anyHead ? phraseEndingAt(tokens, end, from, true) : null;
}

/** "a source familiar with the matter", "sources close to the negotiations": head plus post-modifier. */
function postModifiedSubject(tokens: Token[], end: number, from: number): Phrase | null {
  for (let k = end - 1; k >= from && end - k <= 12; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) {
      if (t.text === '-' || t.text === '.') continue;
      return null;
    }
    const next = tokens[k + 1];
    if ((ANONYMOUS_HEADS.has(t.lower) || GROUP_NOUNS.has(t.lower) || SPEAKER_NOUNS.has(t.lower) || t.cap)
      && next && POST_MODIFIER_STARTS.has(next.lower)) {
      const head = phraseEndingAt(tokens, k, from);
      if (!head) continue;
      // "Mr. Trump on Tuesday said": a time phrase is not part of the speaker.
      const modifier = tokens.slice(k + 2, end + 1);
      if (modifier.some((x) => TIME_WORDS.has(x.lower))) return head;
      // "A man whose house was destroyed": a relative clause tells about the speaker; it is no
      // part of their name. "A group that backed him": the relative word is the verb's subject.
      if (RELATIVE_STARTS.has(next.lower) || k + 1 === end && CLAUSE_RELATIVES.has(next.lower)) return head;
      // "the senator to take back his words and said", "a prosecutor to oversee an inquiry into the
      // alleged …": the stretch is a clause of its own, and the cue is no verb of this noun.
      // Look further left: "supporters who came to Philadelphia to protest … say" hangs on an earlier head.
      if (runsThroughClause(tokens, k + 1, end)) continue;
      return { from: head.from, to: end + 1 };
    }
  }
  return null;
}

const CLAUSE_RELATIVES = new Set(['that', 'which']);
/** Words after which a description cannot stop: the verb that follows is joined or governed, not this noun's. */
const OPEN_ENDINGS = new Set(['and', 'or', 'but', 'nor', 'the', 'a', 'an', 'to', 'of', 'in', 'into', 'on', 'at', 'for', 'with',
  'by', 'from', 'than', 'as', 'that', 'which', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Adjectives that take "to" as a preposition: "close to the talks", "loyal to Smith". */
const TO_PREPOSITION_HOSTS = new Set(['close', 'closer', 'near', 'next', 'loyal', 'allied', 'linked', 'tied', 'connected',
  'related', 'opposed', 'sympathetic', 'friendly', 'adviser', 'advisor', 'ambassador', 'envoy', 'delegate', 'secretary', 'aide']);
/**
 * Does the post-modifier [from, end] read as a clause rather than a description of its head? It
 * does when it stops on a word that needs more after it ("… and", "… into the"), or when the head
 * is the subject of an infinitive ("expects the agency to dial back …"): the cue after it is then
 * no verb of this noun. "The push to boycott the speech" keeps its infinitive: it hangs on a later noun.
 */
function runsThroughClause(tokens: Token[], from: number, end: number): boolean {
  if (end > from && OPEN_ENDINGS.has(tokens[end]!.lower)) return true;
  if (tokens[from]!.lower !== 'to' || TO_PREPOSITION_HOSTS.has(tokens[from - 1]!.lower)) return false;
  const after = tokens[from + 1]!;
  return after.kind === 'word' && !after.cap && !DETERMINERS.has(after.lower) && !NOT_NAMES.has(after.lower) && !isDigitWord(after.text);
}
const isDigitWord = (w: string): boolean => w.length > 0 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

/** The noun phrase that starts at token `start`: for inverted attributions ("said Peskov"). */
export function phraseStartingAt(tokens: Token[], start: number, to: number): Phrase | null {
  const t = tokens[start];
  if (!isWord(t) || start >= to) return null;
  if ((t.lower === 'he' || t.lower === 'she' || t.lower === 'they')) return { from: start, to: start + 1 };
  let i = start;
  if (DETERMINERS.has(t.lower)) i++;
  let sawHead = false;
  while (i < to) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || tok.quote >= 0) {
      if (tok.text === '.' && isSingleCapital(tokens[i - 1]?.text ?? '')) { i++; continue; }
      break;
    }
    if (tok.cap && !isVerbLike(tok)) { sawHead = true; i++; continue; }
    if (sawHead && NAME_CONNECTORS.has(tok.lower) && tok.lower !== 'and' && isCapWord(tokens[i + 1])) { i++; continue; }
    if (!tok.cap && (TITLES.has(tok.lower) || SPEAKER_NOUNS.has(tok.lower) || !sawHead) && !isVerbLike(tok)
      && !NOT_NAMES.has(tok.lower) && i - start < 6) {
      sawHead = sawHead || SPEAKER_NOUNS.has(tok.lower);
      i++;
      continue;
    }
    break;
  }
  if (!sawHead || i === start) return null;
  return { from: start, to: i };
}

/** Splits "Kremlin spokesman Dmitry Peskov" into role words and the name proper. */
export function splitRoleAndName(words: string[]): { role: string[]; name: string[] } {
  let n = words.length;
  while (n > 0) {
    const w = words[n - 1]!;
    const lower = withoutFinalDot(w.toLowerCase());
    if (!startsUpper(w) || TITLES.has(lower)) break;
    n--;
    if (words.length - n >= 4) break;
  }
  // An occupation written as a capitalised first word: "Farmer Odile Brun".
  if (n === 0 && words.length >= 3 && looksLikeAgentNoun(words[0]!.toLowerCase())) n = 1;
  // Connectors inside a name ("Osama bin Laden") are kept by the run but the title scan stops there.
  return { role: words.slice(0, n), name: words.slice(n) };
}
