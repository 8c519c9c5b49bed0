import { describe, expect, it } from "vitest";
import { createMessenger, type MessengerEnv } from "./messenger.ts";

function fakeEnv(options: { search?: string; framed?: boolean; height?: number } = {}) {
  const sent: unknown[] = [];
  const origins: string[] = [];
  let height = options.height ?? 600;
  let onChange: (() => void) | null = null;
  let stopped = false;
  const env: MessengerEnv = {
    parent:
      options.framed === false
        ? null
        : {
            postMessage(message, targetOrigin) {
              sent.push(message);
              origins.push(targetOrigin);
            },
          },
    search: options.search ?? "",
    measure: () => height,
    observe(callback) {
      onChange = callback;
      return () => {
        stopped = true;
      };
    },
  };
  return {
    env,
    sent,
    origins,
    resize(next: number) {
      height = next;
      onChange?.();
    },
    isStopped: () => stopped,
  };
}

describe("createMessenger", () => {
  it("sends the height at once, in our dialect and AMP's", () => {
    const fake = fakeEnv({ height: 612.3 });
    createMessenger(fake.env);
    expect(fake.sent).toEqual([
      { type: "rumor-timeline:size", height: 613 },
      { sentinel: "amp", type: "embed-size", height: 613 },
    ]);
    expect(fake.origins.every((origin) => origin === "*")).toBe(true);
  });

  it("sends again only when the height changes", () => {
    const fake = fakeEnv({ height: 600 });
    createMessenger(fake.env);
    fake.resize(600);
    expect(fake.sent).toHaveLength(2);
    fake.resize(900);
    expect(fake.sent.slice(2)).toEqual([
      { type: "rumor-timeline:size", height: 900 },
      { sentinel: "amp", type: "embed-size", height: 900 },
    ]);
    fake.resize(400);
    expect(fake.sent.at(-2)).toEqual({ type: "rumor-timeline:size", height: 400 });
  });

  it("speaks Pym.js when the URL has Pym's childId", () => {
    const fake = fakeEnv({ search: "?data=x&initialWidth=600&childId=graphic-1", height: 700 });
    const messenger = createMessenger(fake.env);
    expect(fake.sent).toContain("pymxPYMxgraphic-1xPYMxheightxPYMx700");
    messenger.selected("soho-dinner");
    expect(fake.sent).toContain("pymxPYMxgraphic-1xPYMxrumor-timeline:selectedxPYMxsoho-dinner");
  });

  it("does not speak Pym.js to a childId that could break its message format", () => {
    for (const search of ["?childId=", "?childId=a%20b", "?childId=axPYMxb"]) {
      const fake = fakeEnv({ search });
      createMessenger(fake.env);
      expect(fake.sent.filter((m) => typeof m === "string")).toEqual([]);
    }
  });

  it("announces ready with a fresh height, and selections", () => {
    const fake = fakeEnv({ height: 500 });
    const messenger = createMessenger(fake.env);
    messenger.ready();
    expect(fake.sent.slice(2)).toEqual([
      { type: "rumor-timeline:ready" },
      { type: "rumor-timeline:size", height: 500 },
      { sentinel: "amp", type: "embed-size", height: 500 },
    ]);
    messenger.selected("soho-dinner");
    messenger.selected(null);
    expect(fake.sent.slice(-2)).toEqual([
      { type: "rumor-timeline:selected", event: "soho-dinner" },
      { type: "rumor-timeline:selected", event: null },
    ]);
  });

  it("sends nothing when the page is not in a frame", () => {
    const fake = fakeEnv({ framed: false });
    const messenger = createMessenger(fake.env);
    messenger.ready();
    messenger.selected("x");
    fake.resize(1000);
    expect(fake.sent).toEqual([]);
  });

  it("never sends a height it could not measure", () => {
    const fake = fakeEnv({ height: Number.NaN });
    createMessenger(fake.env);
    fake.resize(0);
    expect(fake.sent).toEqual([]);
  });

  it("stops observing when stopped", () => {
    const fake = fakeEnv();
    createMessenger(fake.env).stop();
    expect(fake.isStopped()).toBe(true);
  });
});
