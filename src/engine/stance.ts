// A statement's stance comes from what it does, not its cue alone: "said the report was
// false" denies, "did not deny" declines, "rejected the request" merely asserts.
import type { Stance } from './types';
import type { VerbInfo } from './lexicon/verbs';
import { execGated, gated, hasWordFrom, testGated, testPhrases, wordsIn, type PhraseList } from './word-gate';
import { isSpaceAt } from './chars';

export interface StanceInput {
  verb: VerbInfo | null;
  negated: boolean;
  /** The cue as written, auxiliaries included ("did not refute"). */
  cue: string;
  /** The statement's text. */
  text: string;
  /** Lower-cased words after the cue. */
  after: string;
}

/** Sets of lower-case words, from one space-separated list. */
const wordSet = (list: string): ReadonlySet<string> => new Set(list.split(' '));

const CLAIM_NOUNS = wordSet('claim claims report reports allegation allegations accusation accusations charge charges '
  + 'story stories account accounts assertion assertions rumor rumors rumour rumours suggestion suggestions speculation '
  + 'assessment assessments findings information intelligence that');
const CHARACTERISED_CLAIM = wordSet('claim claims report reports allegation allegations accusation accusations charge '
  + 'charges story stories rumor rumors rumour rumours assertion assertions idea notion suggestion theory contention premise');
const REQUEST_NOUNS = wordSet('request requests demand demands offer offers proposal proposals call calls invitation '
  + 'invitations bid bids plea appeal appeals application applications motion motions bill bills amendment amendments '
  + 'deal deals plan plans nomination nominations candidacy resignation');
/** What "declined" is followed by when it declines to answer: "declined to comment", "refused to say". */
const DECLINE_OBJECTS = ['comment', 'confirm', 'deny', 'say', 'discuss', 'elaborate', 'answer', 'specify', 'provide', 'identify',
  'name', 'disclose', 'speculate', 'respond', 'reply', 'give', 'offer', 'detail', 'divulge', 'address', 'release', 'explain',
  'be interviewed', 'talk', 'share', 'reveal', 'make'];
const BACKING_LEMMAS = wordSet('support back endorse');
const CHARACTERISING_LEMMAS = wordSet('call describe dub label brand dismiss');
const NON_ANSWER_LEMMAS = ['respond', 'reply', 'comment', 'answer', 'return', 'say', 'address', 'confirm'];
const ACCURATE = wordSet('accurate true correct credible right');
const NOT = wordSet('not');
const THAT = wordSet('that');
const SCORN = gated(/\b(?:absurd|ridiculous|nonsense|laughable|preposterous|baloney|rubbish|psychological warfare|propaganda|smear|misinformation|disinformation|witch hunt)\b/,
  'absurd ridiculous nonsense laughable preposterous baloney rubbish psychological propaganda smear misinformation disinformation witch');

