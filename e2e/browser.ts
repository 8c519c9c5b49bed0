// Picks the browser for Playwright: the system Chromium when present (or CHROMIUM_PATH),
// otherwise Playwright's own download.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export interface BrowserChoice {
  executablePath: string | undefined;
  description: string;
}

export function chooseBrowser(): BrowserChoice {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, description: `browser: ${fromEnv} (from CHROMIUM_PATH)` };
  }
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system)
    return { executablePath: system, description: `browser: system Chromium at ${system}` };
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) {
    return {
      executablePath: undefined,
      description: `browser: Playwright's Chromium at ${bundled}`,
    };
  }
  return {
    executablePath: undefined,
    description:
      "browser: none found. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.",
  };
}

/** Flags that keep Chromium quiet and working on a locked-down CI machine. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
