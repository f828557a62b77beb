// Writes the floor extension (floor-content.js, see there) for one browser into a directory:
// a manifest that runs that one content script, at the time WhoSaid's runs, on `matches`.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The add-on id Firefox needs for an extension it installs from a directory. */
export const FLOOR_GECKO_ID = 'whosaid-floor@whosaid';

export function writeFloorExtension(dir: string, browser: 'chrome' | 'firefox', matches: string): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(here, 'floor-content.js'), join(dir, 'floor-content.js'));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'WhoSaid benchmark floor',
    version: '1.0.0',
    description: 'One pass over the text nodes of a page: the reference the benchmark divides by.',
    host_permissions: [matches],
    content_scripts: [{ matches: [matches], js: ['floor-content.js'], run_at: 'document_idle' }],
  };
  if (browser === 'firefox') manifest.browser_specific_settings = { gecko: { id: FLOOR_GECKO_ID } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return dir;
}
