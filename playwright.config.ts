import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chooseBrowser } from "./e2e/browser.ts";

const browser = chooseBrowser();
// The config is loaded by the runner and by every worker; say it once.
if (process.env.TEST_WORKER_INDEX === undefined) console.log(browser.description);

// Overridable so that two runs (say, a second suite in another terminal) never collide.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Generous: CI is a 2-core machine, and some tests build big pages on purpose.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [["list"]],
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  use: {
    baseURL: `http://localhost:${PORT}`,
    timezoneId: "UTC",
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(browser.executablePath === undefined ? {} : { executablePath: browser.executablePath }),
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
