// `npm run -s bench -- --json` is read by scripts and CI, so its stdout must stay exactly
// one JSON object with the agreed keys; a stray log line would break every consumer.
// Runs a cut-down bench (few pages, one pass) to keep this quick.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('bench --json', () => {
  it('prints exactly one JSON object with the agreed keys', () => {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--json', '--limit', '4', '--runs', '1', '--no-compromise-long'],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000 },
    );
    const lines = stdout.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(out).toBeTypeOf('object');
    for (const key of ['engine_ms_median', 'compromise_ms_median', 'speedup', 'short_page_ms', 'long_page_words', 'long_page_ms']) {
      expect(out[key], key).toBeTypeOf('number');
      expect(Number.isFinite(out[key]), key).toBe(true);
    }
    expect(out.long_page_words as number).toBeGreaterThanOrEqual(100_000);
    expect(out.short_page_words as number).toBeGreaterThanOrEqual(1_000);
    expect(out.short_page_words as number).toBeLessThan(out.long_page_words as number);
    expect(out.pages).toBe(4);
  }, 120_000);
});
