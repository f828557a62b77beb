// The shapes shared by the extraction steps: a block's groundwork and a statement before its
// speaker is resolved, with the small span helpers they all use.
import type { Form } from './types';
import type { Token } from './tokens';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import type { VerbInfo } from './lexicon/verbs';
import type { Phrase } from './phrases';

export interface BlockText {
  index: number;
  kind: string;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  sentences: Sentence[];
}

export interface RawStatement {
  block: number;
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  /** Token range of the speaker mention in this block, or null when it is inherited. */
  mention: Phrase | null;
  /** The mention as written, its words and its characters; filled in once the block is done. */
  mentionText?: string;
  mentionWords?: string[];
  mentionStart?: number;
  mentionEnd?: number;
  /** Text of an appositive describing the speaker ("a senior commander"). */
  role: string;
  form: Form;
  verb: VerbInfo | null;
  cueKind: 'verb' | 'according' | 'participle' | 'colon' | 'continuation' | 'intro';
  negated: boolean;
  /** An earlier statement whose speaker this one shares (participles, continued quotes). */
  sameSpeakerAs: RawStatement | null;
  /** Lower-cased words right after the cue, for stance rules ("declined to comment"). */
  after: string;
}

const TERMINALS = new Set(['.', '!', '?', '…']);
export const isTerminal = (t: Token | undefined) => !!t && t.kind === 'punct' && TERMINALS.has(t.text);

export function spanOf(b: BlockText, fromTok: number, toTok: number): [number, number] {
  const { tokens } = b;
  if (toTok <= fromTok) return [tokens[fromTok]?.start ?? 0, tokens[fromTok]?.start ?? 0];
  let start = tokens[fromTok]!.start;
  let end = tokens[toTok - 1]!.end;
  // Content that is exactly one quote is given without its marks.
  const q = tokens[fromTok]!.quote;
  if (q >= 0 && tokens[toTok - 1]!.quote === q) {
    const quote = b.quotes[q]!;
    if (quote.open === fromTok && (quote.close === toTok - 1 || quote.close < 0)) {
      start = quote.start;
      end = quote.end;
    }
  }
  return [start, end];
}

export function formOf(b: BlockText, fromTok: number, toTok: number): Form {
  for (let i = fromTok; i < toTok; i++) if (b.tokens[i]!.quote >= 0) return 'mixed';
  return 'indirect';
}

export function firstQuoteIn(b: BlockText, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b.tokens[i]!.quote >= 0) return b.tokens[i]!.quote;
  return -1;
}

/** Copies the mention's words and offsets out of the tokens, which are dropped after the block. */
export function describeMention(b: BlockText, s: RawStatement): RawStatement {
  if (!s.mention || s.mentionWords) return s;
  const first = b.tokens[s.mention.from]!;
  const last = b.tokens[s.mention.to - 1]!;
  s.mentionStart = first.start;
  s.mentionEnd = last.end;
  s.mentionText = b.text.slice(first.start, last.end);
  s.mentionWords = b.tokens.slice(s.mention.from, s.mention.to).map((t) => t.text);
  return s;
}
