// The Firefox build resolves 'webextension-polyfill' to this file (vite.config.ts). Firefox
// has the promise-based `browser` namespace itself, and the polyfill would hand back that same
// object; but its checks first read `chrome.runtime.id`, and Firefox then builds a second copy
// of the extension API (the `chrome` object) in every page the content script runs on.
// The namespace is looked up on first use, not when the module loads: a page's first use of it
// is when Firefox builds it, and the content script's first paint comes before that.
import type { Browser } from 'webextension-polyfill';

const native = new Proxy({} as Browser, {
  get: (_target, key) => (globalThis as unknown as { browser: Browser }).browser[key as keyof Browser],
});
export default native;
