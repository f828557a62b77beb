// A tiny static server for the corpus pages, on 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

export interface PageServer {
  origin: string;
  /** The same server under "localhost": a host WhoSaid does not run on by itself. */
  otherOrigin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** Serves files from `dir`, plus `extra` pages (path without leading slash -> HTML) made by the tests. */
export async function servePages(dir: string, extra: Record<string, string> = {}, headers: Record<string, Record<string, string>> = {}): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
      if (path.startsWith('..')) throw new Error('outside');
      // No favicon: an empty one, so that browsers log no 404 for it.
      const made = path === 'favicon.ico' ? (extra[path] ?? '') : extra[path];
      const body = made !== undefined ? Buffer.from(made, 'utf8') : await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(headers[path] ?? {}) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
