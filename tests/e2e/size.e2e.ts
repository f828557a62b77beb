// Size budget on the builds the e2e setup made (same bundles as the store builds):
// content script <= 40 KB gzipped, popup <= 30 KB gzipped. `npm run size` prints the figures.
import { describe, expect, it } from 'vitest';
import { BUDGET_KB, measureSizes } from '../../scripts/size';
import { distFor } from './support/env';

describe('size budget', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: content script and popup within budget`, () => {
      const s = measureSizes(distFor(browser));
      console.log(`[size] ${browser}: content script ${s.contentKb} KB, popup ${s.popupKb} KB gzipped`);
      expect(s.contentFiles.length).toBeGreaterThan(0);
      expect(s.popupFiles.length).toBeGreaterThan(0);
      expect(s.contentKb, 'content script KB gzipped').toBeLessThanOrEqual(BUDGET_KB.content);
      expect(s.popupKb, 'popup KB gzipped').toBeLessThanOrEqual(BUDGET_KB.popup);
    });
  }
});
