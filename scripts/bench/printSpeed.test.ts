import { describe, expect, it, vi } from "vitest";
import type { Verdict } from "./budgets.ts";
import {
  printBudgets,
  printDesktopRealTable,
  printFloorTable,
  printPhoneTable,
} from "./printSpeed.ts";
import { summary } from "./summaryFixture.ts";
import type { PhoneSummary } from "./summary.ts";

function printed(print: () => void): string {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  try {
    print();
    return log.mock.calls.map((args) => args.join(" ")).join("\n");
  } finally {
    log.mockRestore();
  }
}

describe("printFloorTable", () => {
  it("prints the app's ready beside the floor's, the ratio and the paints", () => {
    expect(printed(() => printFloorTable([summary]))).toContain(
      [
        "events  ready ms  floor ready  ready/floor  FCP ms  LCP ms  floor FCP  floor status",
        "------  --------  -----------  -----------  ------  ------  ---------  ------------",
        "1,000        249          124        2.00×     120     130        130            ok",
      ].join("\n"),
    );
  });

  it("prints nothing when no floor was measured", () => {
    expect(printed(() => printFloorTable([{ ...summary, floor: null }]))).toBe("");
  });
});

describe("printDesktopRealTable", () => {
  it("prints the prerendered page's row, the floor's on the same file and the HTML alone's", () => {
    const text = printed(() =>
      printDesktopRealTable(
        {
          app: { status: "ok", readyMs: 812, fcpMs: 151, lcpMs: 151 },
          floor: { status: "ok", readyMs: 150, fcpMs: 170, lcpMs: null },
          html: { status: "ok", readyMs: null, fcpMs: 139, lcpMs: 142 },
          readyOverFloor: 5.41,
        },
        3,
      ),
    );
    expect(text).toContain("Desktop, real dataset (the prerendered page at /; median of 3 runs)");
    expect(text).toContain(
      [
        "page        status  FCP ms  LCP ms  ready ms  ready/floor",
        "----------  ------  ------  ------  --------  -----------",
        "app /           ok     151     151       812        5.41×",
        "floor           ok     170       –       150",
        "HTML alone      ok     139     142         –",
      ].join("\n"),
    );
    expect(text).toContain("with its scripts and module preloads taken out");
  });

  it("prints nothing when it did not run", () => {
    expect(printed(() => printDesktopRealTable(null, 0))).toBe("");
  });
});

describe("printPhoneTable", () => {
  const phone: PhoneSummary = {
    app: {
      status: "ok",
      readyMs: 1234.5,
      fcpMs: 800,
      lcpMs: 950,
      tapToFrameMs: 123.4,
      tapInputDelayMs: 5,
    },
    floor: { status: "ok", readyMs: 500, fcpMs: 520, lcpMs: null },
    html: { status: "ok", readyMs: null, fcpMs: 610, lcpMs: 610 },
    readyOverFloor: 2.47,
  };

  it("prints a row for the app, one for the floor and one for the HTML alone", () => {
    const text = printed(() => printPhoneTable(phone, 3));
    expect(text).toContain("median of 3 runs");
    expect(text).toContain(
      [
        "page        status  FCP ms  LCP ms  ready ms  ready/floor  tap → frame ms",
        "----------  ------  ------  ------  --------  -----------  --------------",
        "app /           ok     800     950     1,235        2.47×             123",
        "floor           ok     520       –       500",
        "HTML alone      ok     610     610         –",
      ].join("\n"),
    );
  });

  it("prints nothing when the profile was skipped", () => {
    expect(printed(() => printPhoneTable(null, 0))).toBe("");
  });
});

describe("printBudgets", () => {
  it("prints each budget's limit, the median and the verdict", () => {
    const verdicts: Verdict[] = [
      {
        budget: "ready / floor ready, 1,000 events",
        measured: 1.5,
        limit: 2,
        unit: "×",
        met: true,
      },
      { budget: "phone: ready, real dataset", measured: 1600, limit: 1500, unit: "ms", met: false },
      {
        budget: "FCP ≤ floor ready, 1,000 events",
        measured: null,
        limit: 90,
        unit: "ms",
        met: null,
      },
    ];
    expect(printed(() => printBudgets(verdicts))).toContain(
      [
        "budget                                  limit  measured  verdict",
        "---------------------------------  ----------  --------  ------------",
        "ready / floor ready, 1,000 events     ≤ 2.00×     1.50×  met",
        "phone: ready, real dataset         ≤ 1,500 ms  1,600 ms  NOT MET",
        "FCP ≤ floor ready, 1,000 events       ≤ 90 ms         –  not measured",
      ].join("\n"),
    );
  });
});
