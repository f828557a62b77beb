// `npm run size`: gzipped size of the content-script bundle and of the popup bundle (every JS
// and CSS file the popup page loads, with their static imports), against their budgets.
// Reads dist/chrome (run `npm run build` first) or the directory given as the first argument.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUDGET_KB = { content: 40, popup: 30 };

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files a page or module pulls in statically, relative to the extension root. */
function closure(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.(?:js|css))["']/g)) {
      const spec = m[1] as string;
      queue.push(spec.startsWith('/') ? resolve(dir, '.' + spec) : resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

export interface Sizes {
  contentKb: number;
  popupKb: number;
  contentFiles: string[];
  popupFiles: string[];
}

export function measureSizes(dir: string): Sizes {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] };
  const contentEntries = (manifest.content_scripts ?? []).flatMap((c) => c.js).map((f) => resolve(dir, f));
  const contentFiles = closure(dir, [...new Set(contentEntries)]);
  const html = readFileSync(join(dir, 'src', 'popup', 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => {
    const spec = m[1] as string;
    return spec.startsWith("/") ? resolve(dir, "." + spec) : resolve(dir, "src", "popup", spec);
  });
  const popupFiles = closure(dir, refs);
  const kb = (files: string[]) => Math.round((files.reduce((n, f) => n + gz(f), 0) / 1024) * 10) / 10;
  return { contentKb: kb(contentFiles), popupKb: kb(popupFiles), contentFiles, popupFiles };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(process.argv[2] ?? join(root, 'dist', 'chrome'));
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`no build at ${dir}: run npm run build first`);
    process.exit(1);
  }
  const s = measureSizes(dir);
  const line = (name: string, kb: number, budget: number, files: string[]) =>
    console.log(`${name.padEnd(15)} ${kb.toFixed(1).padStart(6)} KB gzipped (budget ${budget} KB) ${kb <= budget ? 'ok' : 'OVER'}  [${files.length} files]`);
  line('content script', s.contentKb, BUDGET_KB.content, s.contentFiles);
  line('popup', s.popupKb, BUDGET_KB.popup, s.popupFiles);
  if (s.contentKb > BUDGET_KB.content || s.popupKb > BUDGET_KB.popup) process.exit(1);
}
