// Plain-text articles (the CLI's .txt input, the PolNeAR evaluation set): paragraphs are
// separated by blank lines, and a first line standing alone is the headline.
import type { TextBlock } from '../engine/types';
import { collapseWhitespace } from './text-builder';

export function textToBlocks(text: string): TextBlock[] {
  return [...textBlocks([text])];
}

/** A blank line: what separates paragraphs. */
const SEPARATOR = /\n[ \t\u00a0]*\n/g;

/**
 * The blocks of a text that comes in pieces (a file read a little at a time), one block at a
 * time, so a long text is never held whole. A paragraph longer than `maxBlockChars` (a file
 * with one paragraph a line and no blank lines between reads as one) is cut at its last line
 * break, else sentence end, else space within the limit: the engine's work on a block grows
 * with the block, so blocks need a size limit for memory to have one.
 */
export function* textBlocks(pieces: Iterable<string>, maxBlockChars = Infinity): Generator<TextBlock> {
  let n = 0;
  let carry = '';
  let start = true;
  const blocksOf = function* (chunk: string, cut: boolean): Generator<TextBlock> {
    const body = collapseWhitespace(chunk);
    if (!body) return;
    const kind = n === 0 && !cut && !chunk.trim().includes('\n') ? 'title' : 'paragraph';
    yield { id: `b${n++}`, kind, text: body };
  };
  for (const piece of pieces) {
    carry += start ? piece.replace(/^\uFEFF/, '') : piece;
    start = false;
    // A '\r' at the end may be the first half of a '\r\n' the next piece completes.
    const held = carry.endsWith('\r') ? 1 : 0;
    let text = carry.slice(0, carry.length - held).replace(/\r\n?/g, '\n');
    let from = 0;
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(text); m; m = SEPARATOR.exec(text)) {
      yield* blocksOf(text.slice(from, m.index), false);
      from = m.index + m[0].length;
    }
    text = text.slice(from);
    while (text.length > maxBlockChars) {
      const at = lastBreak(text.slice(0, maxBlockChars));
      yield* blocksOf(text.slice(0, at), true);
      text = text.slice(at);
    }
    carry = text + carry.slice(carry.length - held);
  }
  yield* blocksOf(carry.replace(/\r\n?/g, '\n'), false);
}

/** Where to cut a window: after its last line break, else sentence end, else space; else at its end. */
function lastBreak(window: string): number {
  const line = window.lastIndexOf('\n');
  if (line > 0) return line + 1;
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  if (sentence > 0) return sentence + 2;
  const space = window.lastIndexOf(' ');
  return space > 0 ? space + 1 : window.length;
}
