// A statement's stance comes from what it does, not its cue alone: "said the report was
// false" denies, "did not deny" declines, "rejected the request" merely asserts.
import type { Stance } from './types';
import type { VerbInfo } from './lexicon/verbs';
import { execGated, gated, testGated, wordsIn } from './word-gate';

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

const CLAIM_NOUNS = /\b(?:claims?|reports?|allegations?|accusations?|charges?|stor(?:y|ies)|accounts?|assertions?|rumou?rs?|suggestions?|speculation|assessments?|findings|information|intelligence|account|that)\b/;
const CHARACTERISED_CLAIM = /\b(?:claims?|reports?|allegations?|accusations?|charges?|stor(?:y|ies)|rumou?rs?|assertions?|idea|notion|suggestion|theory|contention|premise)\b/;
const SCORN = /\b(?:absurd|ridiculous|nonsense|laughable|preposterous|baloney|rubbish|psychological warfare|propaganda|smear|misinformation|disinformation|witch hunt)\b/i;
const REQUEST_NOUNS = /\b(?:requests?|demands?|offers?|proposals?|calls?|invitations?|bids?|plea|appeals?|applications?|motions?|bills?|amendments?|deals?|plans?|nominations?|candidacy|resignation)\b/;
const DECLINE_OBJECTS = /^(?:to |from )?(?:comment|confirm|deny|say|discuss|elaborate|answer|specify|provide|identify|name|disclose|speculate|respond|reply|give|offer|detail|divulge|address|release|explain|be interviewed|talk|share|reveal|make)/;

const DENIAL_CONTENT = gated(/\b(?:not credible|no knowledge|at no time|absolutely not|nothing to do with|not responsible|no intention|never (?:said|did|was|were|knew|intended|met|spoke|used|took|asked|told|threatened)|no reason to believe|(?:certainly|absolutely|definitely|categorically) (?:does|did|is|was|are|were|do) not|not true|untrue|false(?:hood)?s?|fake news|baseless|groundless|unfounded|fabricat\w*|lies\b|a lie\b|lying|(?:claims?|reports?|allegations?|accusations?|stor(?:y|ies)) (?:is|are|was|were) (?:\w+ )?(?:nonsense|absurd|ridiculous|laughable|preposterous|propaganda)|hoax|no truth|without (?:any )?(?:basis|foundation)|(?:is|are|was|were|has|have) (?:not|never) (?:been )?involved|not involved|no involvement|did not happen|never happened|no basis|categorically|innocent|did nothing wrong|not guilty|no wrongdoing)\b/,
  'credible knowledge time absolutely nothing responsible intention never believe certainly definitely categorically '
  + 'true untrue false falses falsehood falsehoods fake baseless groundless unfounded lies lie lying nonsense absurd '
  + 'ridiculous laughable preposterous propaganda hoax truth basis foundation involved involvement happen innocent '
  + 'wrong guilty wrongdoing', ['fabricat']);
