// TimelineJS eras become periods: title, summary, an interval of both ends, sources from
// their links; an era that cannot be a band is reported with its position and headline.
import { describe, expect, it } from "vitest";
import { validateDataset } from "../validate.ts";
import { convert, event, expectValid } from "../../test/timelineJsInput.ts";

function era(
  start: Record<string, unknown>,
  end: Record<string, unknown> | undefined,
  text: Record<string, unknown> = { headline: "Filming" },
  more: Record<string, unknown> = {},
) {
  return { start_date: start, ...(end === undefined ? {} : { end_date: end }), text, ...more };
}

describe("timelineJsToDataset: eras", () => {
  it("become periods: headline → title, text → summary, start and end → an interval", () => {
    const result = convert([event({ year: 2025, month: 3 })], {
      eras: [
        era(
          { year: 2025, month: 2, day: 13 },
          { year: 2025, month: 7, day: 30 },
          {
            headline: "Filming of <i>Deeper</i>",
            text: '<p>In London, says <a href="https://variety.com/deeper">Variety</a>.</p>',
          },
        ),
        era({ year: -753 }, { year: -509 }, { headline: "Roman Kingdom" }, { unique_id: "Kings" }),
        era({ year: 2025, month: 7 }, { year: 2025, month: 7 }, { headline: "July" }),
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset.periods).toEqual([
      {
        id: "filming-of-deeper",
        title: "Filming of Deeper",
        date: "2025-02-13/2025-07-30",
        summary: "In London, says Variety.",
        sources: ["variety-com"],
      },
      // TimelineJS shows -753 as "753 BCE": EDTF's -0752.
      { id: "kings", title: "Roman Kingdom", date: "-0752/-0508" },
      // Both ends the same: one month, which is its own span.
      { id: "july", title: "July", date: "2025-07" },
    ]);
    expect(result.dataset.sources.map((s) => s.id)).toEqual(["people-com", "variety-com"]);
    expect(result.notes).toContain("eras became periods (3), drawn as bands behind the events");
    expectValid(result.dataset);
    const loaded = validateDataset(result.dataset);
    expect(loaded.ok && loaded.dataset.periods.map((p) => p.id)).toEqual([
      "kings",
      "filming-of-deeper",
      "july",
    ]);
  });

  it("report an era without a usable end, and leave it out", () => {
    const result = convert([event({ year: 2025 })], {
      eras: [
        era({ year: 2025, month: 2 }, undefined, { headline: "Open <b>era</b>" }),
        era({ year: 2025, month: 5 }, { year: 2025, month: 2 }, { headline: "Backwards" }),
        era({ year: 2025 }, { year: "soon" }, { headline: "Vague" }),
        era({ year: 2025 }, { year: 2026 }, {}),
        "not an era",
        era({ year: 2025 }, { year: 2026 }, { headline: "Kept" }, { color: "red" }),
      ],
    });
    expect(result.problems).toEqual([
      {
        index: null,
        message:
          'eras[0] "Open era": has no end_date: a period needs both ends (TimelineJS requires them of an era too); left out',
      },
      {
        index: null,
        message:
          'eras[1] "Backwards": end_date: interval ends are out of order: the end 2025-02 is before the start 2025-05; left out',
      },
      {
        index: null,
        message: 'eras[2] "Vague": end_date: year "soon" is not a whole number; left out',
      },
      { index: null, message: "eras[3]: has neither a headline nor a text; left out" },
      { index: null, message: "eras[4] is not an object; left out" },
      { index: null, message: 'eras[5] "Kept": "color" is not carried' },
    ]);
    expect(result.dataset.periods?.map((p) => p.title)).toEqual(["Kept"]);
    expectValid(result.dataset);
  });

  it("make unique ids, and leave the dataset without periods when there are no eras", () => {
    const twice = convert([event({ year: 2025 })], {
      eras: [era({ year: 2020 }, { year: 2021 }), era({ year: 2022 }, { year: 2023 })],
    });
    expect(twice.dataset.periods?.map((p) => p.id)).toEqual(["filming", "filming-2"]);
    expectValid(twice.dataset);
    expect("periods" in convert([event({ year: 2025 })]).dataset).toBe(false);
    expect(convert([event({ year: 2025 })], { eras: "all" }).problems).toEqual([
      { index: null, message: "eras is not a list; not carried" },
    ]);
  });
});
