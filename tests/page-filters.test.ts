// What the reader never reads: hidden markup, judged from the element's own attributes.
import { describe, expect, it } from 'vitest';
import { isLabelLine, isSkipped, looksLikeFurniture, nameTokens, NO_ATTRS, type Attrs } from '../src/page/filters';
import { randomStrings } from './random-strings';

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
    expect(isSkipped('div', { ...NO_ATTRS, style: 'Visibility:HIDDEN' })).toBe(true);
    expect(isSkipped('div', { ...NO_ATTRS, style: 'border: none; overflow: hidden' })).toBe(false);
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

describe('nameTokens', () => {
  // The splitting it replaced: camelCase apart, then runs of ASCII letters and digits, lower case.
  const reference = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

  it('splits class names and ids at case changes and at anything but ASCII letters and digits', () => {
    expect(nameTokens('storyBody__related-links_2x')).toEqual(['story', 'body', 'related', 'links', '2x']);
    expect(nameTokens('ABTest aBcD')).toEqual(['abtest', 'a', 'bc', 'd']);
    expect(nameTokens('')).toEqual([]);
  });

  it('agrees with the pattern-based split on random names', () => {
    for (const s of randomStrings('aZbY09_- \t.éÉ', 2000, 7)) expect(nameTokens(s), JSON.stringify(s)).toEqual(reference(s));
  });
});

describe('isLabelLine', () => {
  it('knows interface labels whatever their case and trailing punctuation', () => {
    for (const t of ['Advertisement', 'ADVERTISEMENT', 'Continue reading the main story', 'Read more »', 'Comments »',
      'Share this article:', 'Toggle caption', 'Supported by', '2:15', '1:02 / 4:30', 'Seascape: the state of our oceans is supported by',
      'Brought to you by:', 'In partnership with']) {
      expect(isLabelLine(t), t).toBe(true);
    }
  });

  it('reads writing that merely starts or ends like a label', () => {
    for (const t of ['Advertisement revenue fell sharply.', 'Share prices rose', 'He was supported by his party in the vote.',
      'The ministry said it would close the border.', 'Played 12:30 minutes', '']) {
      expect(isLabelLine(t), t).toBe(false);
    }
  });
});
