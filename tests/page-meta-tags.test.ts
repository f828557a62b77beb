// The page's meta tags are read from the document's own list of them, never with a selector
// that would test every element of the page; and they give what the selectors gave.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstMetaTag, metaTags, type MetaKey } from '../src/page/meta-tags';
import { metaTitle } from '../src/page/title';
import { publishedDate } from '../src/content/links';

const page = (head: string, body = '<p>Text.</p>') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

/** The document with every selector query refused: the readers must not scan the page. */
function withoutSelectors(doc: Document): Document {
  const refuse = () => {
    throw new Error('selector query');
  };
  for (const name of ['querySelector', 'querySelectorAll'] as const) {
    Object.defineProperty(doc, name, { value: refuse, configurable: true });
    Object.defineProperty(doc.documentElement, name, { value: refuse, configurable: true });
  }
  return doc;
}

const selectorOf = ([attribute, value]: MetaKey) => `meta[${attribute}="${value}"]`;

describe('meta tags', () => {
  const doc = page(
    '<meta name="og:title" content="wrong attribute"><meta property="og:title" content="  The  headline "><meta property="og:title" content="second">' +
      '<meta itemprop="datePublished" content="2026-01-02"><meta name="date" content="2026-01-01">',
    '<meta name="twitter:title" content="in the body">',
  );

  it('finds for each key the tag the selector for that key alone finds', () => {
    const keys: MetaKey[] = [['property', 'og:title'], ['name', 'og:title'], ['name', 'twitter:title'], ['property', 'twitter:title'], ['name', 'date']];
    expect(metaTags(doc, keys)).toEqual(keys.map((k) => doc.querySelector(selectorOf(k))));
  });

  it('finds the first tag any key names, as a selector list does', () => {
    const keys: MetaKey[] = [['name', 'date'], ['itemprop', 'datePublished']];
    expect(firstMetaTag(doc, keys)).toBe(doc.querySelector(keys.map(selectorOf).join(', ')));
    expect(firstMetaTag(doc, [['name', 'nothing']])).toBeNull();
  });

  it('reads the title and the publication date without a selector query', () => {
    expect(metaTitle(withoutSelectors(page('<meta property="og:title" content="Big news on the river | Site"><title>Other</title>')))).toBe('Big news on the river');
    expect(publishedDate(withoutSelectors(page('<meta name="dc.date" content="2026-03-06T09:00:00Z">')))).toBe('2026-03-06T09:00:00Z');
    expect(publishedDate(withoutSelectors(page('', '<article><time datetime="2026-04-01">April</time></article>')))).toBe('2026-04-01');
    expect(publishedDate(withoutSelectors(page('')))).toBe('');
  });
});
