import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { publishDatasets } from "./scripts/vite-publish-datasets.ts";

export default defineConfig({
  plugins: [react(), publishDatasets()],
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    // Property tests run hundreds of cases; a busy 2-core CI machine needs more than 5 s.
    testTimeout: 60_000,
  },
});
