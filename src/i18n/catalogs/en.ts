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

  // The page around a timeline.
  /** The browser tab's title once a dataset is shown; {title} is the dataset's title. */
  "page.documentTitle": "{title} · Rumor Timeline",
  /** The product's name: the tab's title while loading or after an error. */
  "page.appName": "Rumor Timeline",
  /** Above a dataset loaded from another site; {host} is that site's host name (in bold). */
  "page.foreignDataset": "Dataset from {host}, not published by Rumor Timeline.",

  // Loading.
  "loading.timeline": "Loading timeline…",
  /** Embeds: while the story box itself loads. */
  "loading.storyBox": "Loading the timeline…",
  "loading.view": "Loading the view…",
  "loading.filters": "Loading the filters…",
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
  /** After a status explanation; {date} is when the claim's current status began. */
  "claims.since": "Since {date}.",
  /** A claim's current status after its text; {status} is a status.* word. */
  "claims.statusNow": "now {status}",
  "claims.tracksTitle": "How each claim stood over time",
  /** Explains the tracks: the symbols ▲ ▼ ● are drawn under the bands, keep them. */
  "claims.tracksLegend":
    "Bands: the claim's status from each dated change. Marks under a band: events that ▲ support, ▼ dispute or ● give context to the claim.",
  /** A hidden list's name (screen readers); {claim} is the claim's text. */
  "claims.statusHistory": "Status history: {claim}",
  /** One change of status: {date}, then {status} (a status.* word). */
  "claims.historyEntry": "{date}: {status}",
  /** The same with the dataset's note about the change. */
  "claims.historyEntryNote": "{date}: {status}. {note}",
  /**
   * Screen readers, after a claim's history: {count} events shown bear on it, of which
   * {supports}, {disputes} and {context} (count.claimSupports etc.).
   */
  "claims.relatedShown": "Related events shown: {count} ({supports}, {disputes}, {context})",

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
  "search.label": "Search events",
  "search.placeholder": "Search titles, quotes, outlets…",
  /** The narrow screens' region holding search and filters. */
  "filters.region": "Filters and search",
  /** The wide screens' search landmark. */
  "filters.searchRegion": "Search and filter events",
  /** The button that shows the facets, and their region's name. */
  "filters.title": "Filters",
  "filters.reset": "Reset",
  "filters.resetLabel": "Reset filters",
  "filters.kind": "Kind",
  "filters.person": "Person",
  "filters.stance": "Stance",
  "filters.attribution": "Attribution",
  "filters.outlet": "Outlet",
  /** Before a menu of the claims: "Stance on [any claim]"; {claim} is the menu. */
  "filters.stanceOn": "on {claim}",
  "filters.anyClaim": "any claim",
  /** After a filter value: how many events it would show. */
  "filters.valueCount": "({count})",
  "filters.fewerOutlets": "Show fewer outlets",

  // Controls above the timeline.
  "controls.label": "Timeline controls",
  "controls.zoom": "Zoom",
  "controls.zoomIn": "Zoom in",
  "controls.zoomOut": "Zoom out",
  "controls.fitAll": "Fit all",
  "controls.theme": "Theme",
  "controls.theme.auto": "Auto",
  "controls.theme.light": "Light",
  "controls.theme.dark": "Dark",
  "controls.viewOptions": "View options",
  /** The switch between the timeline and the list. */
  "controls.view": "View",
  "controls.view.timeline": "Timeline",
  "controls.view.list": "List",
  "controls.lanes": "Lanes",
  "controls.lanes.kind": "By kind",
  "controls.lanes.person": "By person",
  /** {claim} is the claim's text, cut to about 40 characters. */
  "controls.lanes.stance": "By stance on: {claim}",

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
  "dates.disputed": "Sources disagree on the date",
  /** A sentence in a mark's name, for screen readers. */
  "dates.disputedSentence": "Sources disagree on the date.",

  // Callouts above the lanes.
  /** {title} is the event's title. */
  "callout.label": "Callout: {title}",
  /** A chip: who said it ({speaker}) and how we know (an attribution.* word). */
  "callout.speaker": "{speaker} · {attribution}",
  /** A chip: an outlet that relays another one's reporting. */
  "callout.outletVia": "{outlet} · via {relay}",

  // Quotes.
  /** A quotation, in the language's quotation marks. */
  "quote.marks": "“{quote}”",
  /** Who said a quote, after it: {by} is a name or a quoteBy.* text. */
  "quote.by": "— {by}",
  /** Who said a quote when no speaker is named: the attribution, lower case mid-sentence. */
  "quoteBy.on-record": "on the record",
  "quoteBy.anonymous": "anonymous source",
  "quoteBy.photo": "photo",
  "quoteBy.reported": "reported",
  /** The same, with the outlet that first reported it. */
  "quoteByVia.on-record": "on the record via {outlet}",
  "quoteByVia.anonymous": "anonymous source via {outlet}",
  "quoteByVia.photo": "photo via {outlet}",
  "quoteByVia.reported": "reported via {outlet}",

  // Sources.
  "sources.title": "Sources",
  /** Hidden after a link: screen readers hear that it opens elsewhere. */
  "sources.newTab": "(opens in a new tab)",
  /** After an outlet's name: when it published, and whose reporting it relays. */
  "sources.published": "({date})",
  "sources.relays": "(via {relay})",
  "sources.publishedRelays": "({date}, via {relay})",
  /** An outlet that relays another's reporting: "Lado.mx via People". */
  "sources.outletVia": "{outlet} via {relay}",

  // An event's annotations and dates.
  /** Before a quote: who said it. */
  "annotation.speaker": "{name}: ",
  /** A disputed date and where it comes from: {date} (bold), {sources} the list of sources. */
  "altDates.per": "{date}, per{sources}",
  /** The same with the source's note: {note}. */
  "altDates.perNote": "{date} ({note}), per{sources}",
  /** The date the timeline shows, first in the list of disputed dates ({date}, bold). */
  "altDates.shownDetail": "{date} (shown on the timeline)",
  "altDates.shownList": "{date}: the date shown, per the sources below",
  "altDates.shownCard": "{date}: the date shown, per the sources above",

  // The detail panel.
  "detail.close": "Close details",
  "detail.place": "Place",
  "detail.people": "People",
  "detail.whatHappened": "What happened",
  "detail.annotations": "Annotations",
  "detail.claims": "Claims this event bears on",

  // The list view.
  "list.title": "Chronology",
  /** {names}: the people, as a list. */
  "list.people": "People: {names}",
  /** {stance} is a stance.* word, {claim} the claim's text. */
  "list.stanceOnClaim": "{stance}: {claim}",
  "list.altDates": "Which sources give which date",

  // Phone cards.
  "card.dateDisputed": "date disputed",
  /** Hidden before the outlets, for screen readers. */
  "card.sourcesLead": "Sources:",
  /** Hidden before the claims chip, for screen readers. */
  "card.claimsLead": "Claims:",
  "card.otherDates": "Other dates reported",
  /** An opened claims chip: how the event bears on the claim, {claim} its text. */
  "card.stanceOnClaim.supports": "This event supports the claim “{claim}”",
  "card.stanceOnClaim.disputes": "This event disputes the claim “{claim}”",
  "card.stanceOnClaim.context": "This event gives context to the claim “{claim}”",
  "months.jump": "Jump to a month",

  // The legends.
  "legend.title": "How to read the timeline",
  "legend.show": "Show",
  "legend.hide": "Hide",
  "legend.shapes": "Shape: the kind of event",
  /** {claim} is the claim the fills are about, without its final period. */
  "legend.fills": "Fill: how the event bears on “{claim}”",
  "legend.contextOrNotLinked": "Context, or not linked",
  "legend.dates": "Dates",
  "legend.dateRange": "A month, or a range of days",
  /** Keep "c.", "?", "by" and "from … on" as the date.* texts write them. */
  "legend.approximate": "Approximate (c.)",
  "legend.uncertain": "Uncertain (?)",
  "legend.onOrBefore": "On or before (by)",
  "legend.fromOn": "From … on",
  "legend.altDate": "Another date some sources give (shown for the selected event)",
  /** The title in a sample group of events ("3 · First event"). */
  "legend.clusterSample": "First event",
  "legend.cluster": "Events too close together to label: select to list them",
  "legend.callouts":
    "Boxes above the lanes quote the key events, with who said it and who reported it; a line joins each box to its event.",
  /** {claim} without its final period; "Lanes" is controls.lanes. */
  "legend.fillClaim": "Fill shows the stance on: {claim} (change it under Lanes).",
  "legend.cardsTitle": "How to read the cards",
  "legend.cardFills": "Fill: the stance on the main claim",
  /** {claim} without its final period. */
  "legend.cardFillClaim": "Fill shows the stance on “{claim}”.",
  /** Keep the qualifiers as date.* writes them, "Date disputed" as card.dateDisputed, the chip's words as stance.*. */
  "legend.cardNote":
    "Dates: “c.” approximate, “?” uncertain, “on or before” and “from … on” an open range, a month or year alone the whole of it. “Date disputed”: other sources give another date, listed last when the card is open. The chip (Supports, Disputes, Context) says which claims the event bears on: tap it to read them.",
  "legend.statuses": "Where a claim stands",

  // Share and embed.
  "share.share": "Share",
  /** The button's visible word; share.embedLabel is its full name (it starts with this word). */
  "share.embed": "Embed",
  "share.embedLabel": "Embed in an article",
  "share.linkCopied": "Link copied",
  "share.copyThisLink": "Copy this link:",
  "share.linkToPage": "Link to this page",
  "share.title": "Share and embed",
  "share.close": "Close",
  "share.link": "Link",
  /** {title} is the selected event's title. */
  "share.linkTo": "Link to “{title}”",
  "share.copyLink": "Copy link to this event",
  "share.noEvent": "Select an event on the timeline first to get a link that opens it.",
  "share.embedTitle": "Embed in an article",
  "share.options": "Options",
  "share.startAtEvent": "Start at the selected event",
  /** After share.startAtEvent: the selected event's title. */
  "share.selectedTitle": "({title})",
  "share.keepView": "Keep the current filters and view",
  "share.theme.auto": "Follow the reader's setting",
  "share.height": "Height in pixels",
  "share.autoHeight": "Grow to fit the content instead (embed code only)",
  "share.search": "Let readers search the events",
  "share.embedCode": "Embed code (a story box as wide as the article column)",
  "share.copyEmbedCode": "Copy embed code",
  "share.iframeSummary": "For sites that remove scripts: a plain iframe",
  "share.iframeHint":
    "The same story box, at the height chosen above (a plain frame cannot size itself).",
  "share.iframeCode": "iframe code",
  "share.copyIframeCode": "Copy iframe code",
  "share.copied.link": "Link copied to the clipboard.",
  "share.copied.embed": "Embed code copied to the clipboard.",
  "share.copied.iframe": "iframe code copied to the clipboard.",
  /** When the browser refused to copy: the text is selected for the reader to copy. */
  "share.copyFailed.link":
    "Could not copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac).",
  "share.copyFailed.embed":
    "Could not copy automatically: the embed code is selected, press Ctrl+C (⌘C on a Mac).",
  "share.copyFailed.iframe":
    "Could not copy automatically: the iframe code is selected, press Ctrl+C (⌘C on a Mac).",
  "share.preview": "Preview",
  /** The preview frame's name; {title} is embed.frameTitle. */
  "share.previewTitle": "Preview: {title}",
  "share.previewWidth": "Width",
  "share.previewWidth.column": "Article column",
  "share.previewWidth.phone": "Phone (360 px)",
  "share.editors": "For editors",
  /** {link} is share.previewLink, a link to the file preview page. */
  "share.editorsNote":
    "{link}: check a JSON or CSV file and see it as a timeline before publishing it. It is read on your device, never uploaded.",
  "share.previewLink": "Preview a dataset file",

  // The embedded story box, and the embed code it is pasted with.
  /** The embed's frame's name for screen readers; {title} is the dataset's title. */
  "embed.frameTitle": "Timeline: {title}",
  /** The link in the embed code that readers see where scripts do not run. */
  "embed.viewLink": "View the timeline: {title}",
  "embed.openFull": "Open the full timeline",
  "embed.dateDisputed": "disputed",
  "embed.noMatches": "No events match the search.",
  "embed.strip": "Where this event is in the story",
  /** The strip's position: {index} of {total} events, the event's {date} and {title}. */
  "embed.stripPosition": "{index} of {total}: {date}, {title}",

  // The file preview for dataset authors (preview.html).
  "preview.region": "Preview a dataset file",
  "preview.open": "Open a file to preview",
  /** {open} is the preview.open button. */
  "preview.openOrDrop":
    "{open} or drop a JSON or CSV file on the page. It is read on your device, never uploaded.",
  "preview.fileInput": "Dataset file to preview",
  "preview.dropHint": "Drop a JSON or CSV file to preview it. It stays on your device.",
  "preview.reading": "Reading the file…",
  /** {message} says why, in English (from the file reader). */
  "preview.readFailed": "The file could not be read: {message}",
  "preview.readerFailed": "the file reader could not start",
  /** {file} is the file's name. */
  "preview.banner": "Preview of {file} — not published, nothing uploaded",
  "preview.conversionProblems": "Conversion problems",
  "preview.download": "Download JSON",
  "preview.close": "Close preview",
  "preview.fileFailed": "{file} could not be shown",

  // Link parameters that could not be used (the warnings themselves stay English).
  "urlWarnings.title": "Some settings in the link could not be used:",
  "urlWarnings.dismiss": "Dismiss",

  // Counts: one text per plural category; {count} is the number, written by Intl.
  "count.events": { one: "{count} event", other: "{count} events" },
  "count.sources": { one: "{count} source", other: "{count} sources" },
  /** The list view's name. */
  "count.chronology": { one: "Chronology, {count} event", other: "Chronology, {count} events" },
  /** {shown} of the {count} events pass the filters. */
  "count.showing": {
    one: "Showing {shown} of {count} event",
    other: "Showing {shown} of {count} events",
  },
  "count.showAllOutlets": { one: "Show all {count} outlets", other: "Show all {count} outlets" },
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
  /** An opened group that lists only its first events. */
  "count.clusterMore": {
    one: "And {count} more: zoom in or filter to see them.",
    other: "And {count} more: zoom in or filter to see them.",
  },
  "count.clusterZoom": { one: "Zoom in on these {count}", other: "Zoom in on these {count}" },
  /** Screen readers, when the selected event is inside a group. */
  "count.selectedInGroup": {
    one: "The selected event is inside a group of {count}; open the group to choose it.",
    other: "The selected event is inside a group of {count}; open the group to choose it.",
  },
  /** In claims.relatedShown: how many events support, dispute, give context to the claim. */
  "count.claimSupports": { one: "{count} supports", other: "{count} supports" },
  "count.claimDisputes": { one: "{count} disputes", other: "{count} disputes" },
  "count.claimContext": { one: "{count} context", other: "{count} context" },
  /** Further outlets not named on a phone card. */
  "count.moreOutlets": { one: "+{count} more", other: "+{count} more" },
  /** Further outlets not named on an embed's card. */
  "count.moreInFull": {
    one: "+{count} more in the full timeline",
    other: "+{count} more in the full timeline",
  },
  /** The label before an embed card's outlets; the number is not shown. */
  "count.sourcesLabel": { one: "Source", other: "Sources" },
  /** How many problems a dataset has, before their list. */
  "count.problems": {
    one: "{count} problem was found:",
    other: "{count} problems were found:",
  },
} as const;
