// Builds embed.js (src/embed/loaderEntry.ts) as one small classic script with a fixed name
// at the site root: articles link to https://<site>/embed.js, so it cannot carry a content
// hash (its cache rules are in public/_headers). Served on the fly by the dev server.
import { build, type Plugin, type Rolldown } from "vite";

const ENTRY = "src/embed/loaderEntry.ts";
export const EMBED_SCRIPT = "embed.js";

/** Bundles the loader into an IIFE: no imports, no exports, nothing left on the page but itself. */
export async function bundleEmbedScript(minify: boolean): Promise<string> {
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
        entry: ENTRY,
        formats: ["iife"],
        name: "RumorTimelineEmbed",
        fileName: () => EMBED_SCRIPT,
      },
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
  throw new Error(`Building ${EMBED_SCRIPT} produced no script`);
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
