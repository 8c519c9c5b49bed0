import { createElement, Suspense } from "react";
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

  it("settles once its first load has ended, in or failed, and never rejects", async () => {
    const failing = lazyPart<{ title: string }>(() => Promise.reject(new Error("offline")));
    const settled = failing.settled();
    expect(failing.settled()).toBe(settled);
    await expect(settled).resolves.toBeUndefined();
    let arrive = (_: { default: typeof Card }) => {};
    const Part = lazyPart(() => new Promise<{ default: typeof Card }>((done) => (arrive = done)));
    let ended = false;
    void Part.settled().then(() => (ended = true));
    await Promise.resolve();
    expect(ended).toBe(false);
    arrive({ default: Card });
    await Part.settled();
    expect(Part({ title: "c" }).type).toBe(Card);
  });
});
