import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../src/page/text-blocks';

describe('textToBlocks', () => {
  it('takes a first line standing alone as the title and splits paragraphs on blank lines', () => {
    const blocks = textToBlocks('Council denies lighthouse sale\n\nFirst paragraph,\nwrapped over two lines.\n\n  \n"Second," she said.\n');
    expect(blocks).toEqual([
      { id: 'b0', kind: 'title', text: 'Council denies lighthouse sale' },
      { id: 'b1', kind: 'paragraph', text: 'First paragraph, wrapped over two lines.' },
      { id: 'b2', kind: 'paragraph', text: '"Second," she said.' },
    ]);
  });

  it('does not call a multi-line first paragraph a title', () => {
    expect(textToBlocks('One line\nand another\n\nNext.').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('handles CRLF, a byte-order mark and empty input', () => {
    expect(textToBlocks('\uFEFFHead\r\n\r\nBody text.\r\n').map((b) => [b.kind, b.text])).toEqual([['title', 'Head'], ['paragraph', 'Body text.']]);
    expect(textToBlocks('')).toEqual([]);
    expect(textToBlocks('\n\n \n')).toEqual([]);
  });
});
