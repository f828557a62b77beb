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
