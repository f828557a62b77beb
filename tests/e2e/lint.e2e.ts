// `web-ext lint` on the Firefox store build: no errors.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { buildExtension } from '../../scripts/build-ext';
import { ROOT } from './support/env';

const run = promisify(execFile);

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('firefox build', () => {
  it('passes web-ext lint without errors', async () => {
    const dir = await buildExtension('firefox');
    const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
    let stdout = '';
    try {
      ({ stdout } = await run(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { cwd: ROOT, maxBuffer: 16 << 20 }));
    } catch (err) {
      // web-ext exits non-zero when it finds errors; the report is still on stdout.
      stdout = (err as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
    for (const w of report.warnings) console.log(`[web-ext lint] warning ${w.code}: ${w.message} (${w.file ?? ''})`);
    expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
  });
});
