// The page's analysis runs in the background: blocks go there in parts of bounded size, the
// analysis comes back in parts, and a background that restarts, loses a part or falls silent
// makes the page start over, a bounded number of times, never short of statements.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Statement, TextBlock } from '../src/engine/types';
import type { MessageName, Req, Res } from '../src/shared/messages';
import { analyze as realAnalyze } from '../src/engine';

// Every message goes through the send the tests pass in; the browser's runtime is never reached.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { EngineHost, STATEMENTS_PER_MESSAGE } = await import('../src/background/engine-host');
const { ATTEMPTS, CHARS_PER_PART, analyzeRemotely, splitBlocks } = await import('../src/content/remote-engine');
type RemoteOptions = import('../src/content/remote-engine').RemoteOptions;

/** A stand-in engine: one statement per sentence ending in "." of every block; fast and exact to check. */
function fakeAnalyze(blocks: readonly TextBlock[]): Analysis {
  const statements: Statement[] = [];
  blocks.forEach((b, block) => {
    let start = 0;
    for (let i = 0; i < b.text.length; i++) {
      if (b.text[i] !== '.') continue;
      statements.push({
        id: statements.length, actor: 0, speaker: 'S', text: b.text.slice(start, i + 1),
        content: { block, start, end: i + 1 }, cue: 'said', cueSpan: null, mention: 'S', mentionSpan: null,
        form: 'indirect', stance: 'asserts', stanceWhy: [],
      });
      start = i + 1;
    }
  });
  return { title: blocks[0]?.text ?? '', statements, actors: [] };
}

const TAB = 3;
type Wire = { type: MessageName; req: unknown };

/** The background as the page reaches it: JSON both ways, with faults the tests switch on. */
class FakeBackground {
  host = new EngineHost(fakeAnalyze);
  wire: Wire[] = [];
  /** Called before each message is delivered; may return a fault for it. */
  fault: (m: Wire, index: number) => 'restart' | 'drop' | 'hang' | 'error' | null = () => null;

  send = async <K extends MessageName>(type: K, req: Req<K>): Promise<Res<K>> => {
    const m: Wire = { type, req: JSON.parse(JSON.stringify(req)) };
    this.wire.push(m);
    const fault = this.fault(m, this.wire.length - 1);
    if (fault === 'restart') this.host = new EngineHost(fakeAnalyze);
    if (fault === 'hang') return new Promise(() => {});
    if (fault === 'error') throw new Error('Could not establish connection. Receiving end does not exist.');
    // A lost part: the page hears "taken", the background never saw it.
    if (fault === 'drop') return { known: true } as Res<K>;
    const r = m.req as never;
    const out = type === 'engine/blocks' ? this.host.blocks(TAB, r) : type === 'engine/analyze' ? this.host.analyzeBatch(TAB, r) : this.host.result(TAB, r);
    return JSON.parse(JSON.stringify(out)) as Res<K>;
  };

  of(type: MessageName): Wire[] {
    return this.wire.filter((m) => m.type === type);
  }
}

const opts = (bg: FakeBackground, extra: RemoteOptions = {}): RemoteOptions => ({ send: bg.send, backoff: async () => {}, timeoutMs: () => 50, ...extra });

/** `n` paragraphs of about `size` characters, each with `per` statements. */
function blocksOf(n: number, size = 400, per = 2): TextBlock[] {
  return Array.from({ length: n }, (_, i) => {
    const sentence = `Paragraph ${i} says something`;
    const pad = 'x'.repeat(Math.max(0, Math.floor(size / per) - sentence.length - 1));
    return { id: `b${i}`, kind: i === 0 ? 'title' : 'paragraph', text: Array.from({ length: per }, () => `${sentence} ${pad}.`).join(' ') };
  });
}

let bg: FakeBackground;
beforeEach(() => {
  bg = new FakeBackground();
});

