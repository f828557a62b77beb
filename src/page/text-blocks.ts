// Plain-text articles (the CLI's .txt input, the PolNeAR evaluation set): paragraphs are
// separated by blank lines, and a first line standing alone is the headline.
import type { TextBlock } from '../engine/types';
import { collapseWhitespace } from './text-builder';

export function textToBlocks(text: string): TextBlock[] {
  const chunks = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/);
  const blocks: TextBlock[] = [];
  for (const chunk of chunks) {
    const body = collapseWhitespace(chunk);
    if (!body) continue;
    const isFirst = blocks.length === 0;
    const kind = isFirst && !chunk.trim().includes('\n') ? 'title' : 'paragraph';
    blocks.push({ id: `b${blocks.length}`, kind, text: body });
  }
  return blocks;
}
