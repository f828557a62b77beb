// The assertions both browsers share.
import { expect } from 'vitest';
import type { HighlightInfo } from './inpage';

export function expectDenialsHighlighted(highlights: HighlightInfo[]): void {
  const denies = highlights.filter((h) => h.name.endsWith('-denies')).flatMap((h) => h.texts);
  expect(denies.length, `denial highlights: ${JSON.stringify(highlights)}`).toBeGreaterThan(0);
  expect(denies.every((t) => t.trim().length > 0)).toBe(true);
}

export function expectPopupGroups(groups: Record<string, string[]>): void {
  const has = (group: string, name: string) => (groups[group] ?? []).some((n) => n.includes(name));
  const seen = JSON.stringify(groups);
  expect(has('denies', 'Nozari'), `Nozari under Denies in ${seen}`).toBe(true);
  expect(has('denies', 'Kanaani'), `Kanaani under Denies in ${seen}`).toBe(true);
  expect(has('declines', 'Peskov'), `Peskov under Declines in ${seen}`).toBe(true);
  expect(has('declines', 'Kirby'), `Kirby under Declines in ${seen}`).toBe(true);
}

/** Polls `probe` until it returns a truthy value or the time runs out. */
export async function until<T>(probe: () => Promise<T>, what: string, timeoutMs = 15_000, everyMs = 150): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * On a page loaded with watchPaintedHighlights: waits until `shown` highlights are on the page
 * and were painted in a frame, then checks that no frame ever painted a `hidden` one and none is
 * on the page now. `highlights` and `painted` read the page (readHighlights, paintedHighlights).
 */
export async function expectNeverPainted(
  page: { highlights: () => Promise<HighlightInfo[]>; painted: () => Promise<string[]> },
  shown: string,
  hidden: string,
  what: string,
): Promise<void> {
  const texts = async (suffix: string) => (await page.highlights()).filter((h) => h.name.endsWith(suffix)).flatMap((h) => h.texts).join(' | ');
  await until(async () => (await texts(shown)) !== '', what);
  await until(async () => (await page.painted()).some((n) => n.endsWith(shown)), `${what}: seen in a frame`);
  expect((await page.painted()).filter((n) => n.endsWith(hidden))).toEqual([]);
  expect(await texts(hidden)).toBe('');
}
