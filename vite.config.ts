// One manifest.json, two builds: WHOSAID_BROWSER=chrome|firefox picks the target
// (dist/chrome or dist/firefox). WHOSAID_TEST_ORIGINS (comma-separated match
// patterns) adds origins to the declared content scripts for the e2e suite only;
// that build goes to dist/e2e-<browser> so it never mixes with the store builds.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync, writeFileSync } from 'node:fs';
import { transformWithEsbuild, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { CARRIED_KEYS, carrierCss, carrierFile } from './src/shared/settings-css';
import { HIGHLIGHTS_FILE } from './src/shared/page-styles';
import { highlightFileCss } from './src/content/highlight-style';

const root = dirname(fileURLToPath(import.meta.url));
type Browser = 'chrome' | 'firefox';

function target(): Browser {
  const value = process.env.WHOSAID_BROWSER ?? 'chrome';
  if (value !== 'chrome' && value !== 'firefox') throw new Error(`WHOSAID_BROWSER must be chrome or firefox, not ${value}`);
  return value;
}

function listEnv(name: string): string[] {
  return (process.env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The manifest for one browser, derived from the single manifest.json. */
export function manifestFor(browser: Browser, extraOrigins: string[] = [], extraGrants: string[] = []): Record<string, any> {
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  if (browser === 'chrome') {
    // Chrome ignores gecko settings but warns about them.
    delete manifest.browser_specific_settings;
  } else {
    delete manifest.minimum_chrome_version;
  }
  if (extraOrigins.length) {
    for (const script of manifest.content_scripts ?? []) script.matches = [...script.matches, ...extraOrigins];
  }
  // The news list is also the hosts list: the browser adds the stylesheets that carry the
  // settings (src/shared/settings-css.ts) only where the extension holds host permission,
  // and Chrome does not count declared content scripts as that. Same sites, same warning.
  const listed = (manifest.content_scripts ?? []).flatMap((s: { matches: string[] }) => s.matches);
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...listed, ...extraGrants])];
  return manifest;
}

/**
 * The manifest as crxjs wrote it, finished in two steps. crxjs lists content scripts imported
 * with `?script` as web-accessible to every site; WhoSaid injects them with
 * scripting.executeScript, which needs no such entry, and exposing them would let any page
 * detect the extension: dropped. And the highlight styles go in with every declared content
 * script (src/shared/page-styles.ts), added after crxjs, which would take a css entry for a
 * source file to bundle.
 */
function finishManifest(outDir: string): Plugin {
  return {
    name: 'whosaid:finish-manifest',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const file = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      delete manifest.web_accessible_resources;
      for (const script of manifest.content_scripts ?? []) script.css = [HIGHLIGHTS_FILE];
      writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}

/** The stylesheets the browser adds to pages: the settings' carriers (settings-css.ts) and the highlight styles (page-styles.ts). */
function emitPageStyles(): Plugin {
  return {
    name: 'whosaid:page-styles',
    apply: 'build',
    generateBundle() {
      for (const key of CARRIED_KEYS) this.emitFile({ type: 'asset', fileName: carrierFile(key), source: carrierCss(key) });
      this.emitFile({ type: 'asset', fileName: HIGHLIGHTS_FILE, source: highlightFileCss() });
    },
  };
}

/**
 * The content script runs on every article a reader opens, so it ships minified (size budget:
 * 40 KB gzipped, `npm run size`); extension pages stay readable for store review, and the
 * content script's readable source is src/content plus src/page and src/engine.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function minifyContentScripts(outDir: string): Plugin {
  return {
    name: 'whosaid:minify-content-scripts',
    apply: 'build',
    enforce: 'post',
    async writeBundle() {
      const manifest = JSON.parse(readFileSync(resolve(outDir, 'manifest.json'), 'utf8'));
      const files = new Set<string>((manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []));
      for (const name of files) {
        const file = resolve(outDir, name);
        const source = readFileSync(file, 'utf8');
        // WHOSAID_READABLE=1 keeps the content script unminified, for profiling.
        const out = process.env.WHOSAID_READABLE
          ? source
          : (await transformWithEsbuild(source, file, {
            minify: true,
            // Syntax was already lowered for the browser by the build; a browser target here
            // would also rewrite /\p{…}/u literals into RegExp constructors run on every call.
            target: 'esnext',
            legalComments: 'none',
          })).code;
        // Nearly every function runs on every article: Chromium compiles them all up front
        // when told so (explicit compile hints), instead of one at a time on first call.
        writeFileSync(file, `${COMPILE_HINT}\n${out}`);
      }
    },
  };
}

export default defineConfig(() => {
  const browser = target();
  const extra = listEnv('WHOSAID_TEST_ORIGINS');
  const grants = listEnv('WHOSAID_TEST_GRANTS');
  const outDir = resolve(root, 'dist', extra.length || grants.length ? `e2e-${browser}` : browser);
  return {
    esbuild: { jsx: 'automatic' as const, jsxImportSource: 'preact' },
    resolve: {
      alias: [
        { find: /^webextension-polyfill$/, replacement: resolve(root, 'src/shared/native-browser.ts') },
        // Firefox's background is a page, where import() works: it loads the engine when first needed.
        ...(browser === 'firefox' ? [{ find: /^\.\/engine-loader$/, replacement: resolve(root, 'src/background/engine-loader.lazy.ts') }] : []),
      ],
    },
    plugins: [
      crx({
        manifest: manifestFor(browser, extra, grants) as ManifestV3Export,
        browser,
        contentScripts: { standaloneFiles: ['src/content/main.ts'], injectCss: false },
      }),
      emitPageStyles(),
      finishManifest(outDir),
      minifyContentScripts(outDir),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      // Readable output: store reviewers (AMO in particular) ask for it.
      minify: false,
      // Extension pages the manifest does not name (opened with tabs.create).
      rollupOptions: { input: { actor: resolve(root, 'src/actor/index.html') } },
    },
    // The dev server is not used; builds are loaded unpacked.
    server: { port: 5199, strictPort: true, hmr: { port: 5199 } },
  };
});
