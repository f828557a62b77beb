// The stepwise analysis is what the content script runs between frames: it must pause on long
// input and end with exactly what `analyze` returns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSteps, type Analysis, type TextBlock } from '../src/engine';
import { openingBlocks, FIRST_SCREEN_CHARS } from '../src/content/first-screen';
import { readArticle } from '../src/page/read-article';
import { dom } from './page-helpers';

/** Runs the steps to the end, collecting the analyses yielded on the way. */
function drive(blocks: TextBlock[], opening: number): { openings: Analysis[]; whole: Analysis } {
  const steps = analyzeInSteps(blocks, opening);
  const openings: Analysis[] = [];
  for (;;) {
    const r = steps.next();
    if (r.done) return { openings, whole: r.value };
    if (r.value) openings.push(r.value);
  }
}

function article(paragraphs: number): TextBlock[] {
  const blocks: TextBlock[] = [{ id: 't', kind: 'title', text: 'Harbour talks stall as both sides trade blame' }];
  for (let i = 0; i < paragraphs; i++) {
    blocks.push({ id: `p${i}`, kind: 'paragraph', text: i % 3 === 0
      ? `“We have not broken any agreement,” said Port Authority spokeswoman Lena Marsh. She added that talks would resume in week ${i}.`
      : i % 3 === 1 ? `The dockers’ union denied the allegations, according to a statement issued on day ${i}.`
        : `Harbour master Evan Tull could not confirm the closure of berth ${i}.` });
  }
  return blocks;
}

describe('analyzeInSteps', () => {
  it('pauses on a long article and returns what analyze returns', () => {
    const blocks = article(300);
    const steps = analyzeInSteps(blocks);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) { pauses++; r = steps.next(); }
    expect(pauses).toBeGreaterThan(10);
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(analyze(blocks)));
    expect(r.value.statements.length).toBeGreaterThan(300);
  });

  it('yields the opening on its own, exactly as analyze finds it, then the whole', () => {
    const blocks = article(60);
    for (const k of [1, 2, 7, 24, 25, 59]) {
      const { openings, whole } = drive(blocks, k);
      expect(openings, `opening of ${k} blocks`).toHaveLength(1);
      expect(JSON.stringify(openings[0]), `opening of ${k} blocks`).toBe(JSON.stringify(analyze(blocks.slice(0, k))));
      expect(JSON.stringify(whole), `whole after an opening of ${k}`).toBe(JSON.stringify(analyze(blocks)));
    }
    // No opening when it would be the whole article, or none was asked for.
    expect(drive(blocks, blocks.length).openings).toHaveLength(0);
    expect(drive(blocks, 0).openings).toHaveLength(0);
  });

  it('finishes at once on empty input', () => {
    const steps = analyzeInSteps([]);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(r.value).toEqual({ title: '', statements: [], actors: [] });
  });
});

describe('openingBlocks', () => {
  const para = (n: number): TextBlock => ({ id: `p${n}`, kind: 'paragraph', text: 'x'.repeat(500) });
  it('splits off about a screen of text, and only when the rest is as long again', () => {
    const long = Array.from({ length: 15 }, (_, i) => para(i));
    expect(openingBlocks(long)).toBe(FIRST_SCREEN_CHARS / 500);
    expect(openingBlocks(long.slice(0, 14))).toBe(0);
    expect(openingBlocks([])).toBe(0);
  });
});

const corpus = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const present = existsSync(`${corpus}/pages`);
if (!present) console.warn(`opening-on-corpus test skipped: no corpus at ${corpus}`);

describe.skipIf(!present)('the opening of each development page', () => {
  const pages = present ? readdirSync(`${corpus}/pages`).filter((f) => f.endsWith('.html')).sort() : [];
  it.each(pages)('%s: opening as analyze finds it, whole unchanged', (file) => {
    const blocks = readArticle(dom(readFileSync(`${corpus}/pages/${file}`, 'utf8'))).blocks;
    const k = openingBlocks(blocks);
    const { openings, whole } = drive(blocks, k);
    expect(openings).toHaveLength(k > 0 ? 1 : 0);
    if (k > 0) expect(JSON.stringify(openings[0])).toBe(JSON.stringify(analyze(blocks.slice(0, k))));
    expect(JSON.stringify(whole)).toBe(JSON.stringify(analyze(blocks)));
  });
});