describe('blocks in parts', () => {
  it('cuts blocks into bounded parts that put the text back together exactly', () => {
    const long = { id: 'long', kind: 'paragraph' as const, text: 'a😀'.repeat(100_000) };
    const blocks = [...blocksOf(30, 5000), long, ...blocksOf(30, 5000)];
    const parts = splitBlocks(blocks);
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) expect(p.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(CHARS_PER_PART);
    expect(parts.at(-1)!.complete).toBe(blocks.length);
    const joined: TextBlock[] = [];
    let open = false;
    for (const p of parts) {
      p.blocks.forEach((b, i) => {
        if (i === 0 && open) joined[joined.length - 1] = { ...joined.at(-1)!, text: joined.at(-1)!.text + b.text };
        else joined.push(b);
      });
      open = p.open;
    }
    expect(joined).toEqual(blocks);
  });

  it('a small page is one message: its blocks ride with the question', async () => {
    const blocks = blocksOf(8);
    const r = await analyzeRemotely(blocks, opts(bg));
    expect(bg.wire.map((m) => m.type)).toEqual(['engine/analyze']);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
    expect(r!.attempts).toBe(1);
    // The report names the batch; the background has its whole analysis.
    expect(bg.host.analysisOf(TAB, r!.batch)).toEqual(fakeAnalyze(blocks));
    expect(bg.host.analysisOf(TAB + 1, r!.batch)).toBeUndefined();
  });

  it('a large page goes in parts and its analysis comes back in parts, each bounded', async () => {
    const blocks = blocksOf(900, 600, 3);
    const r = await analyzeRemotely(blocks, opts(bg));
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
    expect(bg.of('engine/blocks').length).toBeGreaterThan(5);
    for (const m of [...bg.of('engine/blocks'), ...bg.of('engine/analyze')]) expect(JSON.stringify(m.req).length).toBeLessThan(CHARS_PER_PART * 1.1);
    const results = bg.of('engine/result');
    expect(results.length).toBe(Math.ceil(2700 / STATEMENTS_PER_MESSAGE) - 1);
    // The question comes with the last part, after every other part was sent.
    expect(bg.wire.findIndex((m) => m.type === 'engine/analyze')).toBe(bg.of('engine/blocks').length);
    expect((bg.of('engine/analyze')[0]!.req as Req<'engine/analyze'>).part?.seq).toBe(bg.of('engine/blocks').length);
  });

  it('gives the same analysis as the engine itself', async () => {
    bg.host = new EngineHost(realAnalyze);
    const blocks: TextBlock[] = [
      { id: 't', kind: 'title', text: 'Minister denies report' },
      { id: 'p1', kind: 'paragraph', text: '"We never sent any missiles," the foreign minister, Ali Nozari, told reporters on Monday.' },
      { id: 'p2', kind: 'paragraph', text: 'A spokesman for the White House declined to confirm the report, saying he would not comment on intelligence.' },
    ];
    const r = await analyzeRemotely(blocks, { ...opts(bg), send: async (type, req) => {
      const out = type === 'engine/blocks' ? bg.host.blocks(TAB, req as never) : type === 'engine/analyze' ? bg.host.analyzeBatch(TAB, req as never) : bg.host.result(TAB, req as never);
      return JSON.parse(JSON.stringify(out));
    } });
    expect(r!.analysis).toEqual(JSON.parse(JSON.stringify(realAnalyze(blocks))));
    expect(r!.analysis.statements.length).toBeGreaterThan(0);
  });
});

describe('the opening first', () => {
  it('asks for the opening as soon as its blocks are sent, then for the whole', async () => {
    const blocks = blocksOf(900, 600, 3);
    const seen: Analysis[] = [];
    const r = await analyzeRemotely(blocks, opts(bg, { opening: 4, onOpening: async (a) => void seen.push(a) }));
    expect(seen).toEqual([fakeAnalyze(blocks.slice(0, 4))]);
    const types = bg.wire.map((m) => m.type);
    // With the first part, long before the last.
    expect(types[0]).toBe('engine/analyze');
    expect((bg.wire[0]!.req as Req<'engine/analyze'>).whole).toBe(false);
    expect(types.filter((t) => t === 'engine/analyze').length).toBe(2);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
    // The opening is never taken for the page's result.
    expect(bg.host.analysisOf(TAB, r!.batch)).toEqual(fakeAnalyze(blocks));
  });

  it('shows the opening once, even when the background restarts after it', async () => {
    const blocks = blocksOf(900, 600, 3);
    const seen: Analysis[] = [];
    let restarted = false;
    bg.fault = (m) => {
      if (!restarted && m.type === 'engine/blocks' && (m.req as { seq: number }).seq === 4) {
        restarted = true;
        return 'restart';
      }
      return null;
    };
    const r = await analyzeRemotely(blocks, opts(bg, { opening: 4, onOpening: async (a) => void seen.push(a) }));
    expect(seen.length).toBe(1);
    expect(r!.attempts).toBe(2);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
  });
});

