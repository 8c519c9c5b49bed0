import { describe, expect, it } from "vitest";
import { formatPerson, joinList, parsePerson, splitList } from "./csvCells.ts";

describe("in-cell lists", () => {
  it("escape | and \\ inside items and split them back", () => {
    const items = ["a|b", "back\\slash", "both \\| here", "", "plain"];
    const cell = joinList(items);
    expect(cell).toBe("a\\|b | back\\\\slash | both \\\\\\| here |  | plain");
    expect(splitList(cell)).toEqual(items);
  });

  it("read an empty cell as no items and keep a lone backslash literal", () => {
    expect(splitList("  ")).toEqual([]);
    expect(splitList("C:\\path | x")).toEqual(["C:\\path", "x"]);
  });

  it("write people as their name, or Name (id) when the id is not the name's slug", () => {
    expect(formatPerson("ana-de-armas", "Ana de Armas")).toBe("Ana de Armas");
    expect(formatPerson("ana", "Ana de Armas")).toBe("Ana de Armas (ana)");
    expect(formatPerson("goldie", "Goldie (DJ)")).toBe("Goldie (DJ) (goldie)");
    expect(formatPerson("x", undefined)).toBe("x");
    expect(parsePerson("Goldie (DJ) (goldie)")).toEqual({
      name: "Goldie (DJ)",
      id: "goldie",
      explicit: true,
    });
    expect(parsePerson("José Núñez")).toEqual({
      name: "José Núñez",
      id: "jose-nunez",
      explicit: false,
    });
  });
});
