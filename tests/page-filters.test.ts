// What the reader never reads: hidden markup, judged from the element's own attributes.
import { describe, expect, it } from 'vitest';
import { isSkipped, looksLikeFurniture, nameTokens, NO_ATTRS, type Attrs } from '../src/page/filters';

const withClass = (cls: string): Attrs => ({ ...NO_ATTRS, cls });

describe('isSkipped', () => {
  it('skips the class names CSS frameworks hide things with, in any position and case', () => {
    for (const cls of ['hidden', 'a hide b', 'Sr-Only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
      'screen-reader-only', 'screenreader-only', 'a11y-hidden', 'offscreen', 'off-screen', 'element-invisible',
      'invisible', 'sr-text', 'assistive-text', 'story\tis-hidden', 'u-hidden lead']) {
      expect(isSkipped('span', withClass(cls)), cls).toBe(true);
    }
  });

  it('reads class names that only contain those words', () => {
    for (const cls of ['hiddenx', 'not-hidden', 'hide-on-mobile', 'is-hidden-mobile', 'sr', 'visually', 'story-body', '']) {
      expect(isSkipped('span', withClass(cls)), cls).toBe(false);
    }
  });

  it('skips hidden, aria-hidden, display:none and editable elements, never-text tags and its own UI', () => {
    expect(isSkipped('div', { ...NO_ATTRS, hidden: '' })).toBe(true);
    expect(isSkipped('div', { ...NO_ATTRS, ariaHidden: 'true' })).toBe(true);
    expect(isSkipped('div', { ...NO_ATTRS, style: 'color: red; display: none' })).toBe(true);
    expect(isSkipped('div', { ...NO_ATTRS, editable: '' })).toBe(true);
    expect(isSkipped('div', { ...NO_ATTRS, editable: 'false' })).toBe(false);
    expect(isSkipped('script', NO_ATTRS)).toBe(true);
    expect(isSkipped('whosaid-ui', NO_ATTRS)).toBe(true);
    expect(isSkipped('p', NO_ATTRS)).toBe(false);
  });
});

describe('looksLikeFurniture', () => {
  it('judges class and id apart exactly as their words read together', () => {
    // What the rule says, on the words of "class id" read as one list.
    const together = (a: Attrs): boolean => {
      const toks = nameTokens(`${a.cls} ${a.id}`);
      return toks.some((t, i) => {
        const next = toks[i + 1];
        return /^(?:nav|menu|footer|comments?|related|promo|share|sidebar|ad|ads|newsletter|byline|tags)$/.test(t)
          || /promo|related|newsletter|sponsor|advert|outbrain|taboola|recirc|recommend|mostread|mostpopular|breadcrumb|cookie|paywall|subscribe/.test(t)
          || (t === 'more' && /^(?:on|from|in|stories|news|like|articles|coverage|headlines|videos|to)$/.test(next ?? ''))
          || (t === 'most' && /^(?:read|popular|viewed|shared|watched|commented)$/.test(next ?? ''))
          || ((t === 'site' || t === 'global' || t === 'page') && (next === 'header' || next === 'footer'));
      });
    };
    const words = ['story', 'body', 'more', 'on', 'most', 'read', 'site', 'header', 'articleBody', 'relatedLinks', 'x2',
      'nav', 'lead', 'footer', 'page', 'share-bar', 'main', 'storyMore', 'OnThis', ''];
    let judged = 0;
    for (const c1 of words) for (const c2 of words) for (const id of words) {
      const a: Attrs = { ...NO_ATTRS, cls: `${c1} ${c2}`.trim(), id };
      expect(looksLikeFurniture('div', a), JSON.stringify(a)).toBe(together(a));
      judged++;
    }
    expect(judged).toBe(words.length ** 3);
    expect(looksLikeFurniture('div', { ...NO_ATTRS, cls: 'story more', id: 'on-this-day' })).toBe(true);
    expect(looksLikeFurniture('aside', NO_ATTRS)).toBe(true);
  });
});
