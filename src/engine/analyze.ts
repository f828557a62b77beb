import type { Actor, Analysis, Stance, Statement, TextBlock } from './types';
import { tokenize } from './tokens';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import type { BlockText, RawStatement } from './block';
import { extractBlock } from './extract';
import { introAtBlockEnd, introducedStatement } from './layout';
import { resolveSpeakersInSteps, summarizeBlock, type BlockSummary, type Resolution, type SpeakerTrace } from './actors';
import { decideStance } from './stance-model';
import { stanceContextOf } from './stance-context';
import { keepContextOf, keepFeatures } from './keep-features';
import { decideKeep, keepDecides } from './keep-model';

/** Tokens, quotes and sentences of one block: the shared groundwork of every later step. */
export function prepareBlock(block: TextBlock, index: number): BlockText {
  const text = typeof block.text === 'string' ? block.text : '';
  const tokens = tokenize(text);
  const quotes = findQuotes(text, tokens);
  const sentences = splitSentences(tokens);
  return { index, kind: block.kind, text, tokens, quotes, sentences };
}

/** Which stance an actor takes toward the article's claim: the commonest non-neutral one. */
function actorStance(stances: Stance[]): Stance {
  const counts: Record<Stance, number> = { denies: 0, confirms: 0, declines: 0, asserts: 0 };
  for (const s of stances) counts[s]++;
  return stanceOfCounts(counts);
}

/** `actorStance` from how many statements took each stance, for callers that keep only counts. */
export function stanceOfCounts(counts: Readonly<Record<Stance, number>>): Stance {
  const order: Stance[] = ['denies', 'declines', 'confirms'];
  let best: Stance = 'asserts';
  let bestCount = 0;
  for (const s of order) {
    if (counts[s] > bestCount) { best = s; bestCount = counts[s]; }
  }
  return best;
}

