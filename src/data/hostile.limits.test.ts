// Files shaped to freeze the parser or the validator (deep nesting, huge files, over-long
// text, floods of keys and problems) are refused quickly, each with a message that says why.
import { describe, expect, it } from "vitest";
import { hostileDataset, longTextDataset, PAYLOADS } from "./fixtures/hostile.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import { parseDataset } from "./parseDataset.ts";
import { LIMITS } from "./schema.ts";
import {
  MAX_DATASET_CHARS,
  MAX_DEPTH,
  MAX_KEYS,
  MAX_PROBLEMS,
  validateDataset,
} from "./validate.ts";
import { problems, roundTrip } from "../test/loadResult.ts";

/** Runs `fn` and says how long it took, in milliseconds. */
async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

describe("bounded size, depth and time, each with a clear message", () => {
  it("refuses 100,000 nested arrays before parsing, naming where", async () => {
    const depth = 100_000;
    const [result, ms] = await timed(() =>
      parseDataset(`{"version":1,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`),
    );
    expect(problems(result)).toEqual([
      {
        path: "(file)",
        message: `is nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects; format v1 needs 6) at line 1, column ${17 + MAX_DEPTH}`,
      },
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses 5 million nested arrays (10 MB) at once, without parsing them", async () => {
    const depth = 5_000_000;
    const [result, ms] = await timed(() =>
      parseDataset(`${"[".repeat(depth)}${"]".repeat(depth)}`),
    );
    expect(problems(result)[0]?.message).toMatch(/^is nested too deeply/);
    // JSON.parse alone takes seconds on this.
    expect(ms).toBeLessThan(1000);
  });

  it("ignores brackets inside strings, escaped quotes included", async () => {
    const doc = minimalDataset();
    doc.title = `"[[[[\\${"[{".repeat(60)}`;
    expect((await parseDataset(JSON.stringify(doc))).ok).toBe(true);
  });

  it("refuses a deep value that arrives already parsed, without overflowing the stack", () => {
    let deep: unknown = "report";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = { ...minimalDataset(), events: [{ ...minimalDataset().events[0], kind: deep }] };
    const list = problems(validateDataset(doc));
    expect(list).toEqual([
      {
        path: `events[0].kind${"[0]".repeat(MAX_DEPTH - 3)}`,
        message: `is nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects; format v1 needs 6)`,
      },
    ]);
  });

  it("refuses a file over 64 MB before parsing it", async () => {
    const [result, ms] = await timed(() => parseDataset(" ".repeat(MAX_DATASET_CHARS + 1)));
    expect(problems(result)).toEqual([
      { path: "(file)", message: "is too large (64.0 MB; the limit is 64 MB)" },
    ]);
    expect(ms).toBeLessThan(1000);
  });

  it("refuses over-long text in every field, naming the field and the limit", () => {
    const doc = hostileDataset(PAYLOADS.slice(0, 1));
    const over = (max: number) => "x".repeat(max + 1);
    doc.title = over(LIMITS.title);
    doc.summary = over(LIMITS.summary);
    doc.people![0]!.name = over(LIMITS.name);
    doc.claims![0]!.text = over(LIMITS.quote);
    doc.sources[0]!.outlet = over(LIMITS.name);
    doc.sources[0]!.url = `https://example.org/${over(LIMITS.url)}`;
    const event = doc.events[0]!;
    event.title = over(LIMITS.title);
    event.summary = over(LIMITS.summary);
    event.place = over(LIMITS.name);
    event.annotations![0]!.text = over(LIMITS.text);
    event.annotations![0]!.quote = over(LIMITS.quote);
    event.altDates![0]!.note = over(LIMITS.note);
    doc.corrections![0]!.text = over(LIMITS.text);
    const list = problems(validateDataset(roundTrip(doc)));
    expect(list.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "claims[0].text: is too long (at most 500 characters)",
      "corrections[0].text: is too long (at most 1000 characters)",
      "events[0].altDates[0].note: is too long (at most 500 characters)",
      "events[0].annotations[0].quote: is too long (at most 500 characters)",
      "events[0].annotations[0].text: is too long (at most 1000 characters)",
      "events[0].place: is too long (at most 200 characters)",
      "events[0].summary: is too long (at most 2000 characters)",
      "events[0].title: is too long (at most 200 characters)",
      "people[0].name: is too long (at most 200 characters)",
      "sources[0].outlet: is too long (at most 200 characters)",
      "sources[0].url: is too long (at most 2000 characters)",
      "summary: is too long (at most 2000 characters)",
      "title: is too long (at most 200 characters)",
    ]);
  });

  it("accepts text at every limit, unbroken", () => {
    expect(validateDataset(roundTrip(longTextDataset())).ok).toBe(true);
  });

  it("refuses a huge list before checking any item of it", async () => {
    const doc = { ...minimalDataset(), events: Array.from({ length: 300_000 }, () => ({})) };
    const [result, ms] = await timed(() => validateDataset(doc));
    expect(problems(result)).toEqual([
      { path: "events", message: "has too many items (300,000; at most 200,000)" },
    ]);
    expect(ms).toBeLessThan(2000);

    const tags = { ...minimalDataset() };
    tags.events[0]!.tags = Array.from({ length: 1_000_000 }, () => "a");
    expect(problems(validateDataset(tags))).toEqual([
      { path: "events[0].tags", message: "has too many items (1,000,000; at most 200)" },
    ]);
  });

  it("refuses an object with thousands of keys without listing each", () => {
    const doc: Record<string, unknown> = { ...minimalDataset() };
    for (let i = 0; i < 200_000; i++) doc[`key${i}`] = i;
    expect(problems(validateDataset(doc))).toEqual([
      {
        path: "(root)",
        message: `has too many keys (200,011; format v1 objects have at most 15)`,
      },
    ]);
    expect(MAX_KEYS).toBeLessThan(200_000);
  });

  it("lists the first 1,000 of a flood of problems and counts the rest", () => {
    const doc = { ...minimalDataset(), events: Array.from({ length: 2_000 }, () => []) };
    const list = problems(validateDataset(doc));
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(list[0]).toEqual({ path: "events[0]", message: "must be an object (got an array)" });
    expect(list.at(-1)).toEqual({
      path: "(file)",
      message: "has 1,000 more problems not listed here; fix these first",
    });
  });

  it("survives a flood too large for the validator's own stack, still listing the first", async () => {
    // 100,000 empty events are 600,000 problems: more than one call can gather at once.
    const doc = { ...minimalDataset(), events: Array.from({ length: 100_000 }, () => ({})) };
    const [result, ms] = await timed(() => validateDataset(doc));
    const list = problems(result);
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(list[0]).toEqual({ path: "events[0].date", message: "is required" });
    expect(list.at(-1)?.message).toMatch(/^has more problems not listed here/);
    expect(list.map((p) => p.message).join("\n")).not.toMatch(/call stack|could not be validated/);
    expect(ms).toBeLessThan(20_000);
  });

  it("says what a wrong type should have been, not zod's bare 'Invalid input'", () => {
    const doc = { ...minimalDataset(), events: ["text", 1, null, []] };
    expect(problems(validateDataset(doc))).toEqual([
      { path: "events[0]", message: "must be an object (got a string)" },
      { path: "events[1]", message: "must be an object (got a number)" },
      { path: "events[2]", message: "must be an object (got null)" },
      { path: "events[3]", message: "must be an object (got an array)" },
    ]);
  });
});
