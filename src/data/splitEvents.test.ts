import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../scripts/bench/generate.ts";
import { arbitraryDataset } from "./convert/arbitraryDataset.ts";
import { splitEvents } from "./splitEvents.ts";
import { propertyOptions } from "../test/property.ts";

/** What the loader does with the pieces. */
function join(text: string, itemsPerSlice: number): unknown {
  const split = splitEvents(text, itemsPerSlice, 32);
  if (split === null) return null;
  const head = JSON.parse(split.head) as { events: unknown[] };
  for (const slice of split.slices) head.events.push(...(JSON.parse(slice) as unknown[]));
  return head;
}

describe("splitEvents", () => {
  it("cuts a generated dataset into slices that give back the same value", () => {
    const text = JSON.stringify(generateDataset(1000, 20250213));
    const split = splitEvents(text, 300, 32);
    expect(split?.slices).toHaveLength(4);
    expect(join(text, 300)).toEqual(JSON.parse(text));
  });

  it("gives back any dataset, compact or indented, whatever the slice size", () => {
    fc.assert(
      fc.property(
        arbitraryDataset(),
        fc.constantFrom(undefined, 1, 2, "\t"),
        fc.integer({ min: 1, max: 5 }),
        (input, indent, size) => {
          const text = JSON.stringify(input, null, indent);
          expect(join(text, size)).toEqual(JSON.parse(text));
        },
      ),
      propertyOptions(20250213, 100),
    );
  });

  it("is not fooled by brackets, commas, quotes and an events key inside strings", () => {
    const text = JSON.stringify({
      title: 'events ], "events": [',
      summary: 'a \\" b, [c] {d}',
      events: [{ id: "a", title: '"],[' }, { id: "b", title: "\\" }, { id: "c" }],
      after: ["x", "y"],
    });
    expect(join(text, 1)).toEqual(JSON.parse(text));
    expect(splitEvents(text, 1, 32)?.slices).toHaveLength(3);
  });

  it("empties the array of the head and keeps everything around it", () => {
    const split = splitEvents('{"a":1,"events":[1,2,3],"b":[4,5]}', 2, 32);
    expect(split).toEqual({ head: '{"a":1,"events":[],"b":[4,5]}', slices: ["[1,2]", "[3]"] });
    expect(splitEvents('{"events":[ ]}', 2, 32)).toEqual({
      head: '{"events":[]}',
      slices: ["[ ]"],
    });
  });

  it("gives up on what it cannot cut safely, for the caller to parse whole", () => {
    for (const text of [
      '{"events":{}}',
      "[1,2,3]",
      '{"events":[1,2],"events":[3]}',
      '{"\\u0065vents":[1,2]}',
      '{"events":[1,2',
      '{"events":[1,2, ]}',
      '{"events":[1,,2]}',
      '{"title":"unterminated',
    ]) {
      expect(splitEvents(text, 1, 32)).toBeNull();
    }
  });

  it("gives up on nesting deeper than allowed, for the caller's depth check to report", () => {
    const deep = `{"events":[${"[".repeat(40)}${"]".repeat(40)}]}`;
    expect(splitEvents(deep, 1, 32)).toBeNull();
    expect(splitEvents(deep, 1, 50)).not.toBeNull();
  });

  it("leaves invalid JSON for JSON.parse to refuse", () => {
    const split = splitEvents('{"events":[1,oops]}', 1, 32);
    expect(() => split?.slices.map((slice) => JSON.parse(slice) as unknown)).toThrow();
  });
});
