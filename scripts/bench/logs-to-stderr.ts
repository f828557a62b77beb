// With --json, a benchmark's stdout holds only its JSON lines; the build's plugins log with
// console.log (crxjs prints every content script it bundles), which would land among them.

/** Runs `fn` with console.log written to stderr when `quiet`; restored afterwards. */
export async function logsToStderr<T>(quiet: boolean, fn: () => Promise<T>): Promise<T> {
  const original = console.log;
  if (quiet) console.log = (...xs: unknown[]) => void process.stderr.write(xs.map(String).join(' ') + '\n');
  try {
    return await fn();
  } finally {
    console.log = original;
  }
}
