// `whosaid analyze FILE...`: reads each file, analyses it and prints the result. A file
// that cannot be read is reported and skipped; the others are still analysed.
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeContent, fileId } from './analyze-file';
import { parseArgs, USAGE } from './args';
import { formatJsonl, formatTable } from './format';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<string>;
}

const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: (path) => readFile(path, 'utf8'),
};

/** Runs the CLI and returns its exit status: 0 ok, 1 some file failed, 2 usage error. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const cmd = parseArgs(argv);
  if (cmd.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (cmd.kind === 'error') {
    io.stderr(`whosaid: ${cmd.message}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  let first = true;
  for (const file of cmd.files) {
    let content: string;
    try {
      content = await io.readFile(file);
    } catch (e) {
      io.stderr(`whosaid: cannot read ${file}: ${reason(e)}\n`);
      status = 1;
      continue;
    }
    try {
      const analysis = analyzeContent(file, content);
      const id = fileId(file);
      if (cmd.format === 'jsonl') io.stdout(`${formatJsonl(id, analysis)}\n`);
      else {
        io.stdout(`${first ? '' : '\n'}${formatTable(id, analysis)}\n`);
        first = false;
      }
    } catch (e) {
      io.stderr(`whosaid: cannot analyse ${file}: ${reason(e)}\n`);
      status = 1;
    }
  }
  return status;
}

function reason(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    const messages: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory' };
    if (messages[e.code]) return messages[e.code] as string;
  }
  return e instanceof Error ? e.message : String(e);
}

/** True when this module is the program being run (tsx src/cli/main.ts), not an import. */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
