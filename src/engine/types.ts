// The engine's public vocabulary. Everything here is plain data so that results can
// cross extension contexts (structured clone) and be written as JSON by the CLI.

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'blockquote' | 'caption' | 'list-item';

/** One run of article text, in reading order, as the page reader found it. */
export interface TextBlock {
  id: string;
  kind: BlockKind;
  text: string;
}

export type Stance = 'denies' | 'confirms' | 'declines' | 'asserts';
export type Form = 'direct' | 'indirect' | 'mixed';
export type ActorKind = 'person' | 'organization' | 'group' | 'anonymous';

/** Characters [start, end) of the block at index `block` of the analysed input. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

export interface Statement {
  id: number;
  /** Index into `Analysis.actors`. */
  actor: number;
  /** The actor's canonical name, repeated for readers of the JSON. */
  speaker: string;
  text: string;
  content: Span;
  cue: string;
  cueSpan: Span | null;
  mention: string;
  mentionSpan: Span | null;
  form: Form;
  stance: Stance;
  /**
   * What decided the stance, for the reader: the words of the statement and its cue that
   * weighed most toward it ("rejected", "no evidence", "not true"), strongest first; at most
   * three, and empty when nothing stood out (a plain "said" asserting).
   */
  stanceWhy: string[];
}

export interface Actor {
  id: number;
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string;
  /** The actor's stance toward the article's central claim. */
  stance: Stance;
  statements: number[];
}

export interface Analysis {
  title: string;
  statements: Statement[];
  actors: Actor[];
}
