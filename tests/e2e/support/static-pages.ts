// Corpus pages served with their own scripts switched off: saved news pages run ad and
// analytics code that fails without a network, registers service workers and rewrites
// the DOM, which would hide what the extension itself does. A nonce lets a probe through.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES } from './env';

export const PROBE_NONCE = 'whosaid-probe';
/** And nothing from other hosts: the machine has no network, and waiting for it only slows the loads. */
export const NO_PAGE_SCRIPTS = {
  'content-security-policy': `default-src 'self' data: blob: 'unsafe-inline'; script-src 'nonce-${PROBE_NONCE}'; worker-src 'none'`,
};

export const corpusPageNames = (): string[] => readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();

/** Every corpus page under `prefix/`, each through `transform`, and the header that stops its scripts. */
export function scriptlessCorpus(prefix: string, transform: (html: string) => string = (h) => h): {
  pages: Record<string, string>;
  headers: Record<string, Record<string, string>>;
} {
  const pages: Record<string, string> = {};
  const headers: Record<string, Record<string, string>> = {};
  for (const f of corpusPageNames()) {
    pages[`${prefix}/${f}`] = transform(readFileSync(join(PAGES, f), 'utf8'));
    headers[`${prefix}/${f}`] = NO_PAGE_SCRIPTS;
  }
  return { pages, headers };
}
