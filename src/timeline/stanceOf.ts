import type { Dataset, Stance, TimelineEvent } from "../data/model.ts";
import type { LaneMode } from "./lanes.ts";

/**
 * The claim whose stances colour the marks: the one the lanes split by, else the one the
 * filters narrow to, else the dataset's first (its headline rumor).
 */
export function colourClaim(
  dataset: Pick<Dataset, "claims">,
  lanes: LaneMode,
  filterClaim: string | null,
): string | null {
  if (lanes.by === "stance") return lanes.claim;
  return filterClaim ?? dataset.claims[0]?.id ?? null;
}

export function stanceOn(event: TimelineEvent, claim: string | null): Stance | null {
  if (claim === null) return null;
  return event.claims.find((link) => link.claim === claim)?.stance ?? null;
}
