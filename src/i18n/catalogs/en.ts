// The interface in English: the catalog every other language follows key for key (with
// enLater.ts). Texts take `{name}` placeholders; counts give one text per plural category.
// These are the texts of what the first paint shows: they ship in the first load. The
// texts of parts loaded later (panels, dialogs, the phone list) are in enLater.ts, which
// loads with them (withText.ts); other languages load whole, when a reader picks them.

export const en = {
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

  // The words around dates; Intl writes the dates themselves.
  "date.approximate": "c. {date}",
  "date.uncertain": "{date}?",
  "date.onOrBefore": "on or before {date}",
  "date.by": "by {date}",
  "date.fromOn": "from {date} on",
  "date.from": "from {date}",
  "date.someReports": "{date} (some reports: {alternatives})",

  // The page around a timeline.
  /** The browser tab's title once a dataset is shown; {title} is the dataset's title. */
  "page.documentTitle": "{title} · Rumor Timeline",
  /** The product's name: the tab's title while loading or after an error. */
  "page.appName": "Rumor Timeline",
  /** Above a dataset loaded from another site; {host} is that site's host name (in bold). */
  "page.foreignDataset": "Dataset from {host}, not published by Rumor Timeline.",

  // Loading.
  "loading.timeline": "Loading timeline…",
  "loading.view": "Loading the view…",
  "loading.claim": "Loading the claim…",
  /** {size} is a size in megabytes, written by loading.megabytes. */
  "loading.checkingSize": "Checking the dataset ({size})…",
  "loading.downloading": "Downloading the dataset: {size}…",
  /** {percent} is a whole number (0–100); {size} the file's size, written by loading.megabytes. */
  "loading.downloadingPercent": "Downloading the dataset: {percent}% of {size}…",
  /** {size} is a number with one decimal: "1.5 MB". */
  "loading.megabytes": "{size} MB",
  /** The name of the download's progress bar. */
  "loading.progressLabel": "Download progress",
  /** The progress bar's text; {percent} is a whole number. */
  "loading.percent": "{percent}%",
  /** Embeds: while the story box itself loads. */
  "loading.storyBox": "Loading the timeline…",

  // Errors.
  "error.timelineTitle": "This timeline could not be shown",
  /** {url} is the dataset's address or file name (shown as code). */
  "error.dataset": "Dataset: {url}",
  "error.retry": "Try again",
  /**
   * A part of the page failed to draw; {part} is one of the error.part.* texts, in bold.
   * …Page when the whole page failed, …Rest when the rest of the page still works.
   */
  "error.partFailedPage": "{part} because of an error in this page.",
  "error.partFailedRest":
    "{part} because of an error in this page. The rest of the page still works.",
  /** {message} is the program's own error message, in English (shown as code). */
  "error.message": "Error: {message}",
  "error.part.page": "The page could not be shown",
  "error.part.timelinePage": "The timeline page could not be shown",
  "error.part.header": "The title and summary could not be shown",
  "error.part.title": "The title could not be shown",
  "error.part.claims": "The claims overview could not be shown",
  "error.part.controls": "The timeline controls could not be shown",
  "error.part.filtersAndSearch": "The filters and search could not be shown",
  "error.part.filters": "The filters could not be shown",
  "error.part.chronology": "The chronology could not be shown",
  "error.part.timeline": "The timeline could not be shown",
  "error.part.details": "The event details could not be shown",
  "error.part.preview": "The preview could not be shown",

  // Header: title, dek and meta line.
  /** Under the title: {date} when the dataset was last updated, then count.events, count.sources. */
  "header.meta": "Updated {date} · {events} · {sources}",
  /** Shows the rest of the dataset's summary. */
  "header.more": "More",
  "header.less": "Less",

  // The tracked claims: chips under the header, cards, tracks under the timeline.
  "claims.title": "Claims tracked",

  // Stance on a claim, beyond the vocabulary.
  /** An event that has no stance on the claim. */
  "stance.notLinked": "Not linked",

  // Reading in order.
  "stepper.label": "Read in order",
  "stepper.previous": "Previous event",
  /** The visible word on the Previous event button. */
  "stepper.previousShort": "Previous",
  "stepper.next": "Next event",
  /** The visible word on the Next event button. */
  "stepper.nextShort": "Next",
  /** Where the reader is: "3 of 29". */
  "stepper.position": "{position} of {total}",

  // Search and filters.

  // Controls above the timeline.

  // Lanes of the timeline.
  /** The lane of events that name nobody (lanes by person). */
  "lanes.noPerson": "No one named",

  // The timeline plot.
  "timeline.noEvents": "Timeline with no events to show",
  "timeline.noMatches": "No events match the filters.",
  "marks.list": "Events on the timeline",
  /** A mark's name begins: {date} (short) and {title} (its label's short title). */
  "marks.labelled": "{date} {title}.",
  /** A sentence of a mark's name: the event's full title. */
  "marks.title": "{title}.",
  /** A sentence of a mark's name: the event's full date. */
  "marks.date": "{date}.",
  /** A sentence of a mark's name: {kind} is a kind.* word. */
  "marks.kind": "{kind}.",
  /** The same with the event's stance, a stancePhrase.* text. */
  "marks.kindStance": "{kind}, {stance}.",
  /** A mark's tooltip: the event's {title} and short {date}. */
  "marks.tooltip": "{title} ({date})",

  // Dates.
  /** A sentence in a mark's name, for screen readers. */
  "dates.disputedSentence": "Sources disagree on the date.",

  // Callouts above the lanes.
  /** A chip: who said it ({speaker}) and how we know (an attribution.* word). */
  "callout.speaker": "{speaker} · {attribution}",
  /** A chip: an outlet that relays another one's reporting. */
  "callout.outletVia": "{outlet} · via {relay}",

  // The list view.
  "list.title": "Chronology",

  // Share and embed.

  // Counts: one text per plural category; {count} is the number, written by Intl.
  "count.events": { one: "{count} event", other: "{count} events" },
  "count.sources": { one: "{count} source", other: "{count} sources" },
  /** While checking a big dataset: {checked} of its {count} events so far. */
  "count.checking": {
    one: "Checking the dataset: {checked} of {count} event…",
    other: "Checking the dataset: {checked} of {count} events…",
  },
  /** The plot's name for screen readers, with the dates of the {first} and {last} events. */
  "count.timeline": {
    one: "Timeline, {count} event from {first} to {last}. Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.",
    other:
      "Timeline, {count} events from {first} to {last}. Use the arrow keys to move between events, Enter to open one, plus and minus to zoom.",
  },
  /** A group of events drawn as one mark, for screen readers. */
  "count.cluster": {
    one: "{count} event close together",
    other: "{count} events close together",
  },
  /** A group named after its first event: {total} events, {title}, and {count} more. */
  "count.clusterNamed": {
    one: "{total} · {title} and {count} other close together",
    other: "{total} · {title} and {count} others close together",
  },
  /** Screen readers, when the selected event is inside a group. */
  "count.selectedInGroup": {
    one: "The selected event is inside a group of {count}; open the group to choose it.",
    other: "The selected event is inside a group of {count}; open the group to choose it.",
  },
  /** How many problems a dataset has, before their list. */
  "count.problems": {
    one: "{count} problem was found:",
    other: "{count} problems were found:",
  },
} as const;
