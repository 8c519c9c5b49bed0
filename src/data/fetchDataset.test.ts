// How a load ends when the server does not give a dataset: every outcome says what
// happened, and those that may pass offer Try again (retryable).
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchDataset } from "./fetchDataset.ts";
import { STALL_MS } from "./stallWatch.ts";

const URL_ = new URL("https://timeline.example.org/data/x.json");
const DATASET = readFileSync(
  new URL("../../data/de-armas-cruise-2025.json", import.meta.url),
  "utf8",
);

function serve(respond: (init: RequestInit | undefined) => Promise<Response>) {
  vi.stubGlobal("fetch", (_url: URL, init?: RequestInit) => respond(init));
}

/** A body that sends `first` and then nothing, ever (until cancelled). */
function stallingBody(first: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
    },
    pull: () => new Promise(() => {}),
  });
}

describe("fetchDataset: every load ends", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("a server that never answers: an error with Try again, and the request is stopped", async () => {
    let aborted = false;
    serve(
      (init) =>
        new Promise((_, reject) => {
          init?.signal?.addEventListener("abort", () => {
            aborted = true;
            reject(new DOMException("aborted", "AbortError"));
          });
        }),
    );
    const outcome = fetchDataset(URL_);
    await vi.advanceTimersByTimeAsync(STALL_MS);
    const result = await outcome;
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toBe(
      "Nothing has arrived from timeline.example.org for 15 seconds: the server is not answering, or the download stopped.",
    );
    expect("retryable" in result && result.retryable).toBe(true);
    expect(aborted).toBe(true);
  });

  it("a download that stops halfway ends the same way", async () => {
    serve(async () => new Response(stallingBody(DATASET.slice(0, 1000))));
    const outcome = fetchDataset(URL_);
    await vi.advanceTimersByTimeAsync(STALL_MS);
    const result = await outcome;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^Nothing has arrived/);
  });

  it("a slow download that keeps moving is waited for", async () => {
    const bytes = new TextEncoder().encode(DATASET);
    const chunk = Math.ceil(bytes.length / 4);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        // A chunk every 10 s: each arrives before the watch (15 s) gives up.
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        controller.enqueue(bytes.slice(sent, sent + chunk));
        sent += chunk;
        if (sent >= bytes.length) controller.close();
      },
    });
    serve(async () => new Response(body));
    const outcome = fetchDataset(URL_);
    await vi.advanceTimersByTimeAsync(50_000);
    vi.useRealTimers();
    const result = await outcome;
    expect(result.ok).toBe(true);
  });
});

describe("fetchDataset: what the server answered", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("204 No Content is an empty response, not a network failure", async () => {
    serve(async () => new Response(null, { status: 204, statusText: "No Content" }));
    const result = await fetchDataset(URL_);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.message).toBe(
      "The server answered 204 No Content for https://timeline.example.org/data/x.json: an empty response, not a dataset.",
    );
    expect("retryable" in result && result.retryable).toBe(true);
  });

  it("a 404 may pass (a deploy in progress): Try again; a 403 will not", async () => {
    serve(async () => new Response("gone", { status: 404, statusText: "Not Found" }));
    const missing = await fetchDataset(URL_);
    expect("retryable" in missing && missing.retryable).toBe(true);
    serve(async () => new Response("no", { status: 403, statusText: "Forbidden" }));
    const forbidden = await fetchDataset(URL_);
    expect("retryable" in forbidden && forbidden.retryable).toBe(false);
  });
});