export function analyze(blocks: readonly TextBlock[]): Analysis {
  const steps = analyzeInSteps(blocks);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** A pronoun statement's speaker candidates, where its content lies: what the speaker step learns from. */
export interface SpeakerChoice {
  block: number;
  start: number;
  end: number;
  text: string;
  candidates: { name: string; features: string[] }[];
}

export interface Candidates {
  analysis: Analysis;
  keepFeatures: string[][];
  speakerChoices: SpeakerChoice[];
}

/**
 * Every candidate the extractor finds, none dropped by the keep step, with the keep step's
 * features for each statement and the speaker step's offers for each pronoun statement: what
 * the learned steps learn from (src/train).
 */
export function analyzeCandidates(blocks: readonly TextBlock[]): Candidates {
  const keep: string[][] = [];
  const speakerChoices: SpeakerChoice[] = [];
  const texts = blocks.map((b) => (typeof b.text === 'string' ? b.text : ''));
  const trace: SpeakerTrace = (raw, candidates) => {
    speakerChoices.push({ block: raw.block, start: raw.start, end: raw.end, text: texts[raw.block]!.slice(raw.start, raw.end), candidates });
  };
  const steps = analyzeInSteps(blocks, 0, keep, trace);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return { analysis: r.value, keepFeatures: keep, speakerChoices };
}

/**
 * How much work one step does. The caller's clock is read between steps, so a step is the
 * most a slice can overrun its budget by: on a slow machine, in code that has not been
 * compiled yet, 24 blocks took over 20 ms; 4 take a few.
 */
const BLOCKS_PER_STEP = 4;
const STATEMENTS_PER_STEP = 40;

/**
 * The analysis as a generator that pauses between small pieces of work, so a content script
 * can hand the main thread back to the page between steps. Same result as `analyze`.
 * Pauses yield undefined. With `openingBlocks` > 0 (and fewer than all blocks), it also yields,
 * once, the analysis of the opening blocks alone, exactly what
 * `analyze(blocks.slice(0, openingBlocks))` returns: a reader can see the top of a long
 * article analysed while the rest is read, and the opening's per-block work is not redone.
 */
export function* analyzeInSteps(blocks: readonly TextBlock[], openingBlocks = 0, candidates?: string[][], trace?: SpeakerTrace): Generator<Analysis | void, Analysis> {
  const list = Array.isArray(blocks) ? blocks : [];
  const texts: string[] = [];
  const summaries: BlockSummary[] = [];
  const raws: RawStatement[] = [];
  let intro: RawStatement | null = null;
  // One block at a time, keeping only what later steps need: tokens die young, which keeps a
  // long page's memory and garbage collection in proportion to its length.
  for (let index = 0; index < list.length; index++) {
    if (index > 0 && index === openingBlocks) {
      yield;
      const opening = yield* resolveSpeakersInSteps(summaries.slice(), raws.slice(), STATEMENTS_PER_STEP);
      yield;
      yield yield* assembleInSteps(list.slice(0, index), texts.slice(), raws.slice(), opening, candidates && []);
    } else if (index > 0 && index % BLOCKS_PER_STEP === 0) {
      yield;
    }
    const b = prepareBlock(list[index]!, index);
    texts.push(b.text);
    summaries.push(summarizeBlock(b));
    const found = extractBlock(b);
    if (intro && (b.kind === 'list-item' || b.kind === 'blockquote') && !found.length) {
      const s = introducedStatement(intro, b);
      if (s) raws.push(s);
      continue;
    }
    raws.push(...found);
    intro = introAtBlockEnd(b);
    if (intro) raws.push(intro);
  }
  yield;
  const resolution = yield* resolveSpeakersInSteps(summaries, raws, STATEMENTS_PER_STEP, trace);
  yield;
  return yield* assembleInSteps(list, texts, raws, resolution, candidates);
}

/**
 * Statements with their stance, and the actors; pauses every STATEMENTS_PER_STEP statements.
 * The keep step drops candidates that are no statement; given `candidates`, it drops none and
 * the features it would have read are pushed there, one list per statement.
 */
function* assembleInSteps(blocks: readonly TextBlock[], texts: string[], raws: RawStatement[], resolution: Resolution, candidates?: string[][]): Generator<void, Analysis> {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  const kinds = blocks.map((b) => b.kind);
  const { actors: drafts, actorOf, mentionOf } = resolution;
  const statements: Statement[] = [];
  const used = new Map<number, number>();
  for (let i = 0; i < raws.length; i++) {
    if (i > 0 && i % STATEMENTS_PER_STEP === 0) yield;
    const raw = raws[i]!;
    const a = actorOf[i]!;
    if (a < 0 || raw.cueKind === 'intro') continue;
    const keep = keepFeatures(keepContextOf(texts, kinds, raw, mentionOf[i] ?? '', drafts[a]!.kind));
    if (candidates) candidates.push(keep);
    else if (keepDecides(keep) && !decideKeep(keep)) continue;
    const b = { text: texts[raw.block]! };
    const text = b.text.slice(raw.start, raw.end);
    const cue = raw.cueStart >= 0 ? b.text.slice(raw.cueStart, raw.cueEnd) : '';
    const mentionSpan = raw.mentionStart !== undefined && raw.mentionEnd !== undefined && !raw.sameSpeakerAs
      ? { block: raw.block, start: raw.mentionStart, end: raw.mentionEnd } : null;
    if (!used.has(a)) used.set(a, used.size);
    const decided = decideStance(stanceContextOf(texts, raw.block, raw.start, raw.end, raw.cueStart, raw.cueEnd, raw.form, mentionOf[i] ?? ''));
    statements.push({
      id: statements.length,
      actor: used.get(a)!,
      speaker: drafts[a]!.name,
      text,
      content: { block: raw.block, start: raw.start, end: raw.end },
      cue,
      cueSpan: raw.cueStart >= 0 ? { block: raw.block, start: raw.cueStart, end: raw.cueEnd } : null,
      mention: mentionOf[i]!,
      mentionSpan: mentionSpan && mentionOf[i] ? mentionSpan : null,
      form: raw.form,
      stance: decided.stance,
      stanceWhy: decided.why,
    });
  }
  const byActor = new Map<number, Statement[]>();
  for (const s of statements) {
    const list = byActor.get(s.actor);
    if (list) list.push(s);
    else byActor.set(s.actor, [s]);
  }
  const actors: Actor[] = [...used.entries()].map(([draftIndex, id]) => {
    const d = drafts[draftIndex]!;
    const mine = byActor.get(id) ?? [];
    return {
      id,
      name: d.name,
      aliases: [...d.aliases],
      kind: d.kind,
      role: d.role,
      stance: actorStance(mine.map((s) => s.stance)),
      statements: mine.map((s) => s.id),
    };
  });
  actors.sort((x, y) => x.id - y.id);
  return { title, statements, actors };
}
