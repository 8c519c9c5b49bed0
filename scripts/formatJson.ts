// A dataset as the project writes JSON: two-space JSON, formatted by Prettier with the
// target's own config, else this project's (so that files in data/ pass the lint).
// printJson lays it out as Prettier would, fast; Prettier itself is for what it cannot.
import { join } from "node:path";
import { printJson } from "./printJson.ts";

export async function formatJson(value: unknown, target: string): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    // Loaded only here: it is the slowest part of starting a command.
    const prettier = await import("prettier");
    const config =
      (await prettier.resolveConfig(target)) ??
      (await prettier.resolveConfig(join(process.cwd(), "data", "x.json"))) ??
      {};
    return printJson(value, config) ?? (await prettier.format(text, { ...config, parser: "json" }));
  } catch {
    return text;
  }
}
