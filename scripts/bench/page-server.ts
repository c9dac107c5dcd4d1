/** Serves generated pages from memory on a local port, as a news site would serve them. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url(pathname: string): string;
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
