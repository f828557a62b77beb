// Shared by the page-reader tests: parse HTML the way the CLI does, and check the
// block-to-DOM map that the extension relies on for highlighting.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { ArticleText } from '../src/page/read-article';

export function dom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const SPACE = /[\t\n\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/** Every piece maps block characters one-to-one onto node characters (spaces may be any space). */
export function expectPiecesMapExactly(article: ArticleText): void {
  expect(article.pieces.length).toBe(article.blocks.length);
  article.blocks.forEach((block, i) => {
    const pieces = article.pieces[i] ?? [];
    let covered = 0;
    let last = -1;
    for (const p of pieces) {
      expect(p.blockStart).toBeGreaterThan(last);
      const fromNode = p.node.data.slice(p.nodeStart, p.nodeStart + p.length).replace(SPACE, ' ');
      expect(fromNode).toBe(block.text.slice(p.blockStart, p.blockStart + p.length));
      covered += p.length;
      last = p.blockStart + p.length - 1;
    }
    // Only spaces the reader inserted for <br> line breaks have no source character.
    if (pieces.length > 0) {
      const gaps = block.text.length - covered;
      expect(gaps).toBeGreaterThanOrEqual(0);
      expect(gaps).toBeLessThanOrEqual((block.text.match(/ /g) ?? []).length);
    }
  });
}
