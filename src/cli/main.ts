// `whosaid analyze FILE...`: reads each file, analyses it and prints the result. A file
// that cannot be read, or holds no text, is reported and skipped; the others are still analysed.
import { realpathSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { textBlocks } from '../page/text-blocks';
import { PART_CHARS } from './analyze-in-parts';
import { parseArgs, USAGE } from './args';
import { fileChunks } from './file-chunks';
import { decodePieces, inputKind, sniffText } from './input-kind';
import { progressLine } from './progress';
import { fileId } from './record';
import { writeJsonl, writeTable, type Source } from './write-file';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Opens a file (throwing if it cannot) and gives its bytes a piece at a time. */
  openFile: (path: string) => Iterable<Uint8Array>;
  /** Only a terminal gets the progress line of a long input; a pipe or a log file does not. */
  stderrIsTerminal?: boolean;
}

const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  openFile: fileChunks,
  stderrIsTerminal: process.stderr.isTTY === true,
};

/**
 * A paragraph longer than this is cut (at a line break if it has one): the longest real
 * paragraphs are a few thousand characters, and a text with no blank lines at all would
 * otherwise be one block the size of the file.
 */
const MAX_BLOCK_CHARS = 20_000;

/** Runs the CLI and returns its exit status: 0 ok, 1 some file failed, 2 usage error. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const cmd = parseArgs(argv);
  if (cmd.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (cmd.kind === 'error') {
    io.stderr(`whosaid: ${cmd.message}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  let first = true;
  for (const file of cmd.files) {
    const input = await readInput(io, file);
    if (!input.ok) {
      io.stderr(`whosaid: ${input.problem}\n`);
      status = 1;
      continue;
    }
    let written = false;
    const out = (s: string) => {
      written = true;
      io.stdout(s);
    };
    const progress = progressLine(io.stderr, file);
    try {
      const { source } = input;
      const update = io.stderrIsTerminal && source.chars > PART_CHARS ? progress.update : () => {};
      if (cmd.format === 'jsonl') writeJsonl(out, fileId(file), source, update);
      else {
        if (!first) io.stdout('\n');
        first = false;
        writeTable(out, fileId(file), source, update);
      }
    } catch (e) {
      if (written) io.stdout('\n');
      progress.done();
      io.stderr(`whosaid: cannot analyse ${file}: ${reason(e)}\n`);
      status = 1;
      continue;
    }
    progress.done();
  }
  return status;
}

/** How to read the file's text, or the one line saying why it has none. */
async function readInput(io: Io, file: string): Promise<{ ok: true; source: Source } | { ok: false; problem: string }> {
  let pieces: () => Iterable<string>;
  let opening: string;
  try {
    const chunks = io.openFile(file)[Symbol.iterator]();
    const first = chunks.next();
    chunks.return?.();
    const sniffed = sniffText(first.done ? new Uint8Array() : first.value);
    if (!sniffed.ok) return { ok: false, problem: `cannot analyse ${file}: ${sniffed.problem}` };
    pieces = () => decodePieces(io.openFile(file), sniffed.encoding);
    opening = first.done ? '' : new TextDecoder(sniffed.encoding).decode(first.value);
  } catch (e) {
    return { ok: false, problem: `cannot read ${file}: ${reason(e)}` };
  }
  try {
    const source = inputKind(file, opening) === 'html' ? await htmlSource([...pieces()].join('')) : textSource(pieces);
    return source ? { ok: true, source } : { ok: false, problem: `cannot analyse ${file}: no text in it (only blank space)` };
  } catch (e) {
    return { ok: false, problem: `cannot analyse ${file}: ${reason(e)}` };
  }
}

/** A page is read whole (the reader needs its DOM); the HTML reader is loaded only when one comes. */
async function htmlSource(html: string): Promise<Source | null> {
  if (!/\S/.test(html)) return null;
  const { readHtml } = await import('./analyze-file');
  const article = readHtml(html);
  return { blocks: () => article.blocks, chars: Math.max(1, article.blocks.reduce((n, b) => n + b.text.length, 0)), fallbackTitle: article.title };
}

/** Plain text is read again for each pass, a piece at a time; null when it has no paragraph. */
function textSource(pieces: () => Iterable<string>): Source | null {
  let chars = 0;
  for (const piece of pieces()) chars += piece.length;
  const probe = textBlocks(pieces(), MAX_BLOCK_CHARS);
  const empty = probe.next().done;
  probe.return(undefined);
  if (empty) return null;
  return { blocks: () => textBlocks(pieces(), MAX_BLOCK_CHARS), chars: Math.max(1, chars), fallbackTitle: '' };
}

function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    const messages: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory' };
    if (messages[e.code]) return messages[e.code] as string;
  }
  return e instanceof Error ? e.message : String(e);
}

/** True when this module is the program being run (tsx src/cli/main.ts), not an import. */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * The CLI as a program of its own. The engine makes a great deal of short-lived garbage, and
 * V8, finding it cheap to collect, lets the heap grow to several times what is alive before
 * collecting: on a long input that slack, not the analysis, was most of the memory. Asking V8
 * to favour size keeps the heap near what is alive, for a little more collecting time. Set
 * here, never in `main`, which tests and scripts call in their own processes.
 */
export async function runProgram(argv: string[]): Promise<void> {
  setFlagsFromString('--optimize-for-size');
  process.exitCode = await main(argv);
}

if (isEntry()) void runProgram(process.argv.slice(2));
