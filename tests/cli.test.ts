import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args';
import { main, type Io } from '../src/cli/main';
import { fileChunks } from '../src/cli/file-chunks';
import { formatTable } from '../src/cli/format';
import { analyzeText, fileId, toJsonRecord } from '../src/cli/analyze-file';
import type { Analysis } from '../src/engine/types';

const repo = fileURLToPath(new URL('..', import.meta.url));
const txt = fileURLToPath(new URL('./fixtures/cli-article.txt', import.meta.url));
const html = fileURLToPath(new URL('./fixtures/page-article.html', import.meta.url));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), openFile: fileChunks };
  const code = await main(argv, io);
  return { code, out, err };
}

function expectRecordShape(line: string, id: string): void {
  const rec = JSON.parse(line);
  expect(Object.keys(rec).sort()).toEqual(['actors', 'id', 'statements', 'title']);
  expect(rec.id).toBe(id);
  expect(rec.title).toBe('Harbour council denies plan to sell lighthouse');
  for (const s of rec.statements) expect(Object.keys(s).sort()).toEqual(['cue', 'form', 'mention', 'speaker', 'stance', 'text']);
  for (const a of rec.actors) expect(Object.keys(a).sort()).toEqual(['aliases', 'kind', 'name', 'role', 'stance']);
}

describe('whosaid analyze', () => {
  it('writes one jsonl record per file, for .txt and .html', async () => {
    const r = await run(['analyze', '--format', 'jsonl', txt, html]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expectRecordShape(lines[0] as string, 'cli-article');
    expectRecordShape(lines[1] as string, 'page-article');
  });

  it('names a missing file on stderr, still analyses the others, and exits 1', async () => {
    const r = await run(['analyze', '--format=jsonl', 'no/such/file.html', txt]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^whosaid: cannot read no\/such\/file\.html: /);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expectRecordShape(r.out, 'cli-article');
  });

  it('prints a table by default', async () => {
    const r = await run(['analyze', txt]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cli-article — Harbour council denies plan to sell lighthouse\n/);
  });

  it('gives usage and status 2 without files, and help with --help', async () => {
    const none = await run(['analyze']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('usage: whosaid analyze');
    expect((await run([])).code).toBe(2);
    expect((await run(['analyse', txt])).code).toBe(2);
    expect((await run(['analyze', '--format', 'xml', txt])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--format');
  });

  it('runs through the bin launcher', () => {
    const r = spawnSync(process.execPath, ['bin/whosaid.mjs', 'analyze', '--format', 'jsonl', html, 'missing.txt'], { cwd: repo, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('whosaid: cannot read missing.txt');
    expectRecordShape(r.stdout.trim(), 'page-article');
  });
});

describe('cli pieces', () => {
  it('parses arguments', () => {
    expect(parseArgs(['analyze', 'a.html', '--format', 'jsonl', 'b.txt'])).toEqual({ kind: 'analyze', format: 'jsonl', files: ['a.html', 'b.txt'] });
    expect(parseArgs(['analyze', '--', '--odd-name.txt'])).toEqual({ kind: 'analyze', format: 'table', files: ['--odd-name.txt'] });
    expect(parseArgs(['analyze', '--bogus', 'a.txt']).kind).toBe('error');
  });

  it('derives ids from file names', () => {
    expect(fileId('/x/y/pl__www.npr.org.html')).toBe('pl__www.npr.org');
    expect(fileId('story.txt')).toBe('story');
  });

  it('formats a table of actors by stance, then statements, truncating long text', () => {
    const analysis: Analysis = {
      title: 'Headline',
      actors: [
        { id: 0, name: 'Ada Lint', aliases: [], kind: 'person', role: 'engineer', stance: 'asserts', statements: [1] },
        { id: 1, name: 'The Council', aliases: [], kind: 'organization', role: '', stance: 'denies', statements: [0] },
      ],
      statements: [
        { id: 0, actor: 1, speaker: 'The Council', text: 'x'.repeat(200), content: { block: 1, start: 0, end: 200 }, cue: 'denied', cueSpan: null, mention: 'the council', mentionSpan: null, form: 'indirect', stance: 'denies', stanceWhy: [] },
        { id: 1, actor: 0, speaker: 'Ada Lint', text: 'It is safe', content: { block: 2, start: 1, end: 11 }, cue: 'said', cueSpan: null, mention: 'Ada Lint', mentionSpan: null, form: 'direct', stance: 'asserts', stanceWhy: [] },
      ],
    };
    const out = formatTable('id', analysis, 40).split('\n');
    expect(out[0]).toBe('id — Headline');
    const denies = out.findIndex((l) => /denies\s+The Council/.test(l));
    const asserts = out.findIndex((l) => /asserts\s+Ada Lint/.test(l));
    expect(denies).toBeGreaterThan(0);
    expect(asserts).toBeGreaterThan(denies);
    const long = out.find((l) => l.includes('xxx')) ?? '';
    expect(long.endsWith('…')).toBe(true);
    expect(long).toMatch(/The Council\s+denies\s+indirect\s+denied\s+x+…$/);
    expect(toJsonRecord('id', analysis).statements[1]).toEqual({ speaker: 'Ada Lint', text: 'It is safe', stance: 'asserts', form: 'direct', cue: 'said', mention: 'Ada Lint' });
  });

  it('analyses plain text through the engine', () => {
    expect(analyzeText('Headline here\n\nA paragraph.').title).toBe('Headline here');
  });
});
