// Prettier's layout for JSON, for the shapes a dataset has, without Prettier: formatting a
// 50,000-event import (19 MB) took Prettier about 40 s, this takes well under a second.
// Objects stay one key a line (Prettier keeps them so, as JSON.stringify wrote them);
// an array of strings goes on one line when it fits, else one item a line. Anything
// else (numbers in arrays, wide characters where a width counts, options other than the
// widths) answers null, and the caller asks Prettier.

/** The Prettier options this layout follows; any other option means: ask Prettier. */
export interface JsonLayout {
  printWidth?: number;
  tabWidth?: number;
}

const FOLLOWED = new Set(["printWidth", "tabWidth", "endOfLine"]);

class Unsupported extends Error {}

/** `value` laid out as Prettier would print its JSON.stringify text, or null. */
export function printJson(value: unknown, options: Record<string, unknown> = {}): string | null {
  if (Object.keys(options).some((key) => !FOLLOWED.has(key))) return null;
  if (options.endOfLine !== undefined && options.endOfLine !== "lf") return null;
  const layout = {
    printWidth: typeof options.printWidth === "number" ? options.printWidth : 80,
    tabWidth: typeof options.tabWidth === "number" ? options.tabWidth : 2,
  };
  try {
    return `${print(value, 0, 0, 0, layout)}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** Printable ASCII only: its width on screen is its length, as Prettier counts it. */
const NARROW = /^[\x20-\x7e]*$/;

/**
 * `value` starting at `column`, at nesting `depth`, with `after` characters (a comma) on
 * the line after it.
 */
function print(
  value: unknown,
  depth: number,
  column: number,
  after: number,
  layout: Required<JsonLayout>,
): string {
  if (value === null || typeof value === "string" || typeof value === "boolean") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    const text = JSON.stringify(value);
    // Prettier rewrites exponents (1e+21 → 1e21); datasets have none.
    if (/e/i.test(text)) throw new Unsupported();
    return text;
  }
  if (typeof value !== "object") throw new Unsupported();
  const inner = " ".repeat((depth + 1) * layout.tabWidth);
  const outer = " ".repeat(depth * layout.tabWidth);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.length === 0) return "[]";
    if (
      items.every((item) => item === null || typeof item === "string" || typeof item === "boolean")
    ) {
      const flat = `[${items.map((item) => JSON.stringify(item)).join(", ")}]`;
      if (!NARROW.test(flat)) throw new Unsupported();
      if (column + flat.length + after <= layout.printWidth) return flat;
    } else if (!items.every(isFilledObject)) {
      // Numbers are filled several to a line; mixed and nested arrays: Prettier knows.
      throw new Unsupported();
    }
    const lines = items.map(
      (item, i) =>
        `${inner}${print(item, depth + 1, inner.length, i < items.length - 1 ? 1 : 0, layout)}`,
    );
    return `[\n${lines.join(",\n")}\n${outer}]`;
  }
  // Keys whose value is undefined are left out, as JSON.stringify leaves them out.
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, item], i) => {
    const label = `${JSON.stringify(key)}: `;
    if (!NARROW.test(label)) throw new Unsupported();
    const at = inner.length + label.length;
    return `${inner}${label}${print(item, depth + 1, at, i < entries.length - 1 ? 1 : 0, layout)}`;
  });
  return `{\n${lines.join(",\n")}\n${outer}}`;
}

/** An object with at least one key: printed one key a line, so its array breaks too. */
function isFilledObject(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0
  );
}
