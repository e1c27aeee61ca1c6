import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/** A built site served on a free loopback port, as a static host would serve it. */
export interface Served {
  /** The site's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /**
   * Starts counting the bytes of the bodies sent for addresses under `prefix`, as they leave the server (gzipped
   * where they are), including requests a page's workers make, which a browser's own accounting misses. The
   * function it returns stops counting and gives the sum.
   */
  count: (prefix: string) => () => number;
  close: () => Promise<void>;
}

/** Adds every chunk `response` sends to each counter whose prefix `path` starts with. */
function tally(path: string, response: ServerResponse, counters: Set<{ prefix: string; bytes: number }>): void {
  const add = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null || typeof chunk === 'function') return;
    const bytes =
      typeof chunk === 'string'
        ? Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : (chunk as Uint8Array).byteLength;
    for (const counter of counters) if (path.startsWith(counter.prefix)) counter.bytes += bytes;
  };
  const { write, end } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return write.call(this, chunk, ...(rest as [BufferEncoding, () => void]));
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return end.call(this, chunk, ...(rest as [BufferEncoding, () => void]));
  } as typeof response.end;
}

/**
 * Serves a folder (a built `dist/`) over HTTP on 127.0.0.1, with `404.html` for missing pages. Every answer allows
 * other origins to read it (CORS), as `public/_headers` asks of a real host, so that the embeddable element works
 * on another site. Text (HTML, CSS, JavaScript, JSON, SVG) is gzipped on the fly as every static host does, so that
 * the bytes a browser test or the benchmark counts are the bytes a reader would fetch; Pagefind's index files are
 * gzipped already and are sent as they are.
 */
export async function serve(dir: string): Promise<Served> {
  const files = sirv(dir, {
    dev: false,
    etag: false,
    setHeaders: (response) => response.setHeader('Access-Control-Allow-Origin', '*'),
  });
  // compression is Express middleware: its types name Express's request and response, which extend Node's own.
  const gzip = compression() as unknown as (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ) => void;
  const counters = new Set<{ prefix: string; bytes: number }>();
  const server: Server = createServer((request, response) => {
    // Counted before compression wraps the response, so what is counted is what compression writes.
    if (counters.size > 0) tally(new URL(request.url ?? '/', 'http://host').pathname, response, counters);
    gzip(request, response, () =>
      files(request, response, () => {
        response.statusCode = 404;
        sirv(dir)(Object.assign(request, { url: '/404.html' }), response, () => {
          response.end('Not found');
        });
      }),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    count: (prefix) => {
      const counter = { prefix, bytes: 0 };
      counters.add(counter);
      return () => {
        counters.delete(counter);
        return counter.bytes;
      };
    },
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
