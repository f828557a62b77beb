// The stepwise analysis is what the content script runs between frames: it must pause on long
// input and end with exactly what `analyze` returns.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInSteps, type TextBlock } from '../src/engine';

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

  it('finishes at once on empty input', () => {
    const steps = analyzeInSteps([]);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(r.value).toEqual({ title: '', statements: [], actors: [] });
  });
});
