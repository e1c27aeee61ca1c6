import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built site served on a free loopback port, as a static host would serve it. */
export interface Served {
  /** The site's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a folder (a built `dist/`) over HTTP on 127.0.0.1, with `404.html` for missing pages. Every answer allows
 * other origins to read it (CORS), as `public/_headers` asks of a real host, so that the embeddable element works
 * on another site.
 */
export async function serve(dir: string): Promise<Served> {
  const files = sirv(dir, {
    dev: false,
    etag: false,
    setHeaders: (response) => response.setHeader('Access-Control-Allow-Origin', '*'),
  });
  const server: Server = createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404;
      sirv(dir)(Object.assign(request, { url: '/404.html' }), response, () => {
        response.end('Not found');
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
