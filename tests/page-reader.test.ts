import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/page/read-article';
import { collapseWhitespace } from '../src/page/text-builder';
import { dom, expectPiecesMapExactly, fixture } from './page-helpers';

const texts = (html: string) => readArticle(dom(html)).blocks.map((b) => b.text);
const allText = (html: string) => texts(html).join('\n');

describe('readArticle on a typical news page', () => {
  const article = readArticle(dom(fixture('page-article.html')));
  const joined = article.blocks.map((b) => b.text).join('\n');
  const kindOf = (needle: string) => article.blocks.find((b) => b.text.includes(needle))?.kind;

  it('finds the headline as the first block, with whitespace collapsed', () => {
    expect(article.title).toBe('Harbour council denies plan to sell lighthouse');
    expect(article.blocks[0]).toMatchObject({ id: 'b0', kind: 'title', text: article.title });
    expect(article.hasArticle).toBe(true);
  });

  it('keeps the standfirst, body, blockquote, list items and caption', () => {
    expect(kindOf('entirely false')).toBe('paragraph');
    expect(kindOf('never been a sale')).toBe('paragraph');
    expect(kindOf('belongs to the people of Saltmere')).toBe('blockquote');
    expect(kindOf('coastal path would be closed')).toBe('list-item');
    expect(kindOf('must stay public')).toBe('caption');
    expect(joined).toContain('next meeting in March');
  });

  it('keeps reading order and numbers blocks', () => {
    const order = ['entirely false', 'must stay public', 'denied that it plans', 'never been a sale', 'no further plans', 'next meeting in March'];
    const at = order.map((s) => article.blocks.findIndex((b) => b.text.includes(s)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    article.blocks.forEach((b, i) => expect(b.id).toBe(`b${i}`));
  });

  it.each([
    ['navigation', 'Weather'],
    ['site header', 'The Gull Gazette'],
    ['footer', 'All rights reserved'],
    ['related stories', 'Ferry timetable'],
    ['most read', 'Seal pup rescued'],
    ['comments', 'Keep the lighthouse public'],
    ['share bar', 'Share on Chirp'],
    ['cookie banner', 'cookies'],
    ['newsletter prompt', 'morning newsletter'],
    ['hidden attribute', 'hidden and a reader never sees'],
    ['display:none', 'not displayed either'],
    ['aria-hidden', 'Decorative text'],
    ['template', 'Template content'],
    ['noscript', 'enable JavaScript'],
    ['script', 'tracking'],
    ['form controls', 'Subscribe'],
  ])('leaves out the %s', (_what, needle) => {
    expect(joined).not.toContain(needle);
  });

  it('maps every block character back to the DOM text it came from', () => {
    expectPiecesMapExactly(article);
  });
});

describe('page layouts', () => {
  it('splits <div>/<td> text on <br> line breaks and finds a headline without <h1>', () => {
    const article = readArticle(dom(fixture('page-divbr.html')));
    expect(article.title).toBe('Rain stops play at the county ground');
    expect(article.hasArticle).toBe(true);
    const body = article.blocks.slice(1).map((b) => b.text);
    expect(body).toHaveLength(4);
    expect(body[1]).toMatch(/^"We had no choice.*covers had been on since nine\.$/);
    expect(body[3]).toMatch(/^Play is due to resume/);
    const joined = body.join('\n');
    expect(joined).not.toContain('Fixtures');
    expect(joined).not.toContain('reproduction forbidden');
    expectPiecesMapExactly(article);
  });

  it('keeps a single <br> inside a paragraph as a space', () => {
    const html = `<article><h1>Poet reads at the library tonight</h1><p>"The sea keeps its own counsel,<br>and so do I," the poet said, reading from her new collection at the library on Friday night.</p>
      <p>The reading was the first of six events planned for the autumn season, organisers said, and tickets were free for residents.</p></article>`;
    const article = readArticle(dom(html));
    expect(article.blocks[1]?.text).toBe('"The sea keeps its own counsel, and so do I," the poet said, reading from her new collection at the library on Friday night.');
    expectPiecesMapExactly(article);
  });

  it('reports no article on a search page', () => {
    const article = readArticle(dom(fixture('page-noarticle.html')));
    expect(article.hasArticle).toBe(false);
    expect(article.blocks.map((b) => b.text).join(' ')).not.toContain('Privacy');
  });

  it('reports no article on an empty page and never throws', () => {
    expect(readArticle(dom('')).hasArticle).toBe(false);
    expect(readArticle(dom('<html><body></body></html>'))).toMatchObject({ blocks: [], hasArticle: false });
    const broken = { get body(): never { throw new Error('boom'); } } as unknown as Document;
    expect(readArticle(broken)).toEqual({ title: '', blocks: [], pieces: [], hasArticle: false });
  });

  it('cleans the site name off a metadata title', () => {
    const html = `<html><head><title>Bridge to reopen after repairs, engineers say | The Valley Echo</title></head><body><div>
      <p>The old river bridge will reopen to traffic on Monday after three months of repairs, the county engineers said on Friday, ahead of schedule.</p>
      <p>"The bridge is safe and it is ready," chief engineer Ada Lint said, thanking residents for their patience during the long closure.</p></div></body></html>`;
    const article = readArticle(dom(html));
    expect(article.title).toBe('Bridge to reopen after repairs, engineers say');
    expect(article.blocks[0]).toMatchObject({ kind: 'title', text: article.title });
    expect(article.pieces[0]).toEqual([]);
  });

  it('reads only inside options.root when given', () => {
    const document = dom(fixture('page-article.html'));
    const root = document.querySelector('.story-body') as Element;
    const article = readArticle(document, { root });
    const joined = article.blocks.map((b) => b.text).join('\n');
    expect(joined).toContain('never been a sale');
    expect(joined).not.toContain('entirely false');
  });

  it('reads same-origin iframe documents', () => {
    const outer = dom('<html><body><h1>Frame test headline for the reader</h1><iframe id="f"></iframe></body></html>');
    const inner = dom(`<html><body>${'<p>Framed article paragraph with enough words to count, as the reader expects prose to have.</p>'.repeat(5)}</body></html>`);
    Object.defineProperty(outer.getElementById('f') as Element, 'contentDocument', { value: inner });
    const article = readArticle(outer);
    expect(article.blocks.filter((b) => b.text.startsWith('Framed article'))).toHaveLength(5);
  });

  it('skips cross-origin iframes that throw on access', () => {
    const outer = dom('<html><body><iframe id="f"></iframe><article><p>A paragraph that is long enough to be scored as article prose, with commas, and more.</p></article></body></html>');
    Object.defineProperty(outer.getElementById('f') as Element, 'contentDocument', { get() { throw new Error('SecurityError'); } });
    expect(readArticle(outer).blocks.some((b) => b.text.startsWith('A paragraph'))).toBe(true);
  });

  it('leaves out contenteditable regions', () => {
    const text = allText(`<article><h1>Editable test page headline here</h1><p>The real paragraph of the article is here, and it is long enough to score, the reader says.</p>
      <div contenteditable="true"><p>A draft the user is typing into a text box, which is not part of the article at all.</p></div></article>`);
    expect(text).toContain('real paragraph');
    expect(text).not.toContain('draft the user');
  });
});

describe('whitespace', () => {
  const html = `<article><h1>  Spaces\n\t test  </h1>
    <p id="p">  Leading   and\n\n trailing&nbsp;&nbsp;space, <b> bold </b><i>italic</i>  and a soft&shy;hyphen, zero&#8203;width, tabs\t\there.  </p>
    <p>Another paragraph that is long enough to count as prose in the article, with a comma, and a period.</p></article>`;
  const document = dom(html);
  const article = readArticle(document);

  it('collapses whitespace the way a reader sees it', () => {
    const p = article.blocks.find((b) => b.text.startsWith('Leading'));
    expect(p?.text).toBe('Leading and trailing space, bold italic and a softhyphen, zerowidth, tabs here.');
    expect(p?.text).toBe(collapseWhitespace(document.getElementById('p')?.textContent ?? ''));
    expect(article.title).toBe('Spaces test');
  });

  it('maps collapsed text back to exact node offsets', () => {
    expectPiecesMapExactly(article);
  });
});

describe('scale', () => {
  it('survives a DOM nested 5,000 levels deep', () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep paragraph, nested far down, still readable by the reader, with commas, and words.</p>${'</div>'.repeat(depth)}</body></html>`;
    const article = readArticle(dom(html));
    expect(article.blocks.some((b) => b.text.startsWith('Deep paragraph'))).toBe(true);
  });

  it('survives 5,000 nested levels that each hold a paragraph', () => {
    const html = `<html><body>${'<div><p>Level paragraph text, with commas, and enough words to be prose.</p>'.repeat(5000)}${'</div>'.repeat(5000)}</body></html>`;
    const article = readArticle(dom(html));
    expect(article.blocks.filter((b) => b.text.startsWith('Level paragraph')).length).toBeGreaterThan(1000);
  });

  it('reads 50,000 paragraphs in linear time', () => {
    const para = (i: number) => `<p>Paragraph number ${i} of a very long article, which keeps going, and going, for a while.</p>`;
    const html = `<html><body><article><h1>A very long article indeed</h1>${Array.from({ length: 50_000 }, (_, i) => para(i)).join('')}</article></body></html>`;
    const document = dom(html);
    const t0 = performance.now();
    const article = readArticle(document);
    const ms = performance.now() - t0;
    expect(article.blocks).toHaveLength(50_001);
    expect(article.hasArticle).toBe(true);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('the extension on the page', () => {
  it('never reads its own interface elements', () => {
    const text = allText(`<html><body><article><h1>Own interface test headline</h1><p>The article paragraph is long enough to be read as prose, with commas, and clauses.</p>
      <whosaid-ui><div>Mara Quill denies: "There is no sale"</div></whosaid-ui></article></body></html>`);
    expect(text).toContain('article paragraph');
    expect(text).not.toContain('denies:');
  });
});

describe('finding the body among page furniture', () => {
  const prose = (label: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${label} ${i}, which goes on for a while, with commas, and clauses, until it is long enough to be prose.</p>`).join('');
  const bodyOf = (html: string) => readArticle(dom(html)).blocks.slice(1).map((b) => b.text.replace(/ \d+,.*$/, ''));

  it('joins a body split into sections around ads and related links', () => {
    const html = `<html><body><div class="page"><h1>Sectioned story headline here</h1>
      <div class="body-part">${prose('First part', 3)}</div><div class="ad-slot">Advertisement</div>
      <div class="body-part">${prose('Second part', 3)}</div><div class="related-box"><a href="/r">Related one</a> <a href="/r2">Related two</a></div>
      <div class="body-part">${prose('Third part', 1)}</div></div></body></html>`;
    expect(bodyOf(html)).toEqual([...Array(3).fill('First part'), ...Array(3).fill('Second part'), 'Third part']);
  });

  it('prefers a short article to a longer comment thread', () => {
    const comments = Array.from({ length: 30 }, (_, i) => `<li class="comment"><article class="comment-body"><div class="comment-content">${prose(`Comment ${i}`, 2)}</div></article></li>`).join('');
    const html = `<html><body><div id="wrap"><article><h1>Story with a long comment thread</h1><div class="entry-content">${prose('Story', 4)}</div></article>
      <div id="comments" class="comments-area"><ol class="comment-list">${comments}</ol></div></div></body></html>`;
    expect(bodyOf(html)).toEqual(Array(4).fill('Story'));
  });

  it('prefers a short article to a longer list of story teasers', () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3><a href="/x${i}">Teaser headline ${i}</a></h3>${prose(`Teaser ${i}`, 1)}</div>`).join('');
    const html = `<html><body><h1>Short story with a big teaser section</h1><div class="story">${prose('Story', 3)}</div><section class="x">${cards}</section></body></html>`;
    expect(bodyOf(html)).toEqual(Array(3).fill('Story'));
  });

  it('takes headline, standfirst and picture caption from the article around the body', () => {
    const html = `<html><body><div class="layout"><div class="col-main"><article class="story"><header><h1>Nested article headline with standfirst</h1>
      <p class="dek">The standfirst sentence, said someone, in summary.</p></header>
      <figure><img src="x.jpg"><figcaption>Caption text, a photographer said.</figcaption></figure><div class="story-body">${prose('Body', 5)}</div></article></div>
      <div class="col-side"><div class="widget">${prose('Widget text', 2)}</div></div></div></body></html>`;
    const article = readArticle(dom(html));
    expect(article.title).toBe('Nested article headline with standfirst');
    expect(article.blocks.slice(1, 3).map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The standfirst sentence, said someone, in summary.'],
      ['caption', 'Caption text, a photographer said.'],
    ]);
    expect(bodyOf(html).slice(2)).toEqual(Array(5).fill('Body'));
  });
});

describe('pages that are not articles', () => {
  it('reports no article on a front page of story teasers', () => {
    const cards = Array.from({ length: 15 }, (_, i) =>
      `<div class="card"><h3><a href="/s${i}">Headline of story ${i} on the front page</a></h3><p>Summary of story ${i}, which tells a little, with commas, and enough words to read as prose.</p></div>`).join('');
    const article = readArticle(dom(`<html><head><title>The Gull Gazette - News</title></head><body><h1>The Gull Gazette</h1><main>${cards}</main></body></html>`));
    expect(article.hasArticle).toBe(false);
  });
});
