// Failed and hostile loads: every way `?data=` can go wrong ends in an alert that says what
// happened (with "Try again" where a retry can help), never a blank page or an endless
// spinner; a slow load shows its progress; a dataset from another site says whose it is.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, fixture, serveDataset, test } from "./test.ts";

const VALID = fixture("small-valid.json");
const TITLE = "A second, tiny dataset";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A server on another origin (127.0.0.1, while the page is on localhost). */
async function otherOrigin(
  handler: Handler,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CORS = { "access-control-allow-origin": "*" };

async function expectAlert(page: Page, text: string | RegExp, retry: boolean): Promise<void> {
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This timeline could not be shown");
  await expect(alert).toContainText(text);
  await expect(alert.getByRole("button", { name: "Try again" })).toHaveCount(retry ? 1 : 0);
  await expect(page.locator("[data-timeline-ready]")).toHaveCount(0);
}

test.describe("refused ?data= values", () => {
  for (const [value, message] of [
    ["javascript:alert(document.domain)", "uses javascript:"],
    ["JAVASCRIPT:alert(1)", "uses javascript:"],
    ["data:application/json,{}", "uses data:"],
    ["file:///etc/passwd", "uses file:"],
    ["blob:http://localhost/0b2e0d4c", "uses blob:"],
    ["ftp://example.org/x.json", "uses ftp:"],
    ["http://[::1", "is not a valid URL"],
    ["https://user:secret@example.org/x.json", "must not contain a user name or password"],
  ] as const) {
    test(`${value} is refused without a request`, async ({ page }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(`/?data=${encodeURIComponent(value)}`);
      await expectAlert(page, message, false);
      expect(requests.filter((url) => !url.startsWith("http://localhost"))).toEqual([]);
    });
  }
});

test.describe("answers that are not a dataset", () => {
  test.use({ expectedConsoleErrors: [/status of (404|500|503)/] });

  test("a 404 says what the server answered, with a retry (a deploy may be under way)", async ({
    page,
  }) => {
    await serveDataset(page, "/data/gone.json", "Not found", 404);
    await page.goto("/?data=/data/gone.json");
    await expectAlert(page, "The server answered 404 Not Found for http://localhost", true);
  });

  test("204 No Content on this site is an empty response, not a network failure", async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === "/data/empty.json",
      (route) => route.fulfill({ status: 204 }),
    );
    await page.goto("/?data=/data/empty.json");
    await expectAlert(page, "The server answered 204 No Content for http://localhost", true);
    await expect(page.getByRole("alert")).toContainText("an empty response, not a dataset");
  });

  test("a server that never answers ends in a message with a retry, not endless loading", async ({
    page,
  }) => {
    await page.clock.install();
    await page.route(
      (url) => url.pathname === "/data/silent.json",
      () => new Promise<void>(() => {}),
    );
    await page.goto("/?data=/data/silent.json");
    await expect(page.getByRole("status")).toContainText(/Loading/);
    await page.clock.runFor(16_000);
    await expectAlert(page, "Nothing has arrived from localhost", true);
    await page.unroute((url) => url.pathname === "/data/silent.json");
    await serveDataset(page, "/data/silent.json", VALID);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  });

  test("a server error offers a retry, and the retry loads the dataset", async ({ page }) => {
    let calls = 0;
    await page.route(
      (url) => url.pathname === "/data/flaky.json",
      (route) => {
        calls += 1;
        return calls === 1
          ? route.fulfill({ status: 503, body: "busy" })
          : route.fulfill({ status: 200, contentType: "application/json", body: VALID });
      },
    );
    await page.goto("/?data=/data/flaky.json");
    await expectAlert(page, "The server answered 503", true);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    expect(calls).toBe(2);
  });

  test("a web page instead of JSON is named as such", async ({ page }) => {
    await page.route(
      (url) => url.pathname === "/data/page.json",
      (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>Hi</p>" }),
    );
    await page.goto("/?data=/data/page.json");
    await expectAlert(page, /page\.json \(text\/html\) is not valid JSON at line 1/, false);
  });

  test("JSON that is no dataset lists what is missing", async ({ page }) => {
    await serveDataset(page, "/data/array.json", "[1, 2, 3]");
    await page.goto("/?data=/data/array.json");
    await expectAlert(page, "must be a JSON object with version, id, title", false);
  });
});

