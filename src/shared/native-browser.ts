// Both builds resolve 'webextension-polyfill' to this file (vite.config.ts). The browsers WhoSaid
// supports have the promise-based `browser` namespace themselves (Firefox always, Chrome from
// 148, the manifest's minimum_chrome_version), and there the polyfill hands back that very
// object; but it would still ship ~3 KB of wrappers in every bundle, and its start-up check reads
// `chrome.runtime.id`, which in Firefox builds a second copy of the extension API in every page.
// The namespace is looked up on first use, not when the module loads: a page's first use of it
// is when the browser sets it up for that page, and the content script's first paint comes
// before that.
import type { Browser } from 'webextension-polyfill';

const native = new Proxy({} as Browser, {
  get: (_target, key) => (globalThis as unknown as { browser: Browser }).browser[key as keyof Browser],
});
export default native;
