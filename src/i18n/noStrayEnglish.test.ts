// No interface text is written in the components themselves: what a reader sees or hears
// comes from the catalog (src/i18n/catalogs), so that every language has all of it. This
// reads the components with TypeScript's parser and lists any text in JSX, or in an
// attribute that is read out (aria-label, title, placeholder, …), that contains a letter.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..");
/** Where the interface is written: every component, and the pages' entry scripts. */
const DIRS = ["components", "embed"];
const ENTRIES = ["App.tsx", "main.tsx", "embedMain.tsx", "previewMain.tsx"];

/** Attributes whose text a reader sees or hears. */
const READ_OUT = new Set([
  "aria-label",
  "aria-valuetext",
  "aria-roledescription",
  "aria-description",
  "aria-placeholder",
  "title",
  "alt",
  "placeholder",
  "label",
]);

/** Texts with letters that are not language (none so far: symbols have no letters). */
const ALLOWED = new Set<string>([]);

const LETTER = /\p{L}/u;

function sources(): string[] {
  const inDirs = DIRS.flatMap((dir) =>
    readdirSync(join(SRC, dir))
      .filter((name) => name.endsWith(".tsx") && !name.endsWith(".test.tsx"))
      .map((name) => join(SRC, dir, name)),
  );
  return [...inDirs, ...ENTRIES.map((name) => join(SRC, name))];
}

/** The strings an expression can evaluate to, as far as they are written in it. */
function resultTexts(node: ts.Expression): string[] {
  if (ts.isParenthesizedExpression(node)) return resultTexts(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  }
  if (ts.isConditionalExpression(node)) {
    return [...resultTexts(node.whenTrue), ...resultTexts(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return resultTexts(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...resultTexts(node.left), ...resultTexts(node.right)];
    }
    if (op === ts.SyntaxKind.PlusToken)
      return [...resultTexts(node.left), ...resultTexts(node.right)];
  }
  return [];
}

function strays(path: string, text = readFileSync(path, "utf8")): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, " ").trim();
    if (!LETTER.test(clean) || ALLOWED.has(clean)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(SRC, path)}:${line + 1}: ${JSON.stringify(clean)}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText();
      const value = node.initializer;
      if (READ_OUT.has(name) && value !== undefined) {
        if (ts.isStringLiteral(value)) report(value, value.text);
        else if (ts.isJsxExpression(value) && value.expression !== undefined) {
          for (const text of resultTexts(value.expression)) report(value, text);
        }
      }
      // Other attributes (className, type, …) hold no language; their JSX values may.
      if (value !== undefined && ts.isJsxExpression(value)) ts.forEachChild(value, visit);
      return;
    } else if (
      ts.isJsxExpression(node) &&
      node.expression !== undefined &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      // A child: `{open ? "Hide" : "Show"}`, `{`${n} of ${total}`}`.
      for (const text of resultTexts(node.expression)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("interface text", () => {
  it("comes from the catalog, never from a component's own English", () => {
    expect(sources().flatMap((path) => strays(path))).toEqual([]);
  });

  it("is found where it is written (the check itself works)", () => {
    const sample = `
      export function Panel({ open, n, total, t }) {
        return (
          <section aria-label="Close the panel" className="panel-wide">
            <button type="button" title={t("legend.hide")}>{open ? "Hide" : "Show"}</button>
            <span aria-hidden="true">× ↗ ·</span> {n > 0 && "Next"}
            <p>{\`\${n} of \${total}\`}</p>
            <input placeholder={open ? t("search.label") : "Search events"} />
            <p>
              Loading…
            </p>
          </section>
        );
      }`;
    const found = strays(join(SRC, "components", "Sample.tsx"), sample);
    expect(found.map((line) => line.replace(/^[^:]+:\d+: /, ""))).toEqual([
      '"Close the panel"',
      '"Hide"',
      '"Show"',
      '"Next"',
      '"of"',
      '"Search events"',
      '"Loading…"',
    ]);
  });
});
