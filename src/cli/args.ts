// Command-line parsing for `whosaid`, kept apart so it can be tested without I/O.
export type OutputFormat = 'table' | 'jsonl';

export type Command =
  | { kind: 'help' }
  | { kind: 'analyze'; format: OutputFormat; files: string[] }
  | { kind: 'error'; message: string };

export const USAGE = `usage: whosaid analyze [--format table|jsonl] FILE...

Finds who is quoted in each news article FILE (.html/.htm pages, or .txt with the
headline on the first line and paragraphs separated by blank lines) and prints
the statements and their speakers' stances.

options:
  --format table   aligned text, one section per file (default)
  --format jsonl   one JSON object per file: {id, title, statements, actors}
  -h, --help       show this help`;

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return { kind: 'error', message: 'no command given' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { kind: 'error', message: `unknown command: ${command}` };
  let format: OutputFormat = 'table';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'table' && value !== 'jsonl') return { kind: 'error', message: `--format must be table or jsonl, not ${value ?? 'nothing'}` };
      format = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `unknown option: ${arg}` };
    files.push(arg);
  }
  if (files.length === 0) return { kind: 'error', message: 'no files given' };
  return { kind: 'analyze', format, files };
}