const DECLINE_CONTENT = gated(/\bnot going to (?:comment|say|discuss|speculate|offer|get into|talk about)\b|\boutside the scope\b|\bwould not (?:say|comment|discuss|elaborate|confirm|specify|speculate)\b|\bmay not (?:always )?be (?:accurate|true|correct|reliable)\b|\b(?:(?:could|can|would|will|did)(?: not|n't)|cannot|unable to|not able to|not in a position to)\s+(?:\w+\s+)?(?:confirm|verify|comment|say|discuss|corroborate|independently)|\bno comment\b|neither confirm nor deny|too early to (?:say|tell)|declined to|not aware of/,
  // Every branch has a negation or one of the rarer words.
  'not t cannot unable scope comment neither early declined aware');
/** The speaker negating their own act or knowledge: "he did not …", "I never …", "we have no …". */
const SELF_NEGATION = gated(/^(?:[^,.;]{0,40},\s*)?(?:(?:that|but|and)\s+)?(?:i|we|he|she|they|it|(?:my|our|his|her|their) \w+)\s+(?:(?:did|does|do|was|were|is|are|am|had|has|have)(?:\s+not|n['’]t)|never|had no|has no|have no)\s+[“"‘']?(\w+)/i,
  'not never no t');
const NOT_A_DENIAL_AFTER_NEGATION = /^(?:being|been|decided|always|usually|necessarily|yet|concerned|worried|a|an|the|sure|want|wants|plan|plans|intend|expect|think|believe|like|agree|support|see|need|have|go|going|say|said|comment|elaborate)$/;
const UNSURE_AFTER_NEGATION = /^(?:know|knew|recall|remember|aware|sure|certain)$/;

const CONFIRM_CONTENT = gated(/\b(?:is|was|are|were) (?:true|accurate|correct)\b|\bdid happen\b|\bwe did it\b|\b(?:i|we) (?:am|are|was|were) (?:guilty|responsible)\b|\b(?:take|takes|took|taken|taking) (?:full )?responsibility\b|^that['’]?s (?:correct|right|true|accurate)\b|\bwe (?:had|made|have had|have made) (?:some |a few |several |a |serious )?(?:issues|problems|mistakes?|errors?)\b|\b(?:i|we) (?:\w+ )?(?:apologi[sz]e|regret)\b/,
  'true accurate correct right happen did guilty responsible responsibility issues problems mistake mistakes error '
  + 'errors apologise apologize regret');

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

  if (/^(?:support|back|endorse)$/.test(lemma)) {
    return CLAIM_NOUNS.test(firstWords(after, 3)) && !/\bthat\b/.test(firstWords(after, 1)) ? 'confirms' : 'asserts';
  }
  if (cls === 'decline') {
    if (s.negated) return 'asserts';
    if (lemma === 'ignore') return /\b(?:requests?|questions?|calls?|emails?|messages?|inquir\w*)\b/.test(after) ? 'declines' : 'asserts';
    return DECLINE_OBJECTS.test(after) || lemma === 'decline' ? 'declines' : 'asserts';
  }
  if (cls === 'deny') {
    if (s.negated) return 'declines';
    if (REQUEST_NOUNS.test(firstWords(after, 4)) && !CLAIM_NOUNS.test(firstWords(after, 4))) return 'asserts';
    return 'denies';
  }
  if (cls === 'confirm') {
    if (s.negated) return 'declines';
    if (lemma === 'acknowledge' && !/^(?:that|the (?:report|claim|allegation)s?)\b/.test(after) && !CLAIM_NOUNS.test(firstWords(after, 3))) return 'asserts';
    return 'confirms';
  }
  // Characterising a claim: "called the report “a fairy tale”" dismisses it, "called it accurate" backs it.
  if (/^(?:call|describe|dub|label|brand|dismiss)$/.test(lemma) && CHARACTERISED_CLAIM.test(firstWords(after, 3))) {
    return /\b(?:accurate|true|correct|credible|right)\b/i.test(s.text) && !/\bnot\b/i.test(s.text) ? 'confirms' : 'denies';
  }
  if (s.negated && /^(?:respond|reply|comment|answer|return|say|address|confirm)/.test(lemma)) return 'declines';
  if (s.negated && /\b(?:respond|reply|return)\w* to (?:a |an |multiple |repeated )?(?:requests?|messages?|emails?|calls?|inquir)/.test(cueAndAfter)) return 'declines';

  const text = s.text.replace(/^[“"‘'«„]+/, '');
  // The phrase patterns are written in lower case and run on lower-cased text: a case-blind
  // pattern costs the regex engine about twice as much to prepare.
  const lower = text.toLowerCase();
  const words = wordsIn(lower);
  // A short characterisation that scorns ("certainly absurd", "psychological warfare") dismisses;
  // in a long statement the same words usually describe something else.
  if (text.length < 120 && text.split(/\s+/).length <= 8 && SCORN.test(text)) return 'denies';
  // Insisting on a negation is denying: "insisted there was nothing behind her decision".
  if (lemma === 'insist' && /\b(?:not|nothing|never|no)\b|n['’]t\b/i.test(text)) return 'denies';
  if (testGated(DECLINE_CONTENT, lower, words)) return 'declines';
  const self = execGated(SELF_NEGATION, text, words);
  if (self) {
    const next = self[1]!.toLowerCase();
    // "We are not foreigners": a negated copula before a noun describes, it denies nothing.
    const copula = /\b(?:am|is|are|was|were)(?:\s+not|n['’]t)\s+\S+$/i.test(self[0]!);
    if (copula && /^(?:[a-z]+(?:ers|ists|ians|ants|ents)|foreigners|people|men|women|children)$/.test(next)) return 'asserts';
    // "did not know whether …" leaves the question open; "did not know others were …" asserts.
    if (UNSURE_AFTER_NEGATION.test(next)) {
      return /^\s*(?:if|whether|how|why|what|when|where|who)\b/i.test(text.slice(self.index + self[0].length)) ? 'declines' : 'asserts';
    }
    if (!NOT_A_DENIAL_AFTER_NEGATION.test(next)) return 'denies';
  }
  if (testGated(DENIAL_CONTENT, lower, words)) return 'denies';
  if (testGated(CONFIRM_CONTENT, lower, words) && !words.has('not')) return 'confirms';
  return 'asserts';
}

function firstWords(s: string, n: number): string {
  return s.split(' ').slice(0, n).join(' ');
}

/** The content patterns, for the test that checks their word gates never hide a match. */
export const GATED_CONTENT_PATTERNS = { DENIAL_CONTENT, DECLINE_CONTENT, SELF_NEGATION, CONFIRM_CONTENT };
