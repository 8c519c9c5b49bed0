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

/**
 * The Chromium features Playwright's launcher turns off (its own `--disable-features`, as of
 * Playwright 1.65). Chromium honours only the last `--disable-features` on its command line,
 * and ours comes after Playwright's, so it must carry Playwright's list as well as its own;
 * scripts/chromiumArgs.test.ts holds this copy to the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Headless Chromium builds a whole browser window for every page, address bar included, and
 * gives the bar's pop-up two WebUI pages in a renderer of their own. On a 2-core machine that
 * renderer's ~0.4 s of script (1.5 s at the phone profile's 4× CPU) ran beside every page
 * loaded for a test or a measurement: with it gone the bench's ready times fell by a third,
 * the app's and the floor's alike. Nothing here ever shows that pop-up.
 */
const WINDOW_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

/** Flags that keep Chromium quiet and working on a locked-down CI machine. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...WINDOW_UI_FEATURES].join(",")}`,
];
