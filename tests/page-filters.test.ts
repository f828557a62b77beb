// What the reader never reads: hidden markup, judged from the element's own attributes.
import { describe, expect, it } from 'vitest';
import { isSkipped, NO_ATTRS, type Attrs } from '../src/page/filters';

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
