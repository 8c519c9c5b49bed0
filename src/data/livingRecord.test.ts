// A living record: when the dataset gained (`added`) and last changed (`updated`) each event,
// archived copies of sources (`archived`), and corrections that name the event they correct.
// All optional; each rule is reported at its JSON path, and the fast path agrees.
import { describe, expect, it } from "vitest";
import { fastValidate } from "./fastPath.ts";
import { validateByOracle } from "./fixtures/oracle.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import type { Problem } from "./model.ts";
import type { DatasetInput } from "./schema.ts";
import { validateDataset } from "./validate.ts";

type Edit = (doc: DatasetInput) => void;

/** The minimal dataset with every new field, edited by `edit`, as a file would arrive. */
function withChanges(edit: Edit = () => {}): unknown {
  const doc = minimalDataset();
  const dinner = doc.events[1]!;
  dinner.added = "2025-02-16";
  dinner.updated = "2025-06-01T09:30Z";
  doc.sources[0]!.archived = {
    url: "https://web.archive.org/web/20250216093000/https://a.example/story",
    date: "2025-02-16T09:30Z",
  };
  doc.corrections = [{ date: "2025-06-01", text: "Fixed the dinner's date.", event: "dinner" }];
  edit(doc);
  return JSON.parse(JSON.stringify(doc)) as unknown;
}

function problemsOf(edit: Edit): Problem[] {
  const value = withChanges(edit);
  // The fast path refuses what the full path reports.
  expect(fastValidate(value)).toBeNull();
  const result = validateDataset(value);
  if (result.ok) throw new Error("expected the dataset to be rejected");
  return result.problems;
}

describe("a living record's fields", () => {
  it("are optional: datasets without them stay valid", () => {
    expect(validateDataset(minimalDataset())).toMatchObject({ ok: true });
  });

  it("are read into the model, dates parsed, as the oracle reads them", () => {
    const value = withChanges();
    const full = validateByOracle(value);
    expect(full.ok ? [] : full.problems).toEqual([]);
    const dataset = fastValidate(value);
    expect(dataset).toEqual(full.ok ? full.dataset : null);
    const dinner = dataset?.events.find((event) => event.id === "dinner");
    expect(dinner?.added?.text).toBe("2025-02-16");
    expect(dinner?.updated?.precision).toBe("minute");
    expect(dataset?.sourcesById.get("paper-a")?.archived).toMatchObject({
      url: "https://web.archive.org/web/20250216093000/https://a.example/story",
      date: { text: "2025-02-16T09:30Z" },
    });
    expect(dataset?.corrections[0]?.event).toBe("dinner");
    // Every event has the same keys, the new ones included when absent.
    const denial = dataset?.events.find((event) => event.id === "denial");
    expect(Object.keys(denial ?? {})).toEqual(
      Object.keys(dinner ?? {}).filter((k) => k !== "place"),
    );
  });

  it("accept an update on the day of the addition, at any time of it", () => {
    for (const [added, updated] of [
      ["2025-02-16", "2025-02-16"],
      ["2025-02-16T18:00Z", "2025-02-16"],
      ["2025-02-16", "2025-02-16T00:00Z"],
      ["2025-02-16?", "2025-02-17~"],
    ] as const) {
      const value = withChanges((doc) => {
        doc.events[1]!.added = added;
        doc.events[1]!.updated = updated;
      });
      expect(validateDataset(value), `${added} then ${updated}`).toMatchObject({ ok: true });
      expect(fastValidate(value), `${added} then ${updated}`).not.toBeNull();
    }
  });
});

describe("a living record's rules, each reported at its path", () => {
  it("updated before added is an error", () => {
    expect(problemsOf((doc) => void (doc.events[1]!.updated = "2025-02-15T23:59Z"))).toEqual([
      {
        path: "events[1].updated",
        message:
          '"2025-02-15T23:59Z" is before the event was added (2025-02-16): an event is updated on or after the day it is added',
      },
    ]);
  });

  it("added and updated are EDTF dates", () => {
    expect(problemsOf((doc) => void (doc.events[1]!.added = "2025-02-30"))).toEqual([
      { path: "events[1].added", message: expect.stringMatching(/2025-02-30.*not a valid date/) },
    ]);
    expect(problemsOf((doc) => void (doc.events[0]!.updated = "yesterday"))).toEqual([
      { path: "events[0].updated", message: expect.stringMatching(/not an EDTF date/) },
    ]);
  });

  it("added and updated name one day or moment: not a year, a month or an interval", () => {
    for (const date of ["2025", "2025-02", "2025-02-16/2025-02-17", "../2025-02-16"]) {
      expect(
        problemsOf((doc) => void (doc.events[1]!.added = date)),
        date,
      ).toEqual([
        {
          path: "events[1].added",
          message: `${JSON.stringify(date)} is not one day or moment: added and updated say on which day (or at what moment) the dataset changed, e.g. 2025-05-16 or 2025-05-16T09:30Z`,
        },
      ]);
    }
  });

  it("a correction naming an unknown event is an error", () => {
    expect(problemsOf((doc) => void (doc.corrections![0]!.event = "supper"))).toEqual([
      { path: "corrections[0].event", message: 'unknown event "supper"' },
    ]);
  });

  it("a correction's event is an id", () => {
    const value = withChanges();
    (value as { corrections: { event: unknown }[] }).corrections[0]!.event = 7;
    expect(fastValidate(value)).toBeNull();
    expect(validateDataset(value)).toMatchObject({
      ok: false,
      problems: [{ path: "corrections[0].event", message: "must be a string id" }],
    });
  });

  it("an archived copy's URL is http(s), like a source's own", () => {
    for (const url of ["javascript:alert(1)", "ftp://archive.example/x", "/web/2025/x"]) {
      expect(
        problemsOf((doc) => void (doc.sources[0]!.archived!.url = url)),
        url,
      ).toEqual([{ path: "sources[0].archived.url", message: "must be an absolute http(s) URL" }]);
    }
  });

  it("an archived copy has a URL and an EDTF date, and no other key", () => {
    expect(
      problemsOf((doc) => void (doc.sources[0]!.archived!.date = "2025-13-01")).map((p) => p.path),
    ).toEqual(["sources[0].archived.date"]);
    expect(
      problemsOf((doc) => {
        const { url } = doc.sources[0]!.archived!;
        doc.sources[0]!.archived = { url } as { url: string; date: string };
      }),
    ).toEqual([{ path: "sources[0].archived.date", message: "is required" }]);
    expect(
      problemsOf((doc) => {
        Object.assign(doc.sources[0]!.archived!, { when: "2025" });
      }),
    ).toEqual([
      {
        path: "sources[0].archived.when",
        message: 'unknown key "when" (not part of format v1; check the spelling)',
      },
    ]);
  });
});
