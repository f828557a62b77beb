// The speaker step's one feature function: of the people a "he said" / "she said" could mean,
// how much does each look like the speaker? Training (src/train/speaker-*.ts) and the engine
// (actors.ts) both describe a candidate with a PronounCandidate built by the same resolution
// code, so what the model learned is what it is shown. It reads where and how the candidate was
// last named, never the name itself: names are the news of one season.
import { VERBS } from './lexicon/verbs';

/** One person a pronoun may refer to, as the resolution sees them at that statement. */
export interface PronounCandidate {
  /** The hand-written rules pick this one (the nearest fitting name or recent speaker). */
  ruleChoice: boolean;
  /** The candidate's gender is known and agrees with the pronoun (else unknown: a clash is never offered). */
  genderAgrees: boolean;
  /** Statements already credited to the candidate in this article. */
  statements: number;
  /** The candidate spoke the statement before this one. */
  lastSpeaker: boolean;
  /** Blocks between the candidate's latest mention and the pronoun's block. */
  blockDistance: number;
  /** 0 for the candidate named last before the pronoun, 1 for the one before, … */
  recency: number;
  /** The candidate's latest mention opens its sentence, where a subject stands. */
  opensSentence: boolean;
  /** The latest mention is in the pronoun's own sentence. */
  sameSentence: boolean;
  /** The latest mention is a name in the text, not a speaker resolved earlier. */
  asName: boolean;
  /** Named with a title or honorific at least once ("Dr.", "Senator"). */
  titled: boolean;
  /** How often the candidate has been named or quoted so far. */
  mentions: number;
  /** Sentences between the latest mention and the pronoun: 0 the same, 1 the one before; -1 another block. */
  sentenceDistance: number;
  /** The words either side of the latest mention when it is a name in the text ("with", "said", "'s"). */
  before: string;
  after: string;
}

/** The statement the pronoun speaks for. */
export interface PronounContext {
  pronoun: string;
  /** The cue stands after the content (`"…," she said`), as when a quote goes on. */
  cueAfter: boolean;
  /** The pronoun's statement is the first of its block. */
  firstInBlock: boolean;
  /** How many candidates there are in all. */
  candidates: number;
  /** How many of them are known to agree with the pronoun's gender. */
  agreeing: number;
}

function bucket(n: number, edges: readonly number[]): string {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
}

/** Words that say what a name is doing in its sentence; any other word is just a word. */
const TELLING = new Set(['with', 'to', 'by', 'for', 'of', 'and', 'from', 'about', 'as', 'at', 'in', 'on', 'that', 'who', 'whom',
  'than', 'like', "'s", 'the', 'when', 'after', 'while', 'but', 'said', 'says', 'told', 'asked']);

function wordClass(w: string): string {
  if (!w) return 'edge';
  if (TELLING.has(w)) return w;
  if (!/[\p{L}\p{N}]/u.test(w)) return w.length === 1 ? w : 'punct';
  return VERBS.has(w) ? 'verb' : 'word';
}

export function pronounFeatures(c: PronounCandidate, ctx: PronounContext): string[] {
  const out: string[] = ['bias'];
  const rec = bucket(c.recency, [0, 1, 2]);
  const dist = bucket(c.blockDistance, [0, 1, 2]);
  const spoke = bucket(c.statements, [0, 1, 3]);
  if (c.ruleChoice) out.push('rule', `rule&n:${bucket(ctx.candidates, [1, 2, 3])}`);
  out.push(`g:${c.genderAgrees ? 'agrees' : 'unknown'}`);
  // An unknown gender weighs differently when someone else is known to fit ("he" after "Mr. Dahl").
  if (!c.genderAgrees) out.push(`g:unknown&others-agree:${bucket(ctx.agreeing, [0, 1])}`);
  else if (ctx.agreeing === 1) out.push('g:only-one-agrees');
  out.push(`spoke:${spoke}`);
  out.push(`rec:${rec}`, `bd:${dist}`, `rec&bd:${rec}&${dist}`);
  out.push(`ment:${bucket(c.mentions, [1, 2, 4])}`);
  if (c.lastSpeaker) out.push('last', `last&bd:${dist}`, `last&cue-after:${ctx.cueAfter}`, `last&first:${ctx.firstInBlock}`);
  if (c.opensSentence) out.push('opens', `opens&rec:${rec}`);
  if (c.sameSentence) out.push('same-sentence');
  if (c.asName) out.push('as-name', `as-name&spoke:${spoke}`);
  if (c.titled) out.push('titled');
  const sd = c.sentenceDistance < 0 ? 'other-block' : bucket(c.sentenceDistance, [0, 1, 2]);
  out.push(`sd:${sd}`);
  if (c.asName) {
    const before = wordClass(c.before);
    const after = wordClass(c.after);
    out.push(`before:${before}`, `after:${after}`, `sd&opens:${sd}&${c.opensSentence}`);
  }
  out.push(`g&rec:${c.genderAgrees}&${rec}`);
  out.push(`p:${ctx.pronoun}&g:${c.genderAgrees}`);
  if (ctx.firstInBlock) out.push(`first&rec:${rec}`, `first&opens:${c.opensSentence}`);
  return out;
}