describe('a background lost mid-page', () => {
  const large = () => blocksOf(600, 600, 3);

  it('restarted between two parts: the page starts over with a new batch', async () => {
    const blocks = large();
    let n = 0;
    bg.fault = (m) => (m.type === 'engine/blocks' && (m.req as { seq: number }).seq === 2 && n++ === 0 ? 'restart' : null);
    const attempts: number[] = [];
    const r = await analyzeRemotely(blocks, opts(bg, { onAttempt: (a) => attempts.push(a) }));
    expect(attempts).toEqual([1, 2]);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
    const batches = new Set(bg.of('engine/blocks').map((m) => (m.req as { batch: string }).batch));
    expect(batches.size).toBe(2);
    expect(bg.host.analysisOf(TAB, r!.batch)).toBeDefined();
  });

  it('restarted while the answer came back in parts: asked again, never short', async () => {
    const blocks = large();
    let n = 0;
    bg.fault = (m) => (m.type === 'engine/result' && n++ === 1 ? 'restart' : null);
    const r = await analyzeRemotely(blocks, opts(bg));
    expect(r!.attempts).toBe(2);
    expect(r!.analysis.statements.length).toBe(fakeAnalyze(blocks).statements.length);
  });

  it('a part lost on the way: the background says it lacks parts, and the page starts over', async () => {
    const blocks = large();
    let n = 0;
    bg.fault = (m) => (m.type === 'engine/blocks' && (m.req as { seq: number }).seq === 1 && n++ === 0 ? 'drop' : null);
    const r = await analyzeRemotely(blocks, opts(bg));
    expect(r!.attempts).toBe(2);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
  });

  it('the part before the question lost: no analysis of fewer blocks is ever given', async () => {
    const blocks = large();
    const beforeLast = splitBlocks(blocks).length - 2;
    let n = 0;
    bg.fault = (m) => (m.type === 'engine/blocks' && (m.req as { seq: number }).seq === beforeLast && n++ === 0 ? 'drop' : null);
    const r = await analyzeRemotely(blocks, opts(bg));
    expect(r!.attempts).toBe(2);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
  });

  it('no answer in time, or an error reply: the page asks again', async () => {
    const blocks = blocksOf(10);
    let n = 0;
    bg.fault = (m) => (m.type === 'engine/analyze' ? (['hang', 'error'][n++] as 'hang' | 'error' | undefined) ?? null : null);
    const r = await analyzeRemotely(blocks, opts(bg));
    expect(r!.attempts).toBe(3);
    expect(r!.analysis).toEqual(fakeAnalyze(blocks));
  });

  it('gives up after a bounded number of tries, with an error the caller catches', async () => {
    const blocks = large();
    bg.fault = (m) => (m.type === 'engine/blocks' && (m.req as { seq: number }).seq === 1 ? 'restart' : null);
    const backoffs: number[] = [];
    await expect(analyzeRemotely(blocks, opts(bg, { backoff: async (a) => void backoffs.push(a) }))).rejects.toThrow(/lost the batch/);
    expect(bg.of('engine/blocks').filter((m) => (m.req as { seq: number }).seq === 0).length).toBe(ATTEMPTS);
    expect(backoffs).toEqual(Array.from({ length: ATTEMPTS - 1 }, (_, i) => i + 1));
  });

  it('a newer pass cancels an older one: it stops sending and gives nothing', async () => {
    const blocks = large();
    let cancel = false;
    bg.fault = (m) => {
      if (m.type === 'engine/blocks' && (m.req as { seq: number }).seq === 1) cancel = true;
      return null;
    };
    const r = await analyzeRemotely(blocks, opts(bg, { cancelled: () => cancel }));
    expect(r).toBeNull();
    expect(bg.of('engine/blocks').length).toBe(2);
    expect(bg.of('engine/analyze').length).toBe(0);
  });

  it('a report after a restart finds no analysis: the background says it is missing', async () => {
    const r = await analyzeRemotely(blocksOf(5), opts(bg));
    bg.host = new EngineHost(fakeAnalyze);
    expect(bg.host.analysisOf(TAB, r!.batch)).toBeUndefined();
  });

  it('parts of an abandoned batch join nothing once a newer one began', () => {
    const host = new EngineHost(fakeAnalyze);
    const [a, b] = [blocksOf(3), blocksOf(4)];
    expect(host.blocks(TAB, { batch: 'old', seq: 0, blocks: a })).toEqual({ known: true });
    expect(host.blocks(TAB, { batch: 'new', seq: 0, blocks: b })).toEqual({ known: true });
    expect(host.blocks(TAB, { batch: 'old', seq: 1, blocks: a })).toEqual({ known: false });
    expect(host.analyzeBatch(TAB, { batch: 'old', parts: 1, blocks: 3, whole: true })).toEqual({ known: false });
    // A part riding with a question must be the question's own batch's next part.
    expect(host.analyzeBatch(TAB, { batch: 'new', parts: 2, blocks: 7, whole: true, part: { batch: 'old', seq: 1, blocks: a } })).toEqual({ known: false });
    expect(host.analyzeBatch(TAB, { batch: 'new', parts: 2, blocks: 8, whole: true, part: { batch: 'new', seq: 1, blocks: b } }).known).toBe(true);
  });
});
