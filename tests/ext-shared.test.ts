import { vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { describe, expect, it } from 'vitest';
import { httpOrigin, matchesPattern, originPattern, patternHost } from '../src/shared/sites';
import { normalizeSettings, DEFAULT_SETTINGS } from '../src/shared/settings';
import { STANCES, STANCE_GROUP } from '../src/shared/stances';

describe('match patterns', () => {
  it('matches subdomains and the bare domain for *.host', () => {
    expect(matchesPattern('https://*.nytimes.com/*', 'https://www.nytimes.com/2024/x.html')).toBe(true);
    expect(matchesPattern('https://*.nytimes.com/*', 'https://nytimes.com/')).toBe(true);
    expect(matchesPattern('https://*.nytimes.com/*', 'https://evilnytimes.com/')).toBe(false);
    expect(matchesPattern('https://*.nytimes.com/*', 'http://www.nytimes.com/')).toBe(false);
  });

  it('ignores ports for a host without one', () => {
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:4321/a.html')).toBe(true);
    expect(matchesPattern('http://127.0.0.1/*', 'http://localhost:4321/a.html')).toBe(false);
  });

  it('handles origins and display hosts', () => {
    expect(httpOrigin('https://example.com/a?b')).toBe('https://example.com');
    expect(httpOrigin('chrome://extensions')).toBeNull();
    expect(httpOrigin('not a url')).toBeNull();
    expect(originPattern('https://example.com')).toBe('https://example.com/*');
    expect(originPattern('http://localhost:8080')).toBe('http://localhost/*');
    expect(patternHost('https://*.bbc.co.uk/*')).toBe('bbc.co.uk');
    expect(patternHost('https://news.sky.com/*')).toBe('news.sky.com');
  });
});

describe('settings', () => {
  it('fills gaps with defaults and ignores junk', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({ highlights: false, stances: { denies: false, asserts: 'no' } });
    expect(s.highlights).toBe(false);
    expect(s.stances).toEqual({ denies: false, declines: true, confirms: true, asserts: true });
  });
});

describe('stances', () => {
  it('orders the popup groups Denies, Declines, Confirms, Says', () => {
    expect(STANCES.map((s) => STANCE_GROUP[s])).toEqual(['Denies', 'Declines to confirm', 'Confirms', 'Says']);
  });
});
