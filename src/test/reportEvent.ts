// A minimal normalized event for unit tests of the timeline's pure functions: a report with
// one source, dated by an EDTF string, titled and summarized by its id.
import { parseEdtf } from "../data/edtf.ts";
import type { TimelineEvent } from "../data/model.ts";

export function reportEvent(id: string, when: string): TimelineEvent {
  const parsed = parseEdtf(when);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id,
    index: 0,
    title: id,
    summary: id,
    date: parsed.value,
    altDates: [],
    kind: "report",
    people: [],
    claims: [],
    annotations: [],
    sources: ["s"],
    tags: [],
  };
}