test.describe("responses too large", () => {
  test("a declared size over 64 MB is refused before the body arrives", async ({ page }) => {
    let sent = 0;
    const server = await otherOrigin((_request, response) => {
      response.writeHead(200, {
        ...CORS,
        "content-type": "application/json",
        "content-length": String(100 * 1024 * 1024),
      });
      // One chunk, then silence: a page that waited for the body would wait for ever.
      sent += 1024;
      response.write(" ".repeat(1024));
    });
    try {
      await page.goto(`/?data=${server.origin}/huge.json`);
      await expectAlert(page, "is too large (100.0 MB; the limit is 64 MB)", false);
      expect(sent).toBe(1024);
    } finally {
      await server.close();
    }
  });

  test("an undeclared stream is cut off at 64 MB", async ({ page }) => {
    let sent = 0;
    let closedAt: number | null = null;
    const chunk = " ".repeat(1024 * 1024);
    const server = await otherOrigin((request, response) => {
      response.writeHead(200, { ...CORS, "content-type": "application/json" });
      request.socket.on("close", () => (closedAt ??= sent));
      // Endless (up to 400 MB, in case nothing stops it), as fast as the page reads.
      const pump = () => {
        while (sent < 400 * 1024 * 1024 && !response.destroyed) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
        response.end();
      };
      pump();
    });
    try {
      await page.goto(`/?data=${server.origin}/endless.json`);
      await expectAlert(page, "is too large (more than 64 MB; the limit is 64 MB)", false);
      await expect.poll(() => closedAt).not.toBeNull();
      // The page stopped reading soon after the limit, not at the end of the stream (400 MB).
      // "Sent" counts what the server handed to its socket: the kernel's and the browser's
      // network buffers hold tens of MB more than the page has read when it cancels, more
      // on a busy 2-core machine (107 MB was seen once), so the bound leaves room for them.
      expect(closedAt!).toBeLessThan(160 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });
});

test.describe("slow responses", () => {
  test("show that the timeline is loading", async ({ page }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === "/data/slow.json",
      async (route) => {
        await released;
        await route.fulfill({ status: 200, contentType: "application/json", body: VALID });
      },
    );
    await page.goto("/?data=/data/slow.json");
    const status = page.getByRole("status").filter({ hasText: "Loading timeline…" });
    await expect(status).toBeVisible();
    release();
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(status).toHaveCount(0);
  });

  test("show the download's progress in percent", async ({ page }) => {
    const body = Buffer.from(
      VALID.replace('"updated"', `"$schema": "${" ".repeat(200_000)}", "updated"`),
    );
    let finish = () => {};
    const server = await otherOrigin((_request, response) => {
      response.writeHead(200, {
        ...CORS,
        "content-type": "application/json",
        "content-length": String(body.length),
      });
      response.write(body.subarray(0, body.length / 2));
      finish = () => response.end(body.subarray(body.length / 2));
    });
    try {
      await page.goto(`/?data=${server.origin}/slow.json`);
      const status = page.getByRole("status");
      await expect(status).toContainText(/Downloading the dataset: \d+% of 0\.2 MB/);
      await expect(status).toBeVisible();
      await expect(status.getByRole("progressbar", { name: "Download progress" })).toBeVisible();
      finish();
      await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    } finally {
      await server.close();
    }
  });

  test("a check that never ends stops at the time limit with a message", async ({ page }) => {
    // The problems of a dataset over 1 MB are described in a worker; this one's never answers.
    await page.addInitScript(() => {
      class SilentWorker extends EventTarget {
        // The check's time limit is set just before the file is posted.
        postMessage(): void {
          Object.assign(window, { checkPosted: true });
        }
        terminate(): void {}
      }
      window.Worker = SilentWorker as unknown as typeof Worker;
    });
    await page.clock.install();
    const big = VALID.replace('"updated"', `"padding": "${" ".repeat(1_100_000)}", "updated"`);
    await serveDataset(page, "/data/big.json", big);
    await page.goto("/?data=/data/big.json");
    await expect(page.getByRole("status")).toContainText(/Checking the dataset \(1\.\d MB\)/);
    // The status shows before the worker starts; on a busy machine, well before.
    await page.waitForFunction(() => "checkPosted" in window);
    await page.clock.runFor(61_000);
    await expectAlert(page, "could not be checked within 60 seconds", false);
  });
});

test.describe("network and CORS failures", () => {
  // The browser logs the failed request itself; one pattern (a longer list would be read
  // as Playwright's [value, options] pair).
  test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|CORS policy|ERR_FAILED/] });

  test("a network failure offers a retry that works once the network is back", async ({ page }) => {
    await page.route(
      (url) => url.pathname === "/data/offline.json",
      (route) => route.abort("internetdisconnected"),
    );
    await page.goto("/?data=/data/offline.json");
    await expectAlert(page, "Could not reach localhost", true);
    await page.unroute((url) => url.pathname === "/data/offline.json");
    await serveDataset(page, "/data/offline.json", VALID);
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  });

  test("a server on another site that does not allow this one (CORS) is named", async ({
    page,
  }) => {
    const server = await otherOrigin((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(VALID);
    });
    try {
      await page.goto(`/?data=${server.origin}/no-cors.json`);
      await expectAlert(
        page,
        `Could not reach ${new URL(server.origin).host}: the network failed or the server does not allow this site to read it (CORS).`,
        true,
      );
    } finally {
      await server.close();
    }
  });
});

