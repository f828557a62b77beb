// The one warm engine: pages send their text blocks here and get their analysis back, so that
// the engine (its word lists and model weights) is parsed once per background lifetime, never
// on a page's main thread. This module holds the batches in flight; it is pure (the engine's
// `analyze` is passed in) so that the tests can drive it without a browser.
import type { Analysis, Statement, TextBlock } from '../engine/types';
import type { EngineAnswer, Req, Res } from '../shared/messages';

/** Statements per message, both ways: about 60 KB of JSON, a few milliseconds to send or read. */
export const STATEMENTS_PER_MESSAGE = 150;

interface Incoming {
  batch: string;
  blocks: TextBlock[];
  /** Parts taken so far; the next must have this `seq`. */
  parts: number;
  /** The last block goes on in the next part. */
  open: boolean;
}

interface Answered {
  batch: string;
  /** How many blocks the analysis covers (the opening's, or all). */
  blocks: number;
  analysis: Analysis;
  /** The batch's every block: the analysis the page reports as its result. */
  whole: boolean;
}

type Analyze = (blocks: readonly TextBlock[]) => Analysis;

export class EngineHost {
  /** One batch in flight per tab: a page that starts over abandons its older batch. */
  private incoming = new Map<number, Incoming>();
  /** Each tab's latest analysis, until the tab closes or a newer one replaces it. */
  private answered = new Map<number, Answered>();

  constructor(private readonly analyze: Analyze, private readonly now: () => number = () => performance.now()) {}

  blocks(tab: number, { batch, seq, blocks, open }: Req<'engine/blocks'>): Res<'engine/blocks'> {
    let current = this.incoming.get(tab);
    if (seq === 0) {
      current = { batch, blocks: [], parts: 0, open: false };
      this.incoming.set(tab, current);
    }
    if (!current || current.batch !== batch || current.parts !== seq || !Array.isArray(blocks)) {
      // Out of order, or the background restarted since the batch began: the page starts over.
      if (current?.batch === batch) this.incoming.delete(tab);
      return { known: false };
    }
    let i = 0;
    if (current.open && blocks.length > 0) {
      const last = current.blocks[current.blocks.length - 1] as TextBlock;
      current.blocks[current.blocks.length - 1] = { ...last, text: last.text + String(blocks[0]?.text ?? '') };
      i = 1;
    }
    for (; i < blocks.length; i++) current.blocks.push(blocks[i] as TextBlock);
    current.open = open === true;
    current.parts++;
    return { known: true };
  }

  analyzeBatch(tab: number, { batch, parts, blocks, whole, part }: Req<'engine/analyze'>): EngineAnswer {
    if (part && (part.batch !== batch || !this.blocks(tab, part).known)) return { known: false };
    const current = this.incoming.get(tab);
    // Exactly the parts the page sent, none cut short: a lost part never yields a short analysis.
    const fits = whole ? blocks === current?.blocks.length : blocks >= 0 && blocks <= (current?.blocks.length ?? -1);
    if (!current || current.batch !== batch || current.parts !== parts || current.open || !fits) return { known: false };
    const started = this.now();
    const analysis = this.analyze(whole ? current.blocks : current.blocks.slice(0, blocks));
    const engineMs = this.now() - started;
    this.answered.set(tab, { batch, blocks, analysis, whole: whole === true });
    // The whole is analysed: the text is no longer needed here.
    if (whole) this.incoming.delete(tab);
    return {
      known: true,
      title: analysis.title,
      actors: analysis.actors,
      statements: analysis.statements.slice(0, STATEMENTS_PER_MESSAGE),
      total: analysis.statements.length,
      engineMs,
    };
  }

  result(tab: number, { batch, blocks, from }: Req<'engine/result'>): Res<'engine/result'> {
    const a = this.answered.get(tab);
    if (!a || a.batch !== batch || a.blocks !== blocks || !(from >= 0)) return { known: false };
    const statements: Statement[] = a.analysis.statements.slice(from, from + STATEMENTS_PER_MESSAGE);
    return { known: true, statements };
  }

  /** The whole analysis of a tab's batch, for its report; undefined when this background never made it. */
  analysisOf(tab: number, batch: string): Analysis | undefined {
    const a = this.answered.get(tab);
    return a && a.batch === batch && a.whole ? a.analysis : undefined;
  }

  /** Forgets a tab (it closed). */
  drop(tab: number): void {
    this.incoming.delete(tab);
    this.answered.delete(tab);
  }
}
