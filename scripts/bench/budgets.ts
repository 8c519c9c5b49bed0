// The speed budgets of issue #15 (item 5), judged on a run's medians. A budget the run
// did not measure (a size left out, a failed page) is neither met nor missed. The bench
// prints the verdicts and records them; it never fails on them. Pure.
import type { PhoneSummary, RealSummary, SizeSummary } from "./summary.ts";

/** ready / floor may be at most this, by number of events. */
export const READY_OVER_FLOOR_LIMITS: ReadonlyMap<number, number> = new Map([
  [1_000, 2],
  [10_000, 1.5],
  [100_000, 1.5],
]);
/** Under the phone profile, ms. */
export const PHONE_TAP_LIMIT_MS = 200;
export const PHONE_READY_LIMIT_MS = 1_500;

export interface Verdict {
  budget: string;
  /** The median measured: a ratio ("×") or milliseconds. */
  measured: number | null;
  /** The most it may be: fixed, or the floor's ready for the FCP budgets. */
  limit: number | null;
  unit: "×" | "ms";
  /** null when either side was not measured. */
  met: boolean | null;
}

function verdict(budget: string, measured: number | null, limit: number | null, unit: "×" | "ms") {
  const met = measured === null || limit === null ? null : measured <= limit;
  return { budget, measured, limit, unit, met };
}

const events = (n: number) => `${n.toLocaleString("en")} events`;

/**
 * The first contentful paint's budget is the real dataset's (the one page the build
 * prerenders; a synthetic size is a `?data=` page drawn by the app alone), against the
 * floor's ready on the same file, on the desktop and under the phone profile.
 */
export function budgetVerdicts(
  sizes: readonly SizeSummary[],
  desktop: RealSummary | null,
  phone: PhoneSummary | null,
): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const [size, limit] of READY_OVER_FLOOR_LIMITS) {
    const summary = sizes.find((s) => s.events === size);
    verdicts.push(
      verdict(`ready / floor ready, ${events(size)}`, summary?.readyOverFloor ?? null, limit, "×"),
    );
  }
  if (desktop !== null) {
    verdicts.push(
      verdict("FCP ≤ floor ready, real dataset", desktop.app.fcpMs, desktop.floor.readyMs, "ms"),
    );
  }
  if (phone !== null) {
    verdicts.push(
      verdict("phone: FCP ≤ floor ready, real dataset", phone.app.fcpMs, phone.floor.readyMs, "ms"),
      verdict("phone: ready, real dataset", phone.app.readyMs, PHONE_READY_LIMIT_MS, "ms"),
      verdict("phone: tap → expanded card", phone.app.tapToFrameMs, PHONE_TAP_LIMIT_MS, "ms"),
    );
  }
  return verdicts;
}
