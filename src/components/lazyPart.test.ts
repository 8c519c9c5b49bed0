import { createElement, Suspense, use, useId } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { lazyPart } from "./lazyPart.ts";

function Card(props: { title: string }) {
  return props.title;
}

const inSuspense = (element: ReturnType<typeof createElement>) =>
  renderToString(createElement(Suspense, { fallback: "loading" }, element));

describe("lazyPart", () => {
  it("suspends until the module is in, then renders the component itself", async () => {
    let arrive = (_: { default: typeof Card }) => {};
    const Part = lazyPart(() => new Promise<{ default: typeof Card }>((done) => (arrive = done)));
    expect(inSuspense(createElement(Part, { title: "a" }))).toContain("loading");
    arrive({ default: Card });
    await Part.preload();
    expect(inSuspense(createElement(Part, { title: "a" }))).toContain("a");
    // The loaded component, not a wrapper: the same type on every render keeps its state.
    const element = Part({ title: "b" });
    expect(element.type).toBe(Card);
    expect(element.props).toEqual({ title: "b" });
  });

  it("loads the module once however often it is asked", async () => {
    let loads = 0;
    const Part = lazyPart(() => {
      loads += 1;
      return Promise.resolve({ default: Card });
    });
    await Promise.all([Part.preload(), Part.preload()]);
    await Part.preload();
    expect(loads).toBe(1);
  });

  it("tries a failed download again on the next preload", async () => {
    let loads = 0;
    const Part = lazyPart(() => {
      loads += 1;
      return loads === 1
        ? Promise.reject<{ default: typeof Card }>(new Error("offline"))
        : Promise.resolve({ default: Card });
    });
    await expect(Part.preload()).rejects.toThrow("offline");
    await Part.preload();
    expect(loads).toBe(2);
    expect(Part({ title: "b" }).type).toBe(Card);
  });

  it("settles once the load has ended, in or failed: one promise until then, a read one after", async () => {
    const failing = lazyPart<{ title: string }>(() => Promise.reject(new Error("offline")));
    const settled = failing.settled();
    expect(failing.settled()).toBe(settled);
    await expect(settled).resolves.toBeUndefined();
    expect(failing.settled()).toMatchObject({ status: "fulfilled" });
    const Part = lazyPart(() => Promise.resolve({ default: Card }));
    await Part.settled();
    expect(Part.settled()).toMatchObject({ status: "fulfilled" });
    expect(Part({ title: "c" }).type).toBe(Card);
  });

  it("has nothing to wait for once a preload has ended, before anyone asked", async () => {
    // A promise React meets for the first time suspends, resolved or not: the page showed
    // "Loading the view…" for a part that had loaded long before. The part that waits
    // calls `use` all the same (TimelinePage's ReadyFlag): React replays it with the
    // hooks it had, and a `use` left out of the replay broke the next hook (error #467).
    let arrive = (_: { default: typeof Card }) => {};
    const Part = lazyPart(() => new Promise<{ default: typeof Card }>((done) => (arrive = done)));
    function Waiting() {
      use(Part.settled());
      useId();
      return "ready";
    }
    expect(inSuspense(createElement(Waiting))).toContain("loading");
    arrive({ default: Card });
    await Part.preload();
    expect(inSuspense(createElement(Waiting))).toContain("ready");
  });
});
