// The interface in English: the catalog every other language follows key for key. Texts
// take `{name}` placeholders; counts give one text per plural category of the language.
// English ships in the first load; the other catalogs load when a reader picks them.

export const en = {
  /** The language menu's name (the menu itself lists each language in its own words). */
  "page.language": "Language",

  /** Heading over the dataset's named spans (eras), in the legend and the list view. */
  "periods.heading": "Periods",

  // The dataset's vocabularies: one word each, so list, timeline and detail agree.
  "kind.sighting": "Sighting",
  "kind.statement": "Statement",
  "kind.report": "Report",
  "kind.denial": "Denial",
  "kind.confirmation": "Confirmation",
  "kind.project": "Project",
  "kind.release": "Release",
  "kind.appearance": "Appearance",
  "attribution.on-record": "On the record",
  "attribution.anonymous": "Anonymous source",
  "attribution.photo": "Photo",
  "attribution.reported": "Reported",
  "stance.supports": "Supports",
  "stance.disputes": "Disputes",
  "stance.context": "Context",
  /** How an event relates to a claim, as a phrase after the event. */
  "stancePhrase.supports": "supports the claim",
  "stancePhrase.disputes": "disputes the claim",
  "stancePhrase.context": "gives context to the claim",
  "status.unverified": "Unverified",
  "status.disputed": "Disputed",
  "status.confirmed": "Confirmed",
  "status.false": "False",
  /** What each status means, in plain words, for readers who do not know the jargon. */
  "statusExplanation.unverified": "Reported, but not confirmed by anyone on the record.",
  "statusExplanation.disputed": "Reported, and contradicted by other sources.",
  "statusExplanation.confirmed": "Confirmed on the record by someone in a position to know.",
  "statusExplanation.false": "Shown to be untrue by on-the-record evidence.",

  // The words around dates; Intl writes the dates themselves.
  "date.approximate": "c. {date}",
  "date.uncertain": "{date}?",
  "date.onOrBefore": "on or before {date}",
  "date.by": "by {date}",
  "date.fromOn": "from {date} on",
  "date.from": "from {date}",
  "date.someReports": "{date} (some reports: {alternatives})",

  // Silences in the phone list: months without events.
  "gap.nothingIn": "Nothing in {month}",
  "gap.nothingInEither": "Nothing in {first} or {last}",
  "gap.nothingFromTo": "Nothing from {first} to {last}",
  /** Between two events far apart; {span} is written by Intl: "2 months", "3 weeks". */
  "gap.later": "{span} later",

  // Counts.
  "count.events": { one: "{count} event", other: "{count} events" },
} as const;
