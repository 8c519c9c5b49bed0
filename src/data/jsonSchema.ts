import * as z from "zod/mini";
import { datasetSchema } from "./schema.ts";

/** The JSON Schema published as data/schema.json, so editors can check datasets as people type. */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: "input", target: "draft-2020-12" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
