// `--baseline REF`: an earlier build of WhoSaid, measured beside the current one in the same run.
// The ref is checked out into a temporary git worktree (sharing this checkout's node_modules),
// built there with its own build script for the benchmark's pages on `matches`, and renamed so
// that both builds load side by side in one browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BASELINE_GECKO_ID = 'whosaid-baseline@whosaid';

export interface BaselineBuild {
  /** The ref and its short commit, for the report. */
  label: string;
  chrome: string;
  firefox: string;
  remove(): void;
}

const git = (args: string[], cwd = root) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** The manifest of a built copy: another name and add-on id, so that it is never taken for WhoSaid. */
function rename(dir: string, label: string): void {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { browser_specific_settings?: { gecko?: { id?: string } } };
  manifest.name = `WhoSaid baseline ${label}`;
  delete manifest.commands;
  if (manifest.browser_specific_settings?.gecko) manifest.browser_specific_settings.gecko.id = BASELINE_GECKO_ID;
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
}

export function buildBaseline(ref: string, matches: string, log: (s: string) => void): BaselineBuild {
  const commit = git(['rev-parse', '--short', `${ref}^{commit}`]);
  const label = ref === commit ? commit : `${ref} (${commit})`;
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-baseline-'));
  const remove = () => {
    try {
      git(['worktree', 'remove', '--force', dir]);
    } catch {
      rmSync(dir, { recursive: true, force: true });
      git(['worktree', 'prune']);
    }
  };
  try {
    git(['worktree', 'add', '--detach', dir, commit]);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    log(`  building baseline ${label}`);
    // Its own build script, run in its own checkout: the build of that time, as it was.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-ext.ts', '--e2e', matches], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const chrome = join(dir, 'dist', 'e2e-chrome');
    const firefox = join(dir, 'dist', 'e2e-firefox');
    rename(chrome, label);
    rename(firefox, label);
    return { label, chrome, firefox, remove };
  } catch (err) {
    remove();
    throw err;
  }
}
