import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main';
import { fileChunks } from '../src/cli/file-chunks';
import { ActorLedger, analyzeInParts } from '../src/cli/analyze-in-parts';
import { formatJsonl, formatTable } from '../src/cli/format';
import { analyzeText } from '../src/cli/analyze-file';
import { textBlocks } from '../src/page/text-blocks';
import { longArticle } from './long-article';

const repo = fileURLToPath(new URL('..', import.meta.url));
const txt = fileURLToPath(new URL('./fixtures/cli-article.txt', import.meta.url));
const png = fileURLToPath(new URL('../icons/icon-16.png', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[], terminal = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), openFile: fileChunks, stderrIsTerminal: terminal };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('whosaid analyze refuses what is no text', () => {
  it('names an image, a program, an empty and a blank file on one line each, analyses the rest, exits 1', async () => {
    const empty = file('empty.txt', '');
    const blank = file('blank.txt', ' \n\n\t\n');
    const r = await run(['analyze', '--format', 'jsonl', png, process.execPath, empty, blank, txt]);
    expect(r.code).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toEqual([
      `whosaid: cannot analyse ${png}: not a text or HTML file (binary data)`,
      `whosaid: cannot analyse ${process.execPath}: not a text or HTML file (binary data)`,
      `whosaid: cannot analyse ${empty}: the file is empty`,
      `whosaid: cannot analyse ${blank}: no text in it (only blank space)`,
    ]);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out).id).toBe('cli-article');
  });

  it('refuses binary data with no telling name, and an empty HTML file, in the table format too', async () => {
    const data = file('blob', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x63, 0x6f, 0x6c, 0x6f, 0x72, 0x73]));
    const page = file('page.html', '');
    const r = await run(['analyze', data, page]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`whosaid: cannot analyse ${data}: not a text or HTML file (binary data)\nwhosaid: cannot analyse ${page}: the file is empty\n`);
  });

  it('reads text in UTF-16 with a byte-order mark, and Windows-1252, as text', async () => {
    const body = 'Harbour council denies plan\n\n"There is no sale," council spokeswoman Mara Quill said.';
    const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const latin = file('latin.txt', Buffer.from(body.replace(/"/g, '\u0093').replace('sale,\u0093', 'sale,\u0094'), 'latin1'));
    const r = await run(['analyze', '--format', 'jsonl', utf16, latin]);
    expect(r.err).toBe('');
    const [a, b] = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(a.statements.map((s: { speaker: string }) => s.speaker)).toContain('Mara Quill');
    expect(b.statements.map((s: { text: string }) => s.text)).toEqual(a.statements.map((s: { text: string }) => s.text));
  });
});

describe('whosaid analyze on long input', () => {
  it('gives a news-sized article exactly what the engine gives it whole, in both formats', async () => {
    const text = (await import('node:fs')).readFileSync(txt, 'utf8');
    const whole = analyzeText(text);
    expect((await run(['analyze', '--format', 'jsonl', txt])).out).toBe(`${formatJsonl('cli-article', whole)}\n`);
    expect((await run(['analyze', txt])).out).toBe(`${formatTable('cli-article', whole)}\n`);
  });

  it('joins the actors of all parts: in parts, a text names the same speakers as whole', () => {
    const whole = analyzeText(longArticle(20_000));
    const ledger = new ActorLedger();
    let statements = 0;
    let parts = 0;
    for (const part of analyzeInParts(textBlocks([longArticle(20_000)]), ledger, 2_000)) {
      parts++;
      statements += part.statements.length;
      for (const s of part.statements) expect(s.speaker).toBe(ledger.name(s.actor));
    }
    expect(parts).toBeGreaterThan(5);
    expect(statements).toBe(whole.statements.length);
    expect(ledger.actors().map((a) => [a.name, a.kind, a.statementCount])).toEqual(whole.actors.map((a) => [a.name, a.kind, a.statements.length]));
  });

  it('draws a progress line on a terminal, erased at the end, and none on a pipe', async () => {
    const long = file('long.txt', longArticle(450_000));
    const tty = await run(['analyze', '--format', 'jsonl', long], true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(new RegExp(`^\\rwhosaid: analysing ${long.replace(/[.\\/]/g, '\\$&')}: \\d+%`));
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
    const piped = spawnSync(process.execPath, ['bin/whosaid.mjs', 'analyze', long], { cwd: repo, encoding: 'utf8' });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toContain('Mara Quill');
  }, 60_000);

  it('holds its memory whatever the size: 5 MB peaks little above 0.5 MB', () => {
    const peak = (path: string): number => {
      const script = `const { runProgram } = await import('./src/cli/main.ts'); await runProgram(['analyze', '--format', 'jsonl', ${JSON.stringify(path)}]); process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS);`;
      const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      expect(r.status).toBe(0);
      return Number(/maxRSS (\d+)/.exec(r.stderr)?.[1]) * 1024;
    };
    const small = longArticle(500_000);
    const large = longArticle(5_000_000);
    const growth = peak(file('large.txt', large)) - peak(file('small.txt', small));
    // All in memory, the peak grew by some 30 bytes per byte of text (150 MB here); in parts,
    // with the heap kept near what is alive, by a few MB whatever the size.
    expect(growth).toBeLessThan((large.length - small.length) * 4);
  }, 180_000);
});
