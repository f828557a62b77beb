// Builds the extension for both browsers from the one manifest.json and vite.config.ts:
// dist/chrome, dist/firefox and a store-upload zip of each (dist/whosaid-<browser>-<version>.zip).
// `--e2e ORIGINS [--grants HOSTS]` builds the test variant instead (dist/e2e-<browser>, no zips):
// the content script also declared on ORIGINS, host permission for HOSTS (`npm run build:e2e`
// makes the one the browser tests load: 127.0.0.1 declared, localhost granted).
import { build } from 'vite';
import { deflateRawSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from './make-icons';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** A plain zip (deflate, no extras) of every file under `dir`, paths relative to it. */
export function zipDir(dir: string): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // Fixed timestamp (1980-01-01) so the same build gives the same zip.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const file of filesUnder(dir)) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'), 'utf8');
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const useDeflate = packed.length < data.length;
    const body = useDeflate ? packed : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = centrals.length / 2;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBuf, end]);
}

/**
 * Builds one browser's extension. `testOrigins` (content-script matches) and
 * `testGrants` (host permissions) make the e2e variant in dist/e2e-<browser>.
 */
export async function buildExtension(browser: 'chrome' | 'firefox', testOrigins = '', testGrants = ''): Promise<string> {
  process.env.WHOSAID_BROWSER = browser;
  if (testOrigins) process.env.WHOSAID_TEST_ORIGINS = testOrigins;
  else delete process.env.WHOSAID_TEST_ORIGINS;
  if (testGrants) process.env.WHOSAID_TEST_GRANTS = testGrants;
  else delete process.env.WHOSAID_TEST_GRANTS;
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return join(root, 'dist', testOrigins || testGrants ? `e2e-${browser}` : browser);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const e2eIndex = args.indexOf('--e2e');
  const origins = e2eIndex >= 0 ? (args[e2eIndex + 1] ?? '') : '';
  const grantsIndex = args.indexOf('--grants');
  const grants = grantsIndex >= 0 ? (args[grantsIndex + 1] ?? '') : '';
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  for (const browser of ['chrome', 'firefox'] as const) {
    const out = await buildExtension(browser, origins, grants);
    if (!origins && !grants) {
      const zip = join(root, 'dist', `whosaid-${browser}-${version}.zip`);
      writeFileSync(zip, zipDir(out));
      console.log(`${browser}: ${relative(root, out)} and ${relative(root, zip)}`);
    } else {
      console.log(`${browser} (e2e): ${relative(root, out)}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
