// TimelineJS eras as format v1 periods: headline → title, text → summary (plain text),
// start_date/end_date → an EDTF interval (or one date, when both ends are the same), links
// in the text → the period's sources, unique_id (or the headline) → id. A period is drawn as
// a band and needs both ends, as TimelineJS requires of an era: an era without a usable end
// is reported and left out, never dropped silently.
import type { DatasetInput } from "../schema.ts";
import { LIMITS, periodSchema } from "../schema.ts";
import { parseEdtf } from "../edtf.ts";
import { slugify, UniqueSlugs } from "./slug.ts";
import { readDate } from "./timelinejsDate.ts";
import { isRecord, plain, shorten, textOf } from "./timelinejsFields.ts";
import type { Collector, Reporter } from "./timelinejsReport.ts";
import type { Sources } from "./timelinejsSources.ts";

type PeriodInput = NonNullable<DatasetInput["periods"]>[number];

const ERA_KEYS = new Set(["start_date", "end_date", "text", "unique_id"]);

/** Every era that can be a period; the others are reported with their position. */
export function readEras(eras: unknown, sources: Sources, out: Collector): PeriodInput[] {
  if (eras === undefined || eras === null) return [];
  if (!Array.isArray(eras)) {
    out.problem(null, "eras is not a list; not carried");
    return [];
  }
  const periods: PeriodInput[] = [];
  const ids = new Set<string>();
  const slugs = new UniqueSlugs();
  eras.forEach((era, i) => {
    const period = readEra(era, i, { sources, out, ids, slugs });
    if (period !== null) periods.push(period);
  });
  if (periods.length > 0) {
    out.notes.push(`eras became periods (${periods.length}), drawn as bands behind the events`);
  }
  return periods;
}

interface EraState {
  sources: Sources;
  out: Collector;
  /** Period ids given so far, and a counter per stem to make them unique. */
  ids: Set<string>;
  slugs: UniqueSlugs;
}

function readEra(era: unknown, i: number, state: EraState): PeriodInput | null {
  const { out } = state;
  if (!isRecord(era)) {
    out.problem(null, `eras[${i}] is not an object; left out`);
    return null;
  }
  const text = isRecord(era.text) ? era.text : {};
  const headline = plain(text.headline);
  const body = plain(text.text);
  // Problems name the era by its position and headline; its keys left behind by "eras.".
  const report = out.at(
    null,
    `eras[${i}]${headline.text === "" ? "" : ` "${shorten(headline.text, 60)}"`}`,
    "eras.",
  );
  for (const key of Object.keys(era)) {
    if (!ERA_KEYS.has(key)) report.problem(`"${key}" is not carried`);
  }

  const date = eraDate(era, report);
  if (date === null) return null;
  if (headline.text === "" && body.text === "") {
    report.problem("has neither a headline nor a text; left out");
    return null;
  }
  let title = headline.text === "" ? shorten(body.text, 100) : headline.text;
  if (title.length > LIMITS.title) {
    report.problem(`the headline is longer than ${LIMITS.title} characters and was shortened`);
    title = shorten(title, LIMITS.title);
  }
  let summary = body.text;
  if (summary.length > LIMITS.summary) {
    report.problem(`the text is longer than ${LIMITS.summary} characters and was shortened`);
    summary = shorten(summary, LIMITS.summary);
  }
  const cited = [
    ...new Set(
      [...headline.links, ...body.links].map((link) => state.sources.cite(link.href, link.text)),
    ),
  ];
  const given = slugify(textOf(era.unique_id));
  const period: PeriodInput = {
    id: state.slugs.make(given || slugify(headline.text), state.ids, `period-${i + 1}`),
    title,
    date,
    ...(summary === "" || summary === title ? {} : { summary }),
    ...(cited.length === 0 ? {} : { sources: cited }),
  };
  const checked = periodSchema.safeParse(period);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      report.problem(`${issue.path.map(String).join(".")}: ${issue.message}; left out`);
    }
    return null;
  }
  return period;
}

/** The era's span as EDTF, or null after reporting why it has none. */
function eraDate(era: Record<string, unknown>, report: Reporter): string | null {
  const start = readDate(era.start_date, "start_date", report);
  if (start === null) return null;
  if (era.end_date === undefined || era.end_date === null || era.end_date === "") {
    report.problem(
      "has no end_date: a period needs both ends (TimelineJS requires them of an era too); left out",
    );
    return null;
  }
  const end = readDate(era.end_date, "end_date", report);
  if (end === null) return null;
  if (end === start) return start;
  const interval = parseEdtf(`${start}/${end}`);
  if (!interval.ok) {
    report.problem(`end_date: ${interval.error}; left out`);
    return null;
  }
  return `${start}/${end}`;
}