test.describe("datasets from another site", () => {
  test("are labelled with that site's host", async ({ page }) => {
    const server = await otherOrigin((_request, response) => {
      response.writeHead(200, { ...CORS, "content-type": "application/json" });
      response.end(VALID);
    });
    try {
      await page.goto(`/?data=${server.origin}/theirs.json`);
      await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
      await expect(page.locator(".foreign-note")).toHaveText(
        `Dataset from ${new URL(server.origin).host}, not published by Rumor Timeline.`,
      );
    } finally {
      await server.close();
    }
  });

  test("are not labelled when they are ours", async ({ page }) => {
    await serveDataset(page, "/fixtures/ours.json", VALID);
    await page.goto("/?data=/fixtures/ours.json");
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.locator(".foreign-note")).toHaveCount(0);
  });
});

test.describe("spreadsheets as live data", () => {
  const TEMPLATE = readFileSync(new URL("../public/dataset-template.csv", import.meta.url), "utf8");

  test("?data= naming a CSV file shows it as a timeline", async ({ page }) => {
    await page.goto("/?data=/dataset-template.csv");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(
      page.getByRole("button", { name: /Seen leaving a restaurant together/ }),
    ).toHaveCount(1);
  });

  test("a sheet's unreadable rows are listed by row number", async ({ page }) => {
    await page.route(
      (url) => url.pathname === "/data/sheet.csv",
      (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/csv",
          body: `${TEMPLATE.trimEnd()}\nbad-row,not a date,A title,A summary,sighting\n`,
        }),
    );
    await page.goto("/?data=/data/sheet.csv");
    await expectAlert(page, /row 4/, false);
  });

  test("?base= gives the sheet its title and claims", async ({ page }) => {
    await page.goto("/?data=/dataset-template.csv&base=/data/de-armas-cruise-2025.json");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Ana de Armas and Tom Cruise: the 2025 romance rumors",
    );
  });
});

test.describe("the early download (public/data-prefetch.js)", () => {
  const DATASET = "/data/de-armas-cruise-2025.json";

  /** Counts the requests for the bundled dataset made by the page from now on. */
  function countDatasetRequests(page: Page): () => number {
    let count = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === DATASET) count++;
    });
    return () => count;
  }

  test("fetches the page's dataset once, and the app uses that download", async ({ page }) => {
    const requests = countDatasetRequests(page);
    await page.goto("/");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    expect(requests()).toBe(1);
  });

  test("that arrives after the app started downloads nothing more", async ({ page }) => {
    const requests = countDatasetRequests(page);
    // Hold the (async) prefetch script back until the app has asked for the dataset itself.
    let appAsked: () => void = () => {};
    const asked = new Promise<void>((resolve) => (appAsked = resolve));
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === DATASET) appAsked();
    });
    let prefetchServed: () => void = () => {};
    const served = new Promise<void>((resolve) => (prefetchServed = resolve));
    await page.route("**/data-prefetch.js", async (route) => {
      await asked;
      await route.continue();
      prefetchServed();
    });
    await page.goto("/");
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await served;
    // A page's load event waits for its async scripts to have run.
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(requests()).toBe(1);
  });
});
