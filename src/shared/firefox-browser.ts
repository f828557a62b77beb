// The Firefox build resolves 'webextension-polyfill' to this file (vite.config.ts). Firefox
// has the promise-based `browser` namespace itself, and the polyfill would hand back that same
// object; but its checks first read `chrome.runtime.id`, and Firefox then builds a second copy
// of the extension API (the `chrome` object) in every page the content script runs on.
import type { Browser } from 'webextension-polyfill';

const native = (globalThis as unknown as { browser: Browser }).browser;
export default native;
