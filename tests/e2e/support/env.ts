// Where the e2e suite finds its browsers, corpus and output, and whether it can run.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The corpus pages (shared/ sits beside the repository; WHOSAID_SHARED overrides). */
export const SHARED = resolve(process.env.WHOSAID_SHARED ?? join(ROOT, '..', 'shared'));
export const PAGES = join(SHARED, 'corpus', 'pages');
export const SEED = 'seed__russia-iran.html';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const SCREENSHOTS = join(ROOT, 'out', 'screenshots');

/** The e2e build adds this origin to the declared content scripts (any port). */
export const TEST_ORIGINS = 'http://127.0.0.1/*';
/**
 * And grants this host without declaring content scripts on it: WhoSaid does not
 * run there by itself, but "Analyse now" can inject, as the toolbar click's
 * activeTab grant allows for a user (a grant automation cannot give).
 */
export const TEST_GRANTS = 'http://localhost/*';
export const distFor = (browser: 'chrome' | 'firefox') => join(ROOT, 'dist', `e2e-${browser}`);

/** The Firefox add-on id (manifest) and the fixed UUID its moz-extension:// pages get. */
export const GECKO_ID = 'whosaid@whosaid';
export const FIREFOX_UUID = '6d1f3c52-8a3b-4c9e-9f1a-2b7e5d4c3a10';

/** Why a browser's suite cannot run here, or null when it can. */
export function missing(binary: string): string | null {
  if (!existsSync(join(PAGES, SEED))) return `corpus not found at ${PAGES} (set WHOSAID_SHARED)`;
  if (!existsSync(binary)) return `browser not installed at ${binary}`;
  return null;
}

export function skipNote(name: string, why: string): void {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  // On CI a missing browser is a failure of the setup, not something to skip quietly.
  if (ci) throw new Error(`${name} e2e cannot run: ${why}`);
  console.warn(`\n[e2e] skipping ${name}: ${why}\n`);
}

/** Debian Chromium with the extension loaded, in a fresh profile, and nothing reaching outside 127.0.0.1. */
export function chromiumLaunchOptions(extensionDir: string, width = 1280, extraArgs: string[] = [], otherExtensions: string[] = []) {
  const loaded = [extensionDir, ...otherExtensions].join(',');
  return {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height: 860 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs,
      `--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`,
    ],
  };
}

/** firefox-esr driven over WebDriver BiDi, with the add-on's moz-extension UUID fixed in advance. */
export function firefoxLaunchOptions(width = 1280) {
  return {
    browser: 'firefox' as const,
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', `--width=${width}`, '--height=860'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Timers to the microsecond, as Chromium's: the browser benchmark divides short spans.
      'privacy.reduceTimerPrecision': false,
    },
  };
}
