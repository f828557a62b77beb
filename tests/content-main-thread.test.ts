// The content script's meter of its own main-thread time (marks.ts, slice.ts): every stretch it
// holds the thread counts once, however many sliced steps share a pass's clock. The browser
// benchmark divides this figure by its floor's, so a stretch counted twice or not at all would
// misstate the ratio.
import { describe, expect, it } from 'vitest';
import { mainThreadSoFar } from '../src/content/marks';
import { endSlice, pauseFor, runSliced, startClock, yieldIfDue } from '../src/content/slice';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

function* steps(n: number, ms: number): Generator<void, number> {
  for (let i = 0; i < n; i++) {
    busy(ms);
    yield;
  }
  return n;
}

describe('main-thread meter', () => {
  it('counts each stretch of a pass once, across the steps that share its clock', async () => {
    const before = mainThreadSoFar();
    const clock = startClock();
    const started = performance.now();
    let idle = 0;
    await runSliced(steps(6, 3), () => false, clock);
    // A second step on the same clock, without a pause between: the slice goes on.
    await runSliced(steps(6, 3), () => false, clock);
    const waitStart = performance.now();
    await pauseFor(clock, new Promise((r) => setTimeout(r, 30)));
    idle += performance.now() - waitStart;
    await yieldIfDue(clock);
    busy(4);
    endSlice(clock);
    const wall = performance.now() - started;
    const counted = mainThreadSoFar() - before;
    // 12 steps of 3 ms and 4 ms more: about 40 ms of work, the 30 ms wait not among it.
    expect(counted).toBeGreaterThanOrEqual(40);
    expect(counted).toBeLessThanOrEqual(wall - idle + 0.5);
  });

  it('counts nothing twice when a slice is ended twice', () => {
    const clock = startClock();
    busy(5);
    const before = mainThreadSoFar();
    endSlice(clock);
    const once = mainThreadSoFar() - before;
    endSlice(clock);
    expect(once).toBeGreaterThanOrEqual(5);
    expect(mainThreadSoFar() - before - once).toBeLessThan(0.5);
  });
});
