// spanToRange needs live DOM ranges, which linkedom lacks: these run on happy-dom.
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../src/page/read-article';
import { spanToRange } from '../src/page/ranges';
import { dom, expectPiecesMapExactly, fixture } from './page-helpers';

const windows: Window[] = [];
function browserDocument(html: string): Document {
  const w = new Window({ url: 'https://news.example/story' });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

const collapse = (s: string) => s.replace(/\s+/g, ' ');

describe('spanToRange', () => {
  const doc = browserDocument(fixture('page-article.html'));
  const article = readArticle(doc);
  const spanOf = (needle: string) => {
    const block = article.blocks.findIndex((b) => b.text.includes(needle));
    const start = (article.blocks[block]?.text ?? '').indexOf(needle);
    return { block, start, end: start + needle.length };
  };

  it('reads the same article as linkedom does', () => {
    const viaLinkedom = readArticle(dom(fixture('page-article.html')));
    expect(article.blocks).toEqual(viaLinkedom.blocks);
    expectPiecesMapExactly(article);
  });

  it('returns a range over exactly the span text', () => {
    for (const needle of ['There is no sale', 'Mara Quill', 'hotel group had made an offer', 'must stay public']) {
      const range = spanToRange(article, spanOf(needle), doc);
      expect(range?.toString()).toBe(needle);
    }
  });

  it('spans across element boundaries and collapsed whitespace', () => {
    const range = spanToRange(article, spanOf('council denies plan'), doc);
    expect(collapse(range?.toString() ?? '')).toBe('council denies plan');
    const whole = spanToRange(article, { block: 0, start: 0, end: article.blocks[0]?.text.length ?? 0 }, doc);
    expect(collapse(whole?.toString() ?? '')).toBe(article.title);
  });

  it('maps every whole block back to its own text', () => {
    article.blocks.forEach((b, block) => {
      const range = spanToRange(article, { block, start: 0, end: b.text.length }, doc);
      expect(collapse(range?.toString() ?? '').trim()).toBe(b.text);
    });
  });

  it('returns null for spans it cannot place', () => {
    expect(spanToRange(article, { block: 999, start: 0, end: 1 }, doc)).toBeNull();
    expect(spanToRange(article, { block: 1, start: 5, end: 5 }, doc)).toBeNull();
    expect(spanToRange(article, { block: 1, start: -1, end: 3 }, doc)).toBeNull();
    expect(spanToRange(article, { block: 1, start: 0, end: 10_000 }, doc)).toBeNull();
  });

  it('returns null for a title that came from metadata', () => {
    const d = browserDocument('<html><head><title>Metadata headline about the harbour - Gazette</title></head><body><div><p>Body text long enough to count as prose, with a comma, and another comma, to be sure.</p></div></body></html>');
    const a = readArticle(d);
    expect(a.blocks[0]?.kind).toBe('title');
    expect(spanToRange(a, { block: 0, start: 0, end: 4 }, d)).toBeNull();
  });

  it('returns null instead of throwing on DOMs without live ranges', () => {
    const d = dom(fixture('page-article.html'));
    const a = readArticle(d);
    expect(() => spanToRange(a, { block: 1, start: 0, end: 4 }, d)).not.toThrow();
  });

  it('handles spans that start or end on a <br> line break', () => {
    const d = browserDocument('<html><body><article><h1>Line break headline test</h1><p>First line of the poem,<br>second line of the poem, the poet said at the library reading on Friday.</p></article></body></html>');
    const a = readArticle(d);
    const block = a.blocks.findIndex((b) => b.text.startsWith('First line'));
    const text = a.blocks[block]?.text ?? '';
    const gap = text.indexOf(',') + 1; // the inserted space
    expect(spanToRange(a, { block, start: 0, end: gap + 1 }, d)?.toString()).toBe('First line of the poem,');
    expect(spanToRange(a, { block, start: gap, end: gap + 7 }, d)?.toString()).toBe('second');
  });
});

describe('shadow DOM', () => {
  it('reads text inside open shadow roots', () => {
    const doc = browserDocument('<html><body><h1>Shadow headline for the reader test</h1><news-story id="host"></news-story></body></html>');
    const host = doc.getElementById('host') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<article><p>A paragraph inside a shadow root, long enough to count, with commas, and clauses.</p><p>A second shadow paragraph, which the reader should also find, and keep in order.</p></article>';
    const a = readArticle(doc);
    expect(a.blocks.map((b) => b.text)).toEqual([
      'Shadow headline for the reader test',
      'A paragraph inside a shadow root, long enough to count, with commas, and clauses.',
      'A second shadow paragraph, which the reader should also find, and keep in order.',
    ]);
    const range = spanToRange(a, { block: 1, start: 2, end: 11 }, doc);
    expect(range?.toString()).toBe('paragraph');
  });
});
