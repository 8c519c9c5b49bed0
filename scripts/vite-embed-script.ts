// Builds embed.js (src/embed/loaderEntry.ts) as one small classic script with a fixed name
// at the site root: articles link to https://<site>/embed.js, so it cannot carry a content
// hash (its cache rules are in public/_headers). Served on the fly by the dev server.
// The pages' boot scripts (public/boot.js, public/data-prefetch.js) are kept readable
// in public/ and written to dist/ minified the same way: readers need no comments.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin, type Rolldown } from "vite";

const ENTRY = "src/embed/loaderEntry.ts";
export const EMBED_SCRIPT = "embed.js";

/** Bundles the loader into an IIFE: no imports, no exports, nothing left on the page but itself. */
export function bundleEmbedScript(minify: boolean): Promise<string> {
  return bundleClassicScript(ENTRY, EMBED_SCRIPT, minify, "iife");
}

/**
 * A classic script built from `entry`, for a fixed file name: wrapped in an IIFE, or "es"
 * for a file that wraps itself and has no imports or exports (the boot scripts, whose own
 * IIFE keeps them apart as public/ serves them to the dev server; wrapped again, they cost
 * every page's first load bytes for nothing).
 */
async function bundleClassicScript(
  entry: string,
  fileName: string,
  minify: boolean,
  format: "iife" | "es",
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    build: {
      write: false,
      // Every browser from 2017 on; the loader itself sticks to old, plain DOM APIs.
      target: "es2015",
      minify,
      sourcemap: false,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry,
        formats: [format],
        name: "RumorTimelineEmbed",
        fileName: () => fileName,
      },
      // Vite's library mode leaves an ES module's whitespace in; a script needs none of it.
      ...(format === "es" && minify ? { rolldownOptions: { output: { minify: true } } } : {}),
    },
  });
  const outputs: Rolldown.RolldownOutput[] = Array.isArray(result)
    ? result
    : "output" in result
      ? [result]
      : [];
  for (const output of outputs) {
    for (const item of output.output) {
      if (item.type === "chunk" && item.isEntry) return item.code;
    }
  }
  throw new Error(`Building ${fileName} produced no script`);
}

export function embedScript(): Plugin {
  return {
    name: "rumor-timeline:embed-script",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!/^\/embed\.js(?:\?.*)?$/.test(request.url ?? "")) return next();
        bundleEmbedScript(false).then(
          (code) => {
            response.setHeader("Content-Type", "text/javascript; charset=utf-8");
            response.end(code);
          },
          (error: unknown) => next(error),
        );
      });
    },
    async generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: EMBED_SCRIPT,
        source: await bundleEmbedScript(true),
      });
    },
  };
}

/** The scripts every page runs before its bundle, copied from public/ as they are. */
const BOOT_SCRIPTS = ["boot.js", "data-prefetch.js"];

/** Replaces the copied boot scripts in the build's output folder with minified builds. */
export function minifiedBootScripts(): Plugin {
  let outDir = "dist";
  return {
    name: "rumor-timeline:minified-boot-scripts",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      for (const name of BOOT_SCRIPTS) {
        const target = join(outDir, name);
        const code = await bundleClassicScript(join("public", name), name, true, "es");
        // Never a silent no-op: the copy must exist where the pages load it from.
        readFileSync(target);
        writeFileSync(target, code);
      }
    },
  };
}
