// Writes data/schema.json from the TypeScript schema (src/data/schema.ts).
import { writeFileSync } from "node:fs";
import { buildJsonSchema } from "../src/data/jsonSchema.ts";

const target = new URL("../data/schema.json", import.meta.url);
writeFileSync(target, buildJsonSchema());
console.log(`wrote ${target.pathname}`);
