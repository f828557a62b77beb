// Content script entry. Declared on the news list, registered for "always run"
// sites, or injected on demand; runs once per page however it arrived.
import { CONTENT_FLAG, firstInTopFrame } from './marks';
import { Controller } from './controller';

if (firstInTopFrame()) {
  (globalThis as unknown as Record<symbol, unknown>)[CONTENT_FLAG] = true;
  try {
    new Controller().start().catch(() => {});
  } catch {
    // Never throw into the page.
  }
}
