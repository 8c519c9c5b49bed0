// The English catalog is the one every other language follows: its texts must be well
// formed, and the code must fill exactly the placeholders its texts have. The code is read
// with TypeScript's parser: every `t(key, { … })` and `count(key, n, { … })` with a literal
// key (or a template such as `kind.${kind}`, checked against every key it can be).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { en as firstPaint } from "./en.ts";
import { enLater } from "./enLater.ts";

/** English whole: the first paint's texts and the rest (one catalog in two loads). */
const en = { ...firstPaint, ...enLater };

const SRC = join(import.meta.dirname, "..", "..");
const PLACEHOLDER = /\{(\w+)\}/g;

type Entry = string | Readonly<Record<string, string>>;
const catalog: Readonly<Record<string, Entry>> = en;
const keys = Object.keys(catalog);

function textsOf(entry: Entry): string[] {
  return typeof entry === "string" ? [entry] : Object.values(entry);
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""));
}

/** Every placeholder of an entry (any plural form); `count` is always given to counts. */
function placeholdersOf(entry: Entry): Set<string> {
  return new Set(textsOf(entry).flatMap((text) => [...placeholders(text)]));
}

describe("the English catalog", () => {
  it("has keys grouped by a dotted prefix", () => {
    for (const key of keys) expect(key, key).toMatch(/^[a-zA-Z]+(\.[a-zA-Z-]+)+$/);
  });

  it("has no empty text, and braces only around placeholder names", () => {
    for (const key of keys) {
      for (const text of textsOf(catalog[key] ?? "")) {
        expect(text.trim(), key).not.toBe("");
        expect(text.replace(PLACEHOLDER, ""), key).not.toMatch(/[{}]/);
      }
    }
  });

  it("gives each count the forms one and other, each with its {count}", () => {
    for (const key of keys) {
      const entry = catalog[key];
      if (typeof entry === "string" || entry === undefined) {
        expect(key.startsWith("count."), `${key} is a text`).toBe(false);
        continue;
      }
      expect(key.startsWith("count."), `${key} is a count`).toBe(true);
      expect(Object.keys(entry).sort(), key).toEqual(["one", "other"]);
      // The label "Source"/"Sources" agrees with a number it does not show.
      if (key !== "count.sourcesLabel") {
        for (const text of textsOf(entry)) expect(text, key).toContain("{count}");
      }
    }
  });

  it("has the same placeholders in every plural form of a count", () => {
    for (const key of keys) {
      const entry = catalog[key];
      if (typeof entry === "string" || entry === undefined) continue;
      const [one, other] = [entry.one ?? "", entry.other ?? ""];
      expect([...placeholders(one)].sort(), key).toEqual([...placeholders(other)].sort());
    }
  });
});

// ---------------------------------------------------------------------------------------
// The code's calls into the catalog.

interface Call {
  where: string;
  /** The keys the call can ask for. */
  keys: string[];
  /** Names the call gives for placeholders, or null when passed in a way not read here. */
  given: Set<string> | null;
  /** The same with those the Template whose text it is fills (its values serve every text). */
  filled: Set<string> | null;
  /** A count: the translator fills `{count}` itself. */
  counts: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The keys a key expression can be: a literal, a `prefix.${x}` template, or either of two. */
function keysOf(node: ts.Expression): string[] | null {
  if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) {
    const a = keysOf(node.whenTrue);
    const b = keysOf(node.whenFalse);
    return a === null || b === null ? null : [...a, ...b];
  }
  if (ts.isTemplateExpression(node)) {
    const pattern =
      escapeRegExp(node.head.text) +
      node.templateSpans.map((span) => `[^.]+${escapeRegExp(span.literal.text)}`).join("");
    const regExp = new RegExp(`^${pattern}$`);
    return keys.filter((key) => regExp.test(key));
  }
  return null;
}

/** The property names of an object literal; null with a spread or a computed name. */
function namesOf(node: ts.Expression | undefined): Set<string> | null {
  if (node === undefined) return new Set();
  if (!ts.isObjectLiteralExpression(node)) return null;
  const names = new Set<string>();
  for (const property of node.properties) {
    if (
      (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
    ) {
      names.add(property.name.text);
    } else {
      return null;
    }
  }
  return names;
}

/** The `values` names of the Template whose `text` this call is, if it is one's. */
function templateValues(call: ts.Node): Set<string> | null | undefined {
  let node: ts.Node = call;
  while (ts.isParenthesizedExpression(node.parent) || ts.isConditionalExpression(node.parent)) {
    node = node.parent;
  }
  const attribute = node.parent?.parent;
  if (attribute === undefined || !ts.isJsxAttribute(attribute)) return undefined;
  if (attribute.name.getText() !== "text") return undefined;
  const element = attribute.parent.parent;
  if (element.tagName.getText() !== "Template") return undefined;
  for (const other of attribute.parent.properties) {
    if (!ts.isJsxAttribute(other) || other.name.getText() !== "values") continue;
    const value = other.initializer;
    if (value !== undefined && ts.isJsxExpression(value) && value.expression !== undefined) {
      return namesOf(value.expression);
    }
  }
  return new Set();
}

function callsIn(path: string): Call[] {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const calls: Call[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : "";
      const paramsAt = name === "t" ? 1 : name === "count" ? 2 : -1;
      const [keyArg] = node.arguments;
      const found = paramsAt < 0 || keyArg === undefined ? null : keysOf(keyArg);
      if (found !== null && found.length > 0 && found.every((key) => key in catalog)) {
        const given = namesOf(node.arguments[paramsAt]);
        const values = templateValues(node);
        const filled =
          given === null || values === null ? null : new Set([...given, ...(values ?? [])]);
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        const where = `${relative(SRC, path)}:${line + 1}`;
        calls.push({ where, keys: found, given, filled, counts: name === "count" });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return calls;
}

const files = sourceFiles(SRC);
const calls = files.flatMap(callsIn);
/**
 * Texts that are templates for later code rather than finished text: the date words are
 * filled by formatDate.ts with the dates it writes.
 */
const FILLED_LATER = new Set(keys.filter((key) => key.startsWith("date.")));

describe("the code's use of the catalog", () => {
  it("finds the calls it checks", () => {
    expect(calls.length).toBeGreaterThan(200);
  });

  it("gives only placeholders the text has", () => {
    const wrong: string[] = [];
    for (const call of calls) {
      if (call.given === null) continue;
      for (const key of call.keys) {
        const has = placeholdersOf(catalog[key] ?? "");
        for (const name of call.given) {
          if (!has.has(name)) wrong.push(`${call.where}: ${key} has no {${name}}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("fills every placeholder of the text", () => {
    const missing: string[] = [];
    for (const call of calls) {
      if (call.filled === null) continue;
      for (const key of call.keys) {
        if (FILLED_LATER.has(key)) continue;
        for (const name of placeholdersOf(catalog[key] ?? "")) {
          if (name === "count" && call.counts) continue;
          if (!call.filled.has(name)) missing.push(`${call.where}: ${key} needs {${name}}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses every key", () => {
    // A key is used when code names it: in a call, or as a string where a key is kept.
    const literals = new Set<string>();
    for (const path of files) {
      const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest);
      const visit = (node: ts.Node) => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          literals.add(node.text);
        } else if (ts.isTemplateExpression(node)) {
          const found = keysOf(node);
          if (found !== null) for (const key of found) literals.add(key);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    const unused = keys.filter((key) => !literals.has(key));
    expect(unused).toEqual([]);
  });
});
