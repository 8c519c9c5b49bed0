// Publishes data/*.json at /data/<name>.json: served by the dev server, copied by the build.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

const DATA_DIR = "data";

function datasetFiles(): string[] {
  return readdirSync(DATA_DIR).filter((name) => name.endsWith(".json"));
}

/**
 * The file name a dev-server request asks for (`/data/<name>.json`), or undefined. Names are
 * slugs, optionally with dotted parts such as an edition's language (`x.es.json`).
 */
export function requestedDataset(url: string | undefined): string | undefined {
  return /^\/data\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.json)(?:\?.*)?$/.exec(url ?? "")?.[1];
}

export function publishDatasets(): Plugin {
  return {
    name: "rumor-timeline:publish-datasets",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = requestedDataset(request.url);
        if (name === undefined || !datasetFiles().includes(name)) return next();
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.end(readFileSync(join(DATA_DIR, name)));
      });
    },
    generateBundle() {
      for (const name of datasetFiles()) {
        this.emitFile({
          type: "asset",
          fileName: `data/${name}`,
          source: readFileSync(join(DATA_DIR, name)),
        });
      }
    },
  };
}
