// The first paint of a long article covers its opening: a reader starts at the top, and the
// analysis of the whole article (tens of milliseconds on a long read) follows right after.
import type { TextBlock } from '../engine/types';

/** About the article text a 1280×860 window shows under a headline and a picture. */
export const FIRST_SCREEN_CHARS = 1500;

/**
 * Below this much text (about 1,300 words: a long read, not a news story) the whole article is
 * analysed about as quickly as its opening, and one paint serves better than two.
 */
const WORTH_IT_CHARS = 5 * FIRST_SCREEN_CHARS;

/** How many opening blocks hold FIRST_SCREEN_CHARS of text; 0 for an article too short to split. */
export function openingBlocks(blocks: readonly TextBlock[]): number {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  if (total < WORTH_IT_CHARS) return 0;
  let chars = 0;
  for (let i = 0; i < blocks.length; i++) {
    chars += (blocks[i] as TextBlock).text.length;
    if (chars >= FIRST_SCREEN_CHARS) return i + 1 < blocks.length ? i + 1 : 0;
  }
  return 0;
}
