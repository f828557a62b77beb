// The page's side of the analysis: its text blocks go to the background, which runs the one
// warm engine, and the analysis comes back. The content script imports no engine code, so no
// page's main thread ever parses the engine, its word lists or its model weights.
//
// Both ways a large page travels in parts, one message a task: Chromium serialises a message
// inside the sender's task (some 50 ns a byte even as JSON text), so one huge message would hold
// the page for tens of milliseconds. Whatever goes wrong on the way (the service worker stopped
// between two parts, a part lost, no answer in time) makes the page start over with a new
// batch, a bounded number of times; it never throws into the page.
import type { Analysis, Statement, TextBlock } from '../engine/types';
import { send as sendMessage, type EngineAnswer, type MessageName, type Req, type Res } from '../shared/messages';

/** Characters of block text per message: about 60 KB of JSON, a few milliseconds to send. */
export const CHARS_PER_PART = 60_000;

/** Tries per analysis: the first, and two more from the start after a loss. */
export const ATTEMPTS = 3;

/** One message of blocks; `open`: its last block goes on at the start of the next part. */
export interface BlockPart {
  blocks: TextBlock[];
  open: boolean;
  /** How many of the page's blocks are whole once this part arrived. */
  complete: number;
}

/** Cuts blocks into parts of about `maxChars` characters; a longer block spans several parts. */
export function splitBlocks(blocks: readonly TextBlock[], maxChars = CHARS_PER_PART): BlockPart[] {
  const parts: BlockPart[] = [];
  let current: TextBlock[] = [];
  let size = 0;
  const flush = (open: boolean, complete: number) => {
    parts.push({ blocks: current, open, complete });
    current = [];
    size = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as TextBlock;
    const text = b.text;
    // A block's id and kind travel with it too.
    const overhead = 40;
    if (size > 0 && size + overhead + text.length > maxChars) flush(false, i);
    let at = 0;
    while (text.length - at > maxChars - size - overhead && text.length - at > 0) {
      const take = Math.max(1, maxChars - size - overhead);
      current.push({ ...b, text: text.slice(at, at + take) });
      at += take;
      flush(true, i);
    }
    current.push(at === 0 ? b : { ...b, text: text.slice(at) });
    size += overhead + text.length - at;
  }
  if (current.length > 0 || parts.length === 0) flush(false, blocks.length);
  return parts;
}

/** The background lost the batch, did not answer, or answered with an error. */
export class Lost extends Error {}

type Send = <K extends MessageName>(type: K, req: Req<K>) => Promise<Res<K>>;

export interface RemoteOptions {
  /** Blocks of the article's opening, analysed and shown first (0: none). */
  opening?: number;
  onOpening?: (analysis: Analysis) => Promise<void>;
  /** A newer pass started: stop. */
  cancelled?: () => boolean;
  /** Wraps every wait for the background (the pass's slice ends there). */
  wait?: <T>(answer: Promise<T>) => Promise<T>;
  send?: Send;
  /** How long to wait for one answer, given the characters the background must analyse for it. */
  timeoutMs?: (chars: number) => number;
  /** Before a new try, after a loss (`attempt` counts the tries made). */
  backoff?: (attempt: number) => Promise<void>;
  /** At the start of every try. */
  onAttempt?: (attempt: number) => void;
}

export interface RemoteAnalysis {
  batch: string;
  analysis: Analysis;
  /** Tries it took (1 when nothing was lost). */
  attempts: number;
  /** Time spent waiting for the background's answers, and the engine's share of it there, in ms. */
  waitedMs: number;
  engineMs: number;
}

/**
 * No answer in 10 s plus 1 s per 20,000 characters to analyse: far beyond what a warm engine
 * needs (some 100 ms for 100,000 words), so a slow machine is not taken for a lost background.
 */
const defaultTimeout = (chars: number): number => 10_000 + chars / 20;

const defaultBackoff = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100 * attempt));

