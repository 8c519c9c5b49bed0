// Which unit test files get a module graph of their own. The others share one per worker
// (Vitest's `isolate: false`, see vite.config.ts): re-importing zod, React, fast-check and
// the app's modules for each of some 120 files was most of what `vitest run` spent.
//
// Sharing is safe for a file that leaves nothing behind. A file needs its own graph when it
// changes what the modules or the process keep: a module mock (vi.mock replaces a module
// for the whole graph), a stubbed global, fake timers, or process.env (a time zone, say).
// testIsolation.test.ts fails when such a file is not listed here, or a listed one no
// longer needs it.

export const ISOLATED_TESTS = [
  "scripts/feeds.test.ts",
  "src/data/fetchDataset.test.ts",
  "src/data/rules.test.ts",
  "src/data/stallWatch.test.ts",
  "src/store/addressSync.test.ts",
  "src/store/lastVisitKey.test.ts",
  "src/timeline/formatDate.test.ts",
  "src/timeline/layoutItems.test.ts",
];

/** What, in a test file's text, makes it need a module graph of its own. */
export const NEEDS_ISOLATION =
  /\bvi\.(?:mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers)\(|\bprocess\.env\b/;
