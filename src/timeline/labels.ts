// Words shown for the dataset's vocabularies, in one place so list, timeline and detail agree.
import type { Attribution, ClaimStatus, EventKind, Stance } from "../data/model.ts";

export const KIND_LABEL: Record<EventKind, string> = {
  sighting: "Sighting",
  statement: "Statement",
  report: "Report",
  denial: "Denial",
  confirmation: "Confirmation",
  project: "Project",
  release: "Release",
  appearance: "Appearance",
};

export const ATTRIBUTION_LABEL: Record<Attribution, string> = {
  "on-record": "On the record",
  anonymous: "Anonymous source",
  photo: "Photo",
  reported: "Reported",
};

export const STANCE_LABEL: Record<Stance, string> = {
  supports: "Supports",
  disputes: "Disputes",
  context: "Context",
};

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  unverified: "Unverified",
  disputed: "Disputed",
  confirmed: "Confirmed",
  false: "False",
};

/** What each status means, in plain words, for readers who do not know the jargon. */
export const STATUS_EXPLANATION: Record<ClaimStatus, string> = {
  unverified: "Reported, but not confirmed by anyone on the record.",
  disputed: "Reported, and contradicted by other sources.",
  confirmed: "Confirmed on the record by someone in a position to know.",
  false: "Shown to be untrue by on-the-record evidence.",
};

/** How an event relates to a claim, as a phrase: "supports the claim". */
export const STANCE_PHRASE: Record<Stance, string> = {
  supports: "supports the claim",
  disputes: "disputes the claim",
  context: "gives context to the claim",
};
