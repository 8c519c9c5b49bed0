import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { blankCssImports } from "./scripts/vite-blank-css-imports.ts";
import { embedScript, minifiedBootScripts } from "./scripts/vite-embed-script.ts";
import { feeds } from "./scripts/vite-feeds.ts";
import { oembed } from "./scripts/vite-oembed.ts";
import { publishDatasets } from "./scripts/vite-publish-datasets.ts";
import { siteFiles } from "./scripts/vite-site-files.ts";
import { ISOLATED_TESTS } from "./scripts/testIsolation.ts";

export default defineConfig({
  plugins: [
    react(),
    publishDatasets(),
    embedScript(),
    minifiedBootScripts(),
    oembed(),
    feeds(),
    siteFiles(),
    blankCssImports(),
  ],
  build: {
    target: "es2022",
    // Vite's default, kept on purpose: Lightning CSS lowers the palette's light-dark()
    // (src/styles.css) for this target, which predates it; esbuild would ship it as is.
    cssMinify: "lightningcss",
    sourcemap: true,
    // For scripts/prerender.ts, which links the prerendered pages' style sheets (and then
    // deletes it).
    manifest: true,
    // Every browser the es2022 target covers preloads modules itself, except Safari before
    // 17, which then fetches a lazy part's imports one after the other: slower there, not
    // broken. The polyfill would be 0.3 kB of every first load.
    modulePreload: {
      polyfill: false,
      // Every page preloads the runtime and the framework chunk from its HTML, before
      // anything else: listing them again among each lazy part's preloads (in the scripts)
      // cost bytes of the first load for nothing. The pages' own lists stay whole.
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === "html"
          ? deps
          : deps.filter((dep) => !/(^|\/)(rolldown-runtime|framework)-[\w-]+\.js$/.test(dep)),
    },
    rolldownOptions: {
      // Three pages: the full timeline, its compact copy for article frames, and the file
      // preview for dataset authors. They share one chunk of timeline code, so a reader who
      // saw one has the others cached.
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        embed: resolve(import.meta.dirname, "embed.html"),
        // For dataset authors: drop or open a file to check and preview it.
        preview: resolve(import.meta.dirname, "preview.html"),
      },
      output: {
        // The first load names every lazy chunk it may import: six hash characters instead
        // of eight keep those names, which gzip cannot shrink, 2 bytes shorter each.
        chunkFileNames: "assets/[name]-[hash:6].js",
        // React and the few small modules the lazy views share with the first view, in one
        // chunk. Split, the page made nine script requests before the dataset's, and with six
        // connections per host the main chunk and the dataset waited behind the small ones.
        codeSplitting: {
          groups: [
            {
              name: "framework",
              // Also the loading path every page's first draw needs (App, fetching and
              // checking the dataset): embed.html draws it before its story box loads. Its
              // texts come from the English catalog, so the i18n core is here too.
              test: /modulepreload-polyfill|node_modules[\\/](?:(?:react|react-dom|scheduler)[\\/]|zustand[\\/](?!.*shallow))|src[\\/](App|store[\\/](createTimelineStore|TimelineStoreContext)|data[\\/](model|rules|keys|monthNames|datasetUrl|bounds|edtf|fastPath|fastPathRead|fastPathRecords|sortOrder|parseDataset|takePrefetched|fetchDataset|firstLoad|useDataset)|components[\\/](ErrorBoundary|ErrorView|LoadingView|lazyPart)|i18n[\\/](I18nContext|catalog|translator|fill|languages|Template|withText|writtenIn|catalogs[\\/]en)|timeline[\\/](filters|newsOf|at|markGeometry|stack|timeColumns|layoutTimeline|viewport|timeScale|formatDate|calendarFormat))\.tsx?$/,
            },
            {
              name: "styles",
              // The global sheet and the sheets of the components every page draws first, in
              // one file, in import order (styles.css first). As one file per chunk they were
              // 0.7 kB more gzipped. A first-drawn component with a new sheet belongs in this
              // list (left out, its sheet is a file of its own); a lazy view's does not (it
              // would join the first load): lazy views' sheets load with them. The
              // prerendered story's sheets (StaticPage and the event cards it shows) are
              // here: the story is the first paint of every prerendered page.
              test: /src[\\/](styles|components[\\/](ClaimsOverview|DatasetHeader|KindGlyph|StoryStepper|TimelineAxis|TimelineMarks|TimelinePage|TimelineView|StaticPage|EventList|AltDateList|AnnotationView|SourceLink|NewsBadge))\.css$/,
            },
            {
              // Small modules that several lazily loaded parts share (an annotation, an update
              // note, the "New" badge, the language names, the change log's rules, the reader's
              // place in a prerendered story), in one chunk: each file a lazy part names costs
              // its name in the first load's import maps.
              name: "shared-later",
              test: /src[\\/](components[\\/](AnnotationView|UpdateNote|NoBreakText|NewsBadge)\.tsx|timeline[\\/]changeLog\.ts|components[\\/]LanguageOptions\.tsx|i18n[\\/]languageNames\.ts|prerender[\\/]ReaderPlaceContext\.ts)$/,
            },
            {
              // embed.html's own sheet, a file of its own like the one above, so that it comes
              // after it: an entry's own CSS is linked before the CSS-only files it imports.
              name: "embed-styles",
              test: /src[\\/]embed[\\/]embed\.css$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "node",
    // Tests read English whole; the page loads its later half with the parts that show it.
    setupFiles: ["src/i18n/englishWhole.ts"],
    // Twice Vitest's default: room for a busy CI machine, not for slow tests. Property tests
    // run a modest number of cases here (src/test/property.ts); `npm run test:fuzz` runs
    // many more, without a time limit.
    testTimeout: 10_000,
    // Vitest leaves one core to its main thread, which on a 2-core CI machine means one
    // worker; the main thread only collects results, so use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files share each worker's modules instead of importing them afresh: most of the
    // suite's time went to that. The few that change shared state keep their own
    // (scripts/testIsolation.ts says which and why).
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          isolate: false,
          exclude: [...configDefaults.exclude, ...ISOLATED_TESTS],
        },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED_TESTS } },
    ],
  },
});