const DENIAL_CONTENT: PhraseList = [
  gated(/\b(?:not (?:credible|responsible|true|involved|guilty)|absolutely not|(?:certainly|absolutely|definitely|categorically) (?:does|did|is|was|are|were|do) not|(?:is|are|was|were|has|have) not (?:been )?involved|did not happen)\b/,
    'not', [], 'credible responsible true involved guilty absolutely certainly definitely categorically happen'),
  gated(/\b(?:never (?:said|did|was|were|knew|intended|met|spoke|used|took|asked|told|threatened|happened)|(?:is|are|was|were|has|have) never (?:been )?involved)\b/, 'never'),
  gated(/\bno (?:knowledge|intention|reason to believe|truth|basis|involvement|wrongdoing)\b/, 'knowledge intention believe truth basis involvement wrongdoing'),
  gated(/\bat no time\b/, 'time'),
  gated(/\b(?:nothing to do with|did nothing wrong)\b/, 'nothing'),
  gated(/\b(?:untrue|false(?:hood)?s?|fake news|baseless|groundless|unfounded|fabricat\w*|lies|a lie|lying|hoax|categorically|innocent)\b/,
    'untrue false falses falsehood falsehoods fake baseless groundless unfounded lies lie lying hoax categorically innocent', ['fabricat']),
  gated(/\b(?:claims?|reports?|allegations?|accusations?|stor(?:y|ies)) (?:is|are|was|were) (?:\w+ )?(?:nonsense|absurd|ridiculous|laughable|preposterous|propaganda)\b/,
    'nonsense absurd ridiculous laughable preposterous propaganda'),
  gated(/\bwithout (?:any )?(?:basis|foundation)\b/, 'basis foundation'),
];
// Literals, not patterns built from strings: a literal's syntax is checked once with the script,
// a built pattern's in every page. Their common tail is what cannot be confirmed or said.
const DECLINE_CONTENT: PhraseList = [
  gated(/\bnot going to (?:comment|say|discuss|speculate|offer|get into|talk about)\b|\bwould not (?:say|comment|discuss|elaborate|confirm|specify|speculate)\b|\bmay not (?:always )?be (?:accurate|true|correct|reliable)\b|\b(?:(?:could|can|would|will|did) not|not able to|not in a position to)\s+(?:\w+\s+)?(?:confirm|verify|comment|say|discuss|corroborate|independently)|not aware of/,
    'not', [], 'going would may could can will did able position aware'),
  gated(/\b(?:could|can|would|will|did)n't\s+(?:\w+\s+)?(?:confirm|verify|comment|say|discuss|corroborate|independently)/, 't'),
  gated(/\b(?:cannot|unable to)\s+(?:\w+\s+)?(?:confirm|verify|comment|say|discuss|corroborate|independently)/, 'cannot unable'),
  gated(/\boutside the scope\b|\bno comment\b|neither confirm nor deny|too early to (?:say|tell)|declined to/, 'scope comment neither early declined'),
];
/** The speaker negating their own act or knowledge: "he did not …", "I never …", "we have no …" (on lower-cased text). */
const SELF_NEGATION = gated(/^(?:[^,.;]{0,40},\s*)?(?:(?:that|but|and)\s+)?(?:i|we|he|she|they|it|(?:my|our|his|her|their) \w+)\s+(?:(?:did|does|do|was|were|is|are|am|had|has|have)(?:\s+not|n['’]t)|never|had no|has no|have no)\s+[“"‘']?(\w+)/,
  'not never no t');
const NOT_A_DENIAL_AFTER_NEGATION = wordSet('being been decided always usually necessarily yet concerned worried a an the sure '
  + 'want wants plan plans intend expect think believe like agree support see need have go going say said comment elaborate');
const UNSURE_AFTER_NEGATION = wordSet('know knew recall remember aware sure certain');

const CONFIRM_CONTENT: PhraseList = [
  gated(/\b(?:is|was|are|were) (?:true|accurate|correct)\b|^that['’]?s (?:correct|right|true|accurate)\b/, 'true accurate correct right'),
  gated(/\bdid happen\b|\bwe did it\b/, 'did'),
  gated(/\b(?:i|we) (?:am|are|was|were) (?:guilty|responsible)\b/, 'guilty responsible'),
  gated(/\b(?:take|takes|took|taken|taking) (?:full )?responsibility\b/, 'responsibility'),
  gated(/\bwe (?:had|made|have had|have made) (?:some |a few |several |a |serious )?(?:issues|problems|mistakes?|errors?)\b/,
    'issues problems mistake mistakes error errors'),
  gated(/\b(?:i|we) (?:\w+ )?(?:apologi[sz]e|regret)\b/, 'apologise apologize regret'),
];

/** Whether `s` starts with one of the words (or phrases): no word boundary after it, as in the cue patterns. */
const startsWithOneOf = (s: string, list: readonly string[]): boolean => list.some((w) => s.startsWith(w));

/** Lower-cased text without its opening quote marks. */
function withoutOpeningQuotes(text: string): string {
  let i = 0;
  while (i < text.length && '“"‘\'«„'.includes(text[i]!)) i++;
  return text.slice(i);
}

/** Words separated by white space, counted up to `max + 1`. */
function moreWordsThan(text: string, max: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceAt(text, i);
    if (!space && !inWord && ++n > max) return true;
    inWord = !space;
  }
  return false;
}

export function stanceOf(s: StanceInput): Stance {
  const cls = s.verb?.cls ?? 'speech';
  const lemma = s.verb?.lemma ?? '';
  const after = s.after;
  const cue = s.cue.toLowerCase();

  const cueAndAfter = `${cue} ${after}`;
  if (cueAndAfter.includes('plead') || cueAndAfter.includes('apologi')) {
    if (/\bplead(?:ed|s)? not guilty\b/.test(cueAndAfter)) return 'denies';
    if (/\bplead(?:ed|s)? guilty\b|\bapologi[sz]/.test(cueAndAfter)) return 'confirms';
  }

  if (BACKING_LEMMAS.has(lemma)) {
    return hasWordFrom(firstWords(after, 3), CLAIM_NOUNS) && !hasWordFrom(firstWords(after, 1), THAT) ? 'confirms' : 'asserts';
  }
  if (cls === 'decline') {
    if (s.negated) return 'asserts';
    if (lemma === 'ignore') return /\b(?:requests?|questions?|calls?|emails?|messages?|inquir\w*)\b/.test(after) ? 'declines' : 'asserts';
    const object = after.startsWith('to ') ? after.slice(3) : after.startsWith('from ') ? after.slice(5) : after;
    return startsWithOneOf(object, DECLINE_OBJECTS) || lemma === 'decline' ? 'declines' : 'asserts';
  }
  if (cls === 'deny') {
    if (s.negated) return 'declines';
    const object = firstWords(after, 4);
    if (hasWordFrom(object, REQUEST_NOUNS) && !hasWordFrom(object, CLAIM_NOUNS)) return 'asserts';
    return 'denies';
  }
  if (cls === 'confirm') {
    if (s.negated) return 'declines';
    if (lemma === 'acknowledge' && !/^(?:that|the (?:report|claim|allegation)s?)\b/.test(after) && !hasWordFrom(firstWords(after, 3), CLAIM_NOUNS)) return 'asserts';
    return 'confirms';
  }
  // Characterising a claim: "called the report “a fairy tale”" dismisses it, "called it accurate" backs it.
  if (CHARACTERISING_LEMMAS.has(lemma) && hasWordFrom(firstWords(after, 3), CHARACTERISED_CLAIM)) {
    const said = s.text.toLowerCase();
    return hasWordFrom(said, ACCURATE) && !hasWordFrom(said, NOT) ? 'confirms' : 'denies';
  }
  if (s.negated && startsWithOneOf(lemma, NON_ANSWER_LEMMAS)) return 'declines';
  if (s.negated && /\b(?:respond|reply|return)\w* to (?:a |an |multiple |repeated )?(?:requests?|messages?|emails?|calls?|inquir)/.test(cueAndAfter)) return 'declines';

  const text = withoutOpeningQuotes(s.text);
  // The phrase patterns are written in lower case and run on lower-cased text: a case-blind
  // pattern costs the regex engine about twice as much to prepare.
  const lower = text.toLowerCase();
  const words = wordsIn(lower);
  // A short characterisation that scorns ("certainly absurd", "psychological warfare") dismisses;
  // in a long statement the same words usually describe something else.
  if (text.length < 120 && !moreWordsThan(text, 8) && testGated(SCORN, lower, words)) return 'denies';
  // Insisting on a negation is denying: "insisted there was nothing behind her decision".
  if (lemma === 'insist' && /\b(?:not|nothing|never|no)\b|n['’]t\b/.test(lower)) return 'denies';
  if (testPhrases(DECLINE_CONTENT, lower, words)) return 'declines';
  const self = execGated(SELF_NEGATION, lower, words);
  if (self) {
    const next = self[1]!;
    // "We are not foreigners": a negated copula before a noun describes, it denies nothing.
    const copula = /\b(?:am|is|are|was|were)(?:\s+not|n['’]t)\s+\S+$/.test(self[0]!);
    if (copula && /^(?:[a-z]+(?:ers|ists|ians|ants|ents)|foreigners|people|men|women|children)$/.test(next)) return 'asserts';
    // "did not know whether …" leaves the question open; "did not know others were …" asserts.
    if (UNSURE_AFTER_NEGATION.has(next)) {
      return /^\s*(?:if|whether|how|why|what|when|where|who)\b/.test(lower.slice(self.index + self[0].length)) ? 'declines' : 'asserts';
    }
    if (!NOT_A_DENIAL_AFTER_NEGATION.has(next)) return 'denies';
  }
  if (testPhrases(DENIAL_CONTENT, lower, words)) return 'denies';
  if (testPhrases(CONFIRM_CONTENT, lower, words) && !words.has('not')) return 'confirms';
  return 'asserts';
}

/** Refusing a request or a demand calls nothing untrue ("rejected the request for names"): the guide's own example. */
export function refusesRequest(s: StanceInput): boolean {
  if (s.verb?.cls !== 'deny' || s.negated) return false;
  const object = firstWords(s.after, 4);
  return hasWordFrom(object, REQUEST_NOUNS) && !hasWordFrom(object, CLAIM_NOUNS);
}

/**
 * The words that made the rules call a statement `stance`, for a reader: the phrase of the
 * statement the pattern matched ("not true", "could not confirm"), else the cue when its verb
 * carries the stance ("denied"); null when neither says it.
 */
export function ruleEvidence(s: StanceInput, stance: Stance): string | null {
  const lower = withoutOpeningQuotes(s.text).toLowerCase();
  const words = wordsIn(lower);
  const lists: PhraseList = stance === 'denies' ? [SCORN, ...DENIAL_CONTENT, SELF_NEGATION]
    : stance === 'declines' ? DECLINE_CONTENT : stance === 'confirms' ? CONFIRM_CONTENT : [];
  for (const p of lists) {
    const m = execGated(p, lower, words);
    if (m) return m[0].replace(/^[^a-z]+/, '').trim();
  }
  const cls = s.verb?.cls;
  if (s.cue && ((stance === 'denies' && cls === 'deny') || (stance === 'confirms' && cls === 'confirm') || (stance === 'declines' && (cls === 'decline' || s.negated)))) return s.cue;
  return null;
}

function firstWords(s: string, n: number): string {
  return s.split(' ').slice(0, n).join(' ');
}

/** The content patterns, for the test that checks their word gates never hide a match. */
export const GATED_CONTENT_PATTERNS = { DENIAL_CONTENT, DECLINE_CONTENT, SELF_NEGATION, CONFIRM_CONTENT };
