import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { StalledError, watchForStall } from "./stallWatch.ts";

describe("watchForStall", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fails a wait once nothing has arrived for the given time", async () => {
    const watch = watchForStall(1000);
    const never = new Promise<string>(() => {});
    const raced = watch.race(never);
    const caught = raced.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await caught).toBeInstanceOf(StalledError);
  });

  it("is re-armed by progress, so a slow but moving download goes on", async () => {
    const watch = watchForStall(1000);
    let settled = false;
    void watch.race(new Promise(() => {})).catch(() => (settled = true));
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(900);
      watch.arm();
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(true);
  });

  it("lets what settles in time through, and never fires once stopped", async () => {
    const watch = watchForStall(1000);
    await expect(watch.race(Promise.resolve(7))).resolves.toBe(7);
    watch.stop();
    let fired = false;
    void watch.race(new Promise(() => {})).catch(() => (fired = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(fired).toBe(false);
  });
});
