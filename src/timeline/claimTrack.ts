// A claim's status over time as segments on the time axis, from its dated history.
import type { Claim, ClaimStatus, Stance } from "../data/model.ts";

export interface StatusSegment {
  status: ClaimStatus;
  start: number;
  /** Where the next status begins, or `until` for the last one. */
  end: number;
}

/** Consecutive entries with the same status are one segment: the status did not change. */
export function statusSegments(claim: Claim, until: number): StatusSegment[] {
  const segments: StatusSegment[] = [];
  claim.history.forEach((entry, i) => {
    const end = Math.max(entry.date.start, claim.history[i + 1]?.date.start ?? until);
    const previous = segments.at(-1);
    if (previous?.status === entry.status) previous.end = end;
    else segments.push({ status: entry.status, start: entry.date.start, end });
  });
  return segments;
}

/** The entry where the claim's current status began (not merely its latest restatement). */
export function currentStatusSince(claim: Claim): Claim["history"][number] | undefined {
  let since: Claim["history"][number] | undefined;
  for (let i = claim.history.length - 1; i >= 0; i--) {
    const entry = claim.history[i];
    if (entry === undefined || entry.status !== claim.status) break;
    since = entry;
  }
  return since;
}

export interface StanceTick {
  x: number;
  stance: Stance;
  count: number;
}

/**
 * Events' stances on a claim as ticks under its track, merged per pixel bin and stance so
 * that 100,000 events draw at most a few hundred shapes.
 */
export function stanceTicks(
  related: readonly { t: number; stance: Stance }[],
  domain: readonly [number, number],
  widthPx: number,
  binPx = 4,
): StanceTick[] {
  const [t0, t1] = domain;
  const bins = new Map<string, StanceTick>();
  for (const { t, stance } of related) {
    const x = ((t - t0) / (t1 - t0)) * widthPx;
    if (x < 0 || x > widthPx) continue;
    const bin = Math.floor(x / binPx);
    const key = `${bin}:${stance}`;
    const tick = bins.get(key);
    if (tick === undefined) bins.set(key, { x: (bin + 0.5) * binPx, stance, count: 1 });
    else tick.count += 1;
  }
  return [...bins.values()];
}
