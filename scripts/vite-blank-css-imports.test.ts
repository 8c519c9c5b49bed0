import { describe, expect, it } from "vitest";
import { blankEmptyCssComments } from "./vite-blank-css-imports.ts";

describe("blankEmptyCssComments", () => {
  it("blanks each comment Vite leaves for a removed CSS import, keeping every column", () => {
    const comment = "/* empty css             */";
    const code = `import{a}from"./x.js";${comment}import{b}from"./y.js";${comment}b(a);`;
    const blanked = blankEmptyCssComments(code);
    const blank = " ".repeat(comment.length);
    expect(blanked).toBe(`import{a}from"./x.js";${blank}import{b}from"./y.js";${blank}b(a);`);
    expect(blanked).toHaveLength(code.length);
  });

  it("leaves other comments and strings alone", () => {
    const code = '/* empty */let s="/* empty cssx */";/*! empty css licence */';
    expect(blankEmptyCssComments(code)).toBe(code);
  });
});
