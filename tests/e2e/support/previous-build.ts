// The build of the previous release, for the update test: the newest tag, or main's parent
// commit when the repository has no tag yet. Its sources come out of git into a temporary
// directory (git archive) and build there with this checkout's installed packages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TEST_GRANTS, TEST_ORIGINS } from './env';

function git(args: string[]): string | null {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The commit of the previous release and how it was chosen. */
export function previousRelease(): { commit: string; label: string } {
  const tag = git(['describe', '--tags', '--abbrev=0']);
  if (tag) return { commit: git(['rev-parse', `${tag}^{commit}`]) as string, label: `tag ${tag}` };
  for (const ref of ['main^', 'origin/main^', 'HEAD^']) {
    const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (commit) return { commit, label: ref };
  }
  throw new Error('no previous commit to build');
}

export interface PreviousBuild {
  commit: string;
  label: string;
  chrome: string;
  firefox: string;
  remove(): void;
}

/** Builds the e2e variant of both browsers' extensions at `commit`. */
export function buildPrevious(release = previousRelease()): PreviousBuild {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-previous-'));
  const unpack = spawnSync('sh', ['-c', `git archive --format=tar "${release.commit}" | tar -x -C "${dir}"`], { cwd: ROOT, encoding: 'utf8' });
  if (unpack.status !== 0) throw new Error(`git archive ${release.commit}: ${unpack.stderr}`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const script = `import('./scripts/build-ext.ts').then(async (m) => { for (const b of ['chrome', 'firefox']) await m.buildExtension(b, ${JSON.stringify(TEST_ORIGINS)}, ${JSON.stringify(TEST_GRANTS)}); })`;
  const build = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', script], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building ${release.label}: ${build.stderr || build.stdout}`);
  return {
    ...release,
    chrome: join(dir, 'dist', 'e2e-chrome'),
    firefox: join(dir, 'dist', 'e2e-firefox'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
