// The text builder takes runs of words and single spaces whole, whatever white space and
// invisible characters surround them. It must give the reader's text, pieces that point at the
// very characters they stand for, and the count of visible characters.
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, TextBuilder } from '../src/page/text-builder';
import { randomStrings, seededRandom } from './random-strings';

type FakeText = Text & { data: string };
const textNode = (data: string): FakeText => ({ data }) as FakeText;

const PARTS = ['word', 'Said', '“quoted”', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '\ufeff', '\u3000', 'é', '.'];

/** Characters a reader sees: neither white space nor invisible. */
const visibleIn = (s: string): number => s.replace(/[\s\u00ad\u200b\ufeff]/g, '').length;

function build(datas: string[], breakAfter: Set<number> = new Set()): { builder: TextBuilder; nodes: FakeText[]; visible: number[] } {
  const builder = new TextBuilder();
  const nodes = datas.map(textNode);
  const visible = nodes.map((n, i) => {
    const count = builder.addNode(n);
    if (breakAfter.has(i)) builder.addBreak();
    return count;
  });
  return { builder, nodes, visible };
}

describe('TextBuilder', () => {
  it('keeps a plain text node as one piece', () => {
    const { builder, nodes } = build([' The minister said it was false. ']);
    expect(builder.text).toBe('The minister said it was false.');
    expect(builder.pieces).toEqual([{ node: nodes[0], blockStart: 0, nodeStart: 1, length: 31 }]);
  });

  it('joins plain and spaced nodes with one space that points at a real one', () => {
    const { builder, nodes } = build(['Nozari ', 'denied', '  it\n  flatly ']);
    expect(builder.text).toBe('Nozari denied it flatly');
    const space = builder.pieces.find((p) => p.blockStart <= 6 && 6 < p.blockStart + p.length);
    expect(space?.node).toBe(nodes[0]);
    expect(nodes[0]!.data[space!.nodeStart + 6 - space!.blockStart]).toBe(' ');
  });

  it('gives the reader\'s text and faithful pieces for any mix of nodes', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 400; round++) {
      const datas: string[] = [];
      const count = 1 + Math.floor(next() * 5);
      for (let i = 0; i < count; i++) {
        let s = '';
        const len = Math.floor(next() * 7);
        for (let j = 0; j < len; j++) s += PARTS[Math.floor(next() * PARTS.length)];
        datas.push(s);
      }
      const { builder, nodes, visible } = build(datas);
      expect(builder.text).toBe(collapseWhitespace(datas.join('')));
      expect(visible).toEqual(datas.map(visibleIn));
      let covered = 0;
      for (const p of builder.pieces) {
        expect(p.blockStart).toBe(covered);
        const from = p.node.data.slice(p.nodeStart, p.nodeStart + p.length);
        const expected = builder.text.slice(p.blockStart, p.blockStart + p.length);
        expect(from.replace(/[\s\u00a0]/g, ' ')).toBe(expected);
        expect(nodes).toContain(p.node);
        covered += p.length;
      }
      expect(covered).toBe(builder.text.length);
    }
  });
});

describe('collapseWhitespace', () => {
  // What it replaced: invisible characters dropped, white space runs made one space, ends trimmed.
  const reference = (s: string) => s.replace(/[\u00ad\u200b\ufeff]+/g, '').replace(/[\t\n\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ').trim();

  it('agrees with the pattern-based version on random strings', () => {
    for (const s of randomStrings('ab. \t\n\u00a0\u00ad\u200b\ufeff\u2009\u3000\u000b', 3000, 5)) {
      expect(collapseWhitespace(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
