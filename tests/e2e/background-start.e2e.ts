// What each browser's background evaluates before it can answer its first message. Firefox's
// event page starts again every time it wakes: the engine (a megabyte of word lists and weights)
// is left to a chunk loaded on the first message that needs it, so the settings page, the
// actor page and the popup are answered without waiting for it. Chrome's service worker may not
// import() at all, so there the engine stays in the worker's own graph.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { distFor } from './support/env';

/** The engine's entry, as the build writes it (pages are not minified). */
const ENGINE_MARK = 'function analyze(';

/** Every file a module pulls in through static imports, from the background's entry on. */
function staticGraph(dir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dir, entry), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
    staticGraph(dir, join(dirname(entry), m[1]!), seen);
  }
  return seen;
}

function background(browser: 'chrome' | 'firefox'): { files: Set<string>; code: string; dir: string } {
  const dir = distFor(browser);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const entry: string = browser === 'chrome' ? manifest.background.service_worker : manifest.background.scripts[0];
  const files = staticGraph(dir, entry);
  return { files, dir, code: [...files].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n') };
}

describe.skipIf(!existsSync(distFor('firefox')) || !existsSync(distFor('chrome')))('background start', () => {
  it('Firefox: the background answers without evaluating the engine; it imports it on demand', () => {
    const { code, dir } = background('firefox');
    expect(code).not.toContain(ENGINE_MARK);
    const lazy = /import\(["'](\.\/[^"']+)["']\)/.exec(code);
    expect(lazy, 'a dynamic import of the engine chunk').not.toBeNull();
    expect(readFileSync(join(dir, 'assets', lazy![1]!.replace('./', '')), 'utf8')).toContain(ENGINE_MARK);
    // What the background evaluates as it starts stays small.
    expect(code.length).toBeLessThan(120_000);
  });

  it('Chrome: the service worker holds the engine in its own graph (import() is not allowed there)', () => {
    const { code } = background('chrome');
    expect(code).toContain(ENGINE_MARK);
    expect(code).not.toMatch(/\bimport\(/);
  });
});
