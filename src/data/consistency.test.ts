import { describe, expect, it } from "vitest";
import { claimContradictions, stanceContradictions } from "./consistency.ts";
import { parseEdtf } from "./edtf.ts";
import type { ClaimStatus, EdtfDate } from "./model.ts";

function date(text: string): EdtfDate {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const entry = (text: string, status: ClaimStatus) => ({ date: date(text), status });

describe("claimContradictions", () => {
  it("finds nothing in a history in date order that ends at the claim's status", () => {
    const history = [
      entry("../2025-02", "unverified"),
      entry("2025-02", "unverified"),
      // Same start as the entry before: still in order.
      entry("2025-02-01", "disputed"),
      entry("2025-03/2025-04", "confirmed"),
    ];
    expect(claimContradictions("confirmed", history)).toEqual([]);
    expect(claimContradictions("false", undefined)).toEqual([]);
    expect(claimContradictions("false", [])).toEqual([]);
  });

  it("reports every entry earlier than the one before it, and a status the history does not end at", () => {
    const history = [
      entry("2025-03", "unverified"),
      entry("2025-02", "disputed"),
      entry("2025-04", "confirmed"),
      entry("2025-01-31", "false"),
    ];
    expect(claimContradictions("confirmed", history)).toEqual([
      {
        path: ["history", 1, "date"],
        message: expect.stringContaining("before it (2025-03)"),
      },
      {
        path: ["history", 3, "date"],
        message: expect.stringContaining("before it (2025-04)"),
      },
      {
        path: ["status"],
        message: 'is "confirmed" but the last entry of its history (history[3]) says "false"',
      },
    ]);
  });
});

describe("stanceContradictions", () => {
  it("reports supports beside disputes on one claim, at the later link", () => {
    expect(
      stanceContradictions([
        { claim: "romance", stance: "disputes" },
        { claim: "split", stance: "supports" },
        { claim: "romance", stance: "context" },
        { claim: "romance", stance: "supports" },
      ]),
    ).toEqual([
      {
        path: ["claims", 3, "stance"],
        message:
          'supports claim "romance", which this event also disputes (claims[0]): an event takes one side of a claim',
      },
    ]);
  });

  it("accepts context beside a stance, a repeated stance and stances on different claims", () => {
    expect(
      stanceContradictions([
        { claim: "romance", stance: "supports" },
        { claim: "romance", stance: "context" },
        { claim: "romance", stance: "supports" },
        { claim: "split", stance: "disputes" },
      ]),
    ).toEqual([]);
  });
});
