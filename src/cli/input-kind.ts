// What a file given to the CLI holds: an HTML page, plain text, or nothing it can read.
// An image or a program decodes to characters too, and the engine would find "speakers" in
// them, so bytes that are no text are refused here, before any analysis.

export type InputKind = 'html' | 'text';

/** What a file's name says it holds; unknown extensions are sniffed for markup. */
export function inputKind(name: string, opening: string): InputKind {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return /^\s*</.test(opening) ? 'html' : 'text';
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Sniffed = { ok: true; encoding: TextEncoding } | { ok: false; problem: string };

/**
 * Share of control characters (other than tab, line breaks, form feed and escape) above which
 * bytes are data, not text. Text has next to none; a compressed or compiled file has one in
 * every few dozen bytes.
 */
const MAX_CONTROL_SHARE = 0.01;

/**
 * How to read a file, judged by its opening bytes (a zero byte there marks binary data, as
 * for git): empty, binary, or text in UTF-8, UTF-16 with its byte-order mark, else the older
 * single-byte Windows encoding.
 */
export function sniffText(opening: Uint8Array): Sniffed {
  if (opening.length === 0) return { ok: false, problem: 'the file is empty' };
  if (opening[0] === 0xff && opening[1] === 0xfe) return { ok: true, encoding: 'utf-16le' };
  if (opening[0] === 0xfe && opening[1] === 0xff) return { ok: true, encoding: 'utf-16be' };
  if (looksBinary(opening)) return { ok: false, problem: 'not a text or HTML file (binary data)' };
  try {
    // stream: a character cut in two at the end of the opening is no error.
    new TextDecoder('utf-8', { fatal: true }).decode(opening, { stream: true });
    return { ok: true, encoding: 'utf-8' };
  } catch {
    return { ok: true, encoding: 'windows-1252' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls > bytes.length * MAX_CONTROL_SHARE;
}

/** The text of a file read in pieces, decoded piece by piece (a character may span two). */
export function* decodePieces(chunks: Iterable<Uint8Array>, encoding: TextEncoding): Generator<string> {
  const decoder = new TextDecoder(encoding);
  for (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}
