import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from "../e2e/browser.ts";

// Playwright's launcher writes its list of disabled features as an array literal in its
// bundle; read it from the installed copy rather than trusting the one in e2e/browser.ts.
function installedPlaywrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve("playwright-core/lib/coreBundle"), "utf8");
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  if (list === undefined) throw new Error("Playwright's disabled features not found in its bundle");
  const withoutComments = list.replace(/\/\/.*$/gm, "");
  return [...withoutComments.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? "");
}

describe("Chromium's command line", () => {
  it("keeps every feature the installed Playwright turns off", () => {
    const installed = installedPlaywrightDisabledFeatures();
    expect(installed.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(installed));
  });

  it("has one --disable-features, which Chromium would otherwise read last-wins", () => {
    const switches = CHROMIUM_ARGS.filter((arg) => arg.startsWith("--disable-features="));
    expect(switches).toHaveLength(1);
    const features = switches[0]?.slice("--disable-features=".length).split(",");
    expect(features).toEqual(expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES]));
    expect(features).toContain("WebUIOmniboxPopup");
  });
});
