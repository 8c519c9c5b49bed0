import { describe, expect, it } from "vitest";
import { formatTable, num } from "./table.ts";

describe("formatTable", () => {
  it("left-aligns the first column, right-aligns the rest, and rules off the header", () => {
    const table = formatTable(
      ["events", "ready ms"],
      [
        ["100", "12"],
        ["100,000", "1,234"],
      ],
    );
    expect(table).toBe(
      ["events   ready ms", "-------  --------", "100            12", "100,000     1,234"].join(
        "\n",
      ),
    );
  });

  it("left-aligns the columns asked for, and trims the end of each line", () => {
    const table = formatTable(["ms", "function"], [["1.5", "a"]], [1]);
    expect(table).toBe(["ms   function", "---  --------", "1.5  a"].join("\n"));
  });

  it("treats a short row's missing cells as empty", () => {
    expect(formatTable(["a", "b"], [["xyz"]])).toBe(["a    b", "---  -", "xyz"].join("\n"));
  });
});

describe("num", () => {
  it("groups thousands and shows exactly the decimals asked for", () => {
    expect(num(1234567)).toBe("1,234,567");
    expect(num(1234.5)).toBe("1,235");
    expect(num(2, 1)).toBe("2.0");
    expect(num(0.126, 2)).toBe("0.13");
  });

  it("shows a dash for a missing number", () => {
    expect(num(null)).toBe("–");
    expect(num(undefined, 1)).toBe("–");
  });
});
