// Reads the live page, has the background analyse it (remote-engine.ts) and maps statements
// back to DOM ranges, in slices so that no single task holds the page for long.
import type { Analysis, Span } from '../engine/types';
import { readArticleInSteps, type ArticleText } from '../page/read-article';
import { openingBlocks } from './first-screen';
import { mark, measureEndingNow } from './marks';
import { analyzeRemotely } from './remote-engine';
import { spanToRange } from '../page/ranges';
import { pauseFor, runSliced, startClock, yieldIfDue, type SliceClock } from './slice';

/** DOM ranges for one statement: what is painted (either may be missing if the page changed). */
export interface StatementRanges {
  statement: number;
  content: Range | null;
  mention: Range | null;
}

export interface PageResult {
  url: string;
  article: ArticleText;
  analysis: Analysis;
  ranges: StatementRanges[];
  /** Joined block text: lets a later run see that nothing changed. */
  signature: string;
  /** The batch whose analysis the background holds (null: an analysis it never saw). */
  batch?: string | null;
}

function toRange(article: ArticleText, span: Span | null): Range | null {
  if (!span) return null;
  try {
    const range = spanToRange(article, span, document);
    return range && !range.collapsed ? range : null;
  } catch {
    return null;
  }
}

export function signatureOf(article: ArticleText): string {
  return article.blocks.map((b) => b.text).join('\n');
}

/** Statements that get their DOM ranges between two pauses (each takes a few microseconds). */
const STATEMENTS_PER_STEP = 25;

function* rangesOf(article: ArticleText, analysis: Analysis): Generator<void, StatementRanges[]> {
  const out: StatementRanges[] = [];
  for (const s of analysis.statements) {
    if (out.length > 0 && out.length % STATEMENTS_PER_STEP === 0) yield;
    out.push({
      statement: s.id,
      content: toRange(article, s.content),
      mention: toRange(article, s.mentionSpan),
    });
  }
  return out;
}

async function mapRanges(article: ArticleText, analysis: Analysis, cancelled: () => boolean, clock: SliceClock): Promise<StatementRanges[] | null> {
  return (await runSliced(rangesOf(article, analysis), cancelled, clock))?.value ?? null;
}

/**
 * One full pass. Returns null when cancelled (a newer pass started).
 * `previous` lets an unchanged page skip the engine. On a long article `showOpening` is first
 * given the statements of its opening (see openingBlocks); the whole article follows.
 */
export async function runPipeline(
  previous: PageResult | null,
  cancelled: () => boolean,
  // One clock for the whole pass: the page gets its thread back every few milliseconds of
  // work, not at every change of step.
  clock: SliceClock = startClock(),
  showOpening?: (opening: PageResult) => Promise<void>,
): Promise<PageResult | null> {
  const read = await runSliced(readArticleInSteps(document), cancelled, clock);
  if (!read) return null;
  mark('whosaid:read');
  const article = read.value;
  const signature = signatureOf(article);
  const url = location.href;

  let analysis: Analysis;
  let batch: string | null = null;
  if (previous && previous.signature === signature) {
    analysis = previous.analysis;
    batch = previous.batch ?? null;
  } else {
    await yieldIfDue(clock);
    if (cancelled()) return null;
    if (article.hasArticle) {
      const opening = showOpening ? openingBlocks(article.blocks) : 0;
      mark('whosaid:analyze');
      const remote = await analyzeRemotely(article.blocks, {
        opening,
        cancelled,
        // The slice ends while the page waits for the background.
        wait: (answer) => pauseFor(clock, answer),
        onAttempt: () => mark('whosaid:ask'),
        onOpening: async (early) => {
          const ranges = await mapRanges(article, early, cancelled, clock);
          // Never equal to a page's signature: the whole article is still to come.
          if (ranges && !cancelled()) await showOpening?.({ url, article, analysis: early, ranges, signature: '', batch: null });
        },
      });
      if (!remote) return null;
      mark('whosaid:analyzed');
      // For the benchmark: how long the page waited for answers, and the engine's share of it.
      measureEndingNow('whosaid:waited', remote.waitedMs);
      measureEndingNow('whosaid:background-engine', remote.engineMs);
      analysis = remote.analysis;
      batch = remote.batch;
    } else {
      analysis = { title: article.title, statements: [], actors: [] };
    }
  }

  await yieldIfDue(clock);
  if (cancelled()) return null;
  const ranges = await mapRanges(article, analysis, cancelled, clock);
  if (!ranges) return null;
  return { url, article, analysis, ranges, signature, batch };
}

/** Whether the ranges of a result still point at text on the page. */
export function rangesAlive(result: PageResult): boolean {
  return result.ranges.every((r) => !r.content || (!r.content.collapsed && r.content.startContainer.isConnected));
}
