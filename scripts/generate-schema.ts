// Writes data/schema.json (for editors) and src/data/keys.ts (each object's keys, for the
// fast path, which must not load zod) from the TypeScript schema (src/data/schema.ts).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { buildJsonSchema } from "../src/data/jsonSchema.ts";
import { objectSchemas } from "../src/data/schema.ts";

const schemaFile = new URL("../data/schema.json", import.meta.url);
writeFileSync(schemaFile, buildJsonSchema());
console.log(`wrote ${schemaFile.pathname}`);

const keysFile = fileURLToPath(new URL("../src/data/keys.ts", import.meta.url));
const entries = Object.entries(objectSchemas).map(
  ([name, schema]) => `  ${name}: ${JSON.stringify(Object.keys(schema.shape))},`,
);
const source = `// Generated from src/data/schema.ts by \`npm run schema\`: do not edit. The keys each object
// of format v1 may have, for the fast path, which reads them here rather than load zod;
// keys.test.ts fails when this file and the schema drift apart.
export const KEYS = {
${entries.join("\n")}
} as const;
`;
const options = (await resolveConfig(keysFile)) ?? {};
writeFileSync(keysFile, await format(source, { ...options, filepath: keysFile }));
console.log(`wrote ${keysFile}`);