const newBatch = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function withTimeout<T>(answer: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Lost('no answer from the background')), ms);
    answer.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(new Lost(err instanceof Error ? err.message : String(err)));
      },
    );
  });
}

/**
 * The analysis of `blocks`, as `analyze(blocks)` in the background makes it; on a long article
 * `onOpening` first gets the analysis of its opening blocks. Null when cancelled; throws (a Lost)
 * only when every try failed.
 */
export async function analyzeRemotely(blocks: readonly TextBlock[], options: RemoteOptions = {}): Promise<RemoteAnalysis | null> {
  const send: Send = options.send ?? sendMessage;
  const cancelled = options.cancelled ?? (() => false);
  const timeoutMs = options.timeoutMs ?? defaultTimeout;
  const backoff = options.backoff ?? defaultBackoff;
  const parts = splitBlocks(blocks);
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  let waitedMs = 0;
  let engineMs = 0;
  // Shown once, even when a later try starts over.
  let openingShown = !(options.opening && options.opening > 0 && options.opening < blocks.length && options.onOpening);

  const ask = async <K extends MessageName>(type: K, req: Req<K>, budget: number): Promise<Res<K>> => {
    const started = performance.now();
    const answer = withTimeout(send(type, req), budget);
    try {
      return await (options.wait ? options.wait(answer) : answer);
    } finally {
      waitedMs += performance.now() - started;
    }
  };

  /** One answer, its statements gathered part by part; `part`, the last part sent, rides with the question. */
  const fetchAnalysis = async (batch: string, sent: number, count: number, whole: boolean, analysed: number, part?: Req<'engine/blocks'>): Promise<Analysis> => {
    const first: EngineAnswer = await ask('engine/analyze', { batch, parts: sent, blocks: count, whole, ...(part ? { part } : {}) }, timeoutMs(analysed));
    if (!first.known) throw new Lost('the background lost the batch');
    engineMs += first.engineMs;
    const statements: Statement[] = [...first.statements];
    while (statements.length < first.total) {
      if (cancelled()) throw new Lost('cancelled');
      const more = await ask('engine/result', { batch, blocks: count, from: statements.length }, timeoutMs(0));
      if (!more.known || more.statements.length === 0) throw new Lost('the background lost the answer');
      for (const s of more.statements) statements.push(s);
    }
    return { title: first.title, statements, actors: first.actors };
  };

  const once = async (): Promise<{ batch: string; analysis: Analysis } | null> => {
    const batch = newBatch();
    const opening = options.opening ?? 0;
    for (let seq = 0; seq < parts.length; seq++) {
      if (cancelled()) return null;
      const { blocks: list, open, complete } = parts[seq] as BlockPart;
      const part: Req<'engine/blocks'> = { batch, seq, blocks: list, ...(open ? { open: true } : {}) };
      const last = seq === parts.length - 1;
      const opensHere = !openingShown && complete >= opening;
      if (!last && !opensHere) {
        const took = await ask('engine/blocks', part, timeoutMs(0));
        if (!took.known) throw new Lost('the background lost the batch');
        continue;
      }
      if (opensHere) {
        let openingChars = 0;
        for (let i = 0; i < opening; i++) openingChars += (blocks[i] as TextBlock).text.length;
        const early = await fetchAnalysis(batch, seq + 1, opening, false, openingChars, part);
        openingShown = true;
        if (cancelled()) return null;
        await options.onOpening?.(early);
        if (!last) continue;
        if (cancelled()) return null;
        return { batch, analysis: await fetchAnalysis(batch, parts.length, blocks.length, true, chars) };
      }
      return { batch, analysis: await fetchAnalysis(batch, parts.length, blocks.length, true, chars, part) };
    }
    return null;
  };

  for (let attempt = 1; ; attempt++) {
    options.onAttempt?.(attempt);
    try {
      const done = await once();
      return done && { ...done, attempts: attempt, waitedMs, engineMs };
    } catch (err) {
      if (cancelled()) return null;
      if (attempt >= ATTEMPTS) throw err;
      await backoff(attempt);
    }
  }
}
