import { describe, expect, it } from "vitest";
import { lazyPart } from "./lazyPart.ts";

function Card(props: { title: string }) {
  return props.title;
}

describe("lazyPart", () => {
  it("suspends until the module is in, then renders the component itself", async () => {
    const Part = lazyPart(() => Promise.resolve({ default: Card }));
    const before = Part({ title: "a" });
    expect(before.type).not.toBe(Card);
    await Part.preload();
    const after = Part({ title: "a" });
    expect(after.type).toBe(Card);
    expect(after.props).toEqual({ title: "a" });
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
});
