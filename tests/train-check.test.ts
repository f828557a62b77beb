// The committed model files are what `npm run train` makes from the committed code and data:
// training is seeded and deterministic, so any difference means a stale or hand-edited model.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const hasData = existsSync(resolve(repo, '..', 'shared', 'polnear', 'train'));
if (!hasData) console.warn(`train --check skipped: no training data at ${resolve(repo, '..', 'shared')} (it sits beside the repo in CI)`);

describe.skipIf(!hasData)('npm run train -- --check', () => {
  it('retrains every model to the byte it is committed as', () => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts', '--check'], { cwd: repo, encoding: 'utf8' });
    expect(out.status, `${out.stdout}\n${out.stderr}`).toBe(0);
    expect(out.stdout).toMatch(/stance: retrained in [\d.]+ s, identical to the committed file/);
    expect(out.stdout).toMatch(/speaker: retrained in [\d.]+ s, identical to the committed file/);
  }, 300_000);
});
