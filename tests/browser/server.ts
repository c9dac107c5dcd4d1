/**
 * Static server for the fixture pages in tests/fixtures/, bound to 127.0.0.1 on a free port.
 * Nothing is cached; /favicon.ico answers 204 (empty). A sibling `NAME.headers.json` (an object of header names to values) adds
 * response headers to `NAME`, e.g. a Content-Security-Policy for the CSP fixtures.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/** Reads the extra headers declared for `file`, or none. A malformed file is an error, not ignored. */
async function extraHeaders(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(`${file}.headers.json`, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((value) => typeof value === 'string')
  ) {
    throw new Error(`${file}.headers.json must be an object of header names to string values`);
  }
  return parsed as Record<string, string>;
}

/** Serves `root` (default: tests/fixtures/) until `close()`. */
export async function startStaticServer(root: string = FIXTURES_DIR): Promise<StaticServer> {
  const rootDir = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (pathname === '/favicon.ico') {
        // Browsers ask for it on every page; answering keeps the 404 out of the console checks.
        response.writeHead(204).end();
        return;
      }
      const file = normalize(join(rootDir, pathname === '/' ? 'index.html' : pathname));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        response.writeHead(403).end('Forbidden');
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: ${pathname}`);
        return;
      }
      try {
        const headers = {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          ...(await extraHeaders(file)),
        };
        response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
      } catch (error) {
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
