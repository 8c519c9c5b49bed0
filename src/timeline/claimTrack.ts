// A claim's status over time as segments on the time axis, from its dated history.
import type { Claim, ClaimStatus, Stance, TimelineEvent } from "../data/model.ts";
import { timeScale } from "./timeScale.ts";

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

export interface RelatedEvent {
  t: number;
  stance: Stance;
}

/**
 * Each claim's related events, sorted by `t` (the middle of the event's date), in one pass
 * over the events: with 100,000 events a pass per claim is what the reader would wait for.
 * An event that links one claim twice counts once, with its first stance (as `stanceOn`).
 */
export function relatedByClaim(
  events: readonly TimelineEvent[],
  claimIds: readonly string[],
): Map<string, RelatedEvent[]> {
  const related = new Map<string, RelatedEvent[]>(claimIds.map((id) => [id, []]));
  for (const event of events) {
    const t = (event.date.start + event.date.end) / 2;
    event.claims.forEach(({ claim, stance }, i) => {
      if (event.claims.findIndex((link) => link.claim === claim) !== i) return;
      related.get(claim)?.push({ t, stance });
    });
  }
  // Events come sorted by start, so this is nearly sorted already.
  for (const list of related.values()) list.sort((a, b) => a.t - b.t);
  return related;
}

const STANCE_SLOT: Record<Stance, number> = { supports: 0, disputes: 1, context: 2 };

/** First index whose `t` is at least `t`, in a list sorted by `t`. */
function lowerBound(related: readonly RelatedEvent[], t: number): number {
  let lo = 0;
  let hi = related.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((related[mid]?.t ?? Infinity) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events' stances on a claim as ticks under its track, merged per pixel bin and stance so
 * that 100,000 events draw at most a few hundred shapes. `related` must be sorted by `t`:
 * only the part in view is visited, so panning costs what is on screen, not the dataset.
 */
export function stanceTicks(
  related: readonly RelatedEvent[],
  domain: readonly [number, number],
  widthPx: number,
  binPx = 4,
): StanceTick[] {
  const [t0, t1] = domain;
  const toX = timeScale(domain, [0, widthPx]);
  const bins = new Map<number, StanceTick>();
  const end = lowerBound(related, t1 + Number.EPSILON);
  for (let i = lowerBound(related, t0); i < end; i++) {
    const event = related[i];
    if (event === undefined) continue;
    const x = toX(event.t);
    const bin = Math.floor(x / binPx);
    const key = bin * 3 + STANCE_SLOT[event.stance];
    const tick = bins.get(key);
    if (tick === undefined)
      bins.set(key, { x: (bin + 0.5) * binPx, stance: event.stance, count: 1 });
    else tick.count += 1;
  }
  return [...bins.values()];
}

/**
 * All the ticks of one stance as one SVG path: ▲ supports, ▼ disputes, ● context. Three
 * elements per track instead of hundreds, so a zoom frame rewrites three attributes
 * rather than creating and removing nodes as ticks come and go.
 */
export function stanceTickPaths(ticks: readonly StanceTick[], y: number): Record<Stance, string> {
  const parts: Record<Stance, string[]> = { supports: [], disputes: [], context: [] };
  for (const { x, stance } of ticks) {
    const r = (n: number) => Math.round(n * 10) / 10;
    if (stance === "supports") parts.supports.push(`M${r(x)} ${y - 5}l5 9h-10z`);
    else if (stance === "disputes") parts.disputes.push(`M${r(x)} ${y + 5}l5 -9h-10z`);
    else parts.context.push(`M${r(x - 3.5)} ${y}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0`);
  }
  return {
    supports: parts.supports.join(""),
    disputes: parts.disputes.join(""),
    context: parts.context.join(""),
  };
}
