// The article's own server for embedding tests: 127.0.0.1 on a free port, so the article
// and the timeline differ in host and port, a genuinely cross-origin setup. It serves the
// article pages of fixtures/embed/ (with {{EMBED_ORIGIN}} filled in) and Pym.js.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";

/** The timeline site, as playwright.config.ts serves it (localhost:<E2E_PORT>). */
export const EMBED_ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
const FIXTURES = new URL("./fixtures/embed/", import.meta.url);
const PYM = new URL("../node_modules/pym.js/dist/pym.v1.min.js", import.meta.url);

export interface ArticleServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startArticleServer(): Promise<ArticleServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/favicon.ico") {
      response.statusCode = 204;
      response.end();
      return;
    }
    if (path === "/pym.v1.min.js") {
      response.setHeader("Content-Type", "text/javascript");
      response.end(readFileSync(PYM));
      return;
    }
    const name = /^\/([a-z-]+\.html)$/.exec(path)?.[1];
    let body: string;
    try {
      body = readFileSync(new URL(name ?? "missing", FIXTURES), "utf8");
    } catch {
      response.statusCode = 404;
      response.end("not found");
      return;
    }
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(body.replaceAll("{{EMBED_ORIGIN}}", EMBED_ORIGIN));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
