// Publishes data/*.json at /data/<name>.json: served by the dev server, copied by the build.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

const DATA_DIR = "data";

function datasetFiles(): string[] {
  return readdirSync(DATA_DIR).filter((name) => name.endsWith(".json"));
}

export function publishDatasets(): Plugin {
  return {
    name: "rumor-timeline:publish-datasets",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/data\/([a-z0-9-]+\.json)(?:\?.*)?$/.exec(request.url ?? "");
        const name = match?.[1];
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
