// A large analysis crosses from the page to the background in parts of bounded size, and
// comes out whole, or visibly incomplete, never silently short.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Statement } from '../src/engine/types';

const sent: { type: string; req: unknown }[] = [];
vi.mock('../src/shared/messages', () => ({
  send: async (type: string, req: unknown) => {
    sent.push({ type, req: JSON.parse(JSON.stringify(req)) });
    return { ok: true };
  },
}));

const { sendReport, STATEMENTS_PER_MESSAGE } = await import('../src/content/report');
const { dropParts, joinParts, takePart } = await import('../src/background/report-parts');

function analysisOf(n: number): Analysis {
  const statements: Statement[] = Array.from({ length: n }, (_, i) => ({
    id: i, actor: i % 7, speaker: `Speaker ${i % 7}`, text: `statement ${i}`,
    content: { block: i, start: 0, end: 10 }, cue: 'said', cueSpan: null, mention: `Speaker ${i % 7}`, mentionSpan: null,
    form: 'indirect', stance: i % 3 === 0 ? 'denies' : 'asserts',
  } as Statement));
  return { title: 'A long read', statements, actors: [] };
}

const TAB = 4;

/** The background's side: parts go to takePart, the report is joined. */
function receive(): Analysis | null | undefined {
  let out: Analysis | null | undefined = null;
  for (const { type, req } of sent) {
    if (type === 'analysis/part') {
      const p = req as { batch: string; from: number; statements: Statement[] };
      takePart(TAB, p.batch, p.from, p.statements);
    } else {
      const r = req as { analysis: Analysis | null; parts?: { batch: string; earlier: number } };
      out = joinParts(TAB, r.analysis, r.parts);
    }
  }
  return out;
}

const report = (analysis: Analysis | null) => ({ url: 'https://example.org/a', title: 'T', status: 'done' as const, hasArticle: true, analysis });

describe('reports in parts', () => {
  beforeEach(() => {
    sent.length = 0;
    dropParts(TAB);
  });

  it('sends a small analysis as one report', async () => {
    const a = analysisOf(STATEMENTS_PER_MESSAGE);
    await sendReport(report(a), async () => {});
    expect(sent.map((m) => m.type)).toEqual(['analysis/report']);
    expect(receive()).toEqual(a);
  });

  it('splits a large one into bounded parts, pausing between them, and joins it whole', async () => {
    const a = analysisOf(1957);
    let pauses = 0;
    await sendReport(report(a), async () => void pauses++);
    const parts = sent.filter((m) => m.type === 'analysis/part');
    expect(parts.length).toBe(Math.ceil(1957 / STATEMENTS_PER_MESSAGE) - 1);
    expect(pauses).toBe(parts.length);
    for (const m of sent) {
      const n = m.type === 'analysis/part' ? (m.req as { statements: unknown[] }).statements.length : (m.req as { analysis: Analysis }).analysis.statements.length;
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(STATEMENTS_PER_MESSAGE);
    }
    expect(sent.at(-1)!.type).toBe('analysis/report');
    expect(receive()).toEqual(a);
  });

  it('exactly a multiple of the part size still ends with a non-empty report', async () => {
    const a = analysisOf(STATEMENTS_PER_MESSAGE * 3);
    await sendReport(report(a), async () => {});
    expect(sent.map((m) => m.type)).toEqual(['analysis/part', 'analysis/part', 'analysis/report']);
    expect(receive()).toEqual(a);
  });

  it('a missing part leaves the report visibly incomplete', async () => {
    await sendReport(report(analysisOf(500)), async () => {});
    sent.splice(1, 1);
    expect(receive()).toBeUndefined();
  });

  it('a small report ends an unfinished batch, so its late parts join nothing', async () => {
    await sendReport(report(analysisOf(400)), async () => {});
    const abandoned = sent.splice(0);
    sent.push(abandoned[0]!);
    await sendReport(report(analysisOf(20)), async () => {});
    expect(receive()).toEqual(analysisOf(20));
    sent.length = 0;
    sent.push(...abandoned.slice(1));
    expect(receive()).toBeUndefined();
  });

  it('a newer batch replaces an unfinished older one; the older report then joins nothing', async () => {
    await sendReport(report(analysisOf(400)), async () => {});
    const older = sent.splice(0);
    await sendReport(report(analysisOf(320)), async () => {});
    const newer = sent.splice(0);
    // The older batch's first part, then the whole newer batch, then the rest of the older one.
    sent.push(older[0]!, ...newer);
    expect(receive()).toEqual(analysisOf(320));
    sent.length = 0;
    sent.push(...older.slice(1));
    expect(receive()).toBeUndefined();
  });
});
