// The one small static server for a built site, used where Vite's preview will not do: the
// benchmark (datasets served from memory, so a rebuild cannot pull them away mid-run) and
// the CSP test (a policy header on every response, which preview does not send).
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
}

export interface StaticServerOptions {
  /** The folder served; a path ending in "/" serves its index.html. */
  root: string;
  /** Files served from memory by URL path, before the folder is looked at. */
  files?: ReadonlyMap<string, string | Buffer>;
  /** Headers sent with every response, errors included. */
  headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  server: Server;
  /** http://127.0.0.1:<a free port> */
  origin: string;
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const common = { "cache-control": "no-store", ...options.headers };
  const server = createServer((request, response) => {
    const fail = (status: number, text: string) =>
      response.writeHead(status, { ...common, "content-type": "text/plain" }).end(text);
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      } catch {
        fail(400, "bad request");
        return;
      }
      let file = normalize(join(root, pathname));
      if (file !== root && !file.startsWith(root + sep)) {
        fail(403, "forbidden");
        return;
      }
      if (pathname.endsWith("/")) file = join(file, "index.html");
      let body: string | Buffer;
      try {
        body = options.files?.get(pathname) ?? (await readFile(file));
      } catch {
        fail(404, "not found");
        return;
      }
      response.writeHead(200, {
        ...common,
        "content-type": contentType(file),
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        // Browsers keep connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
