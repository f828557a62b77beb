// Content script entry. Declared on the news list, registered for "always run"
// sites, or injected on demand; runs once per page however it arrived.
import './start-mark';
import { Controller } from './controller';

const FLAG = Symbol.for('whosaid.content');
const scope = globalThis as unknown as Record<symbol, unknown>;

if (!scope[FLAG] && window.top === window) {
  scope[FLAG] = true;
  try {
    new Controller().start().catch(() => {});
  } catch {
    // Never throw into the page.
  }
}
