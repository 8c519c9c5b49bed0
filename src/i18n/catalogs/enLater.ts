// The rest of the interface in English (see en.ts): texts of the parts that load after the
// first paint, fetched with them (withText.ts) so the first load carries only what it shows.

export const enLater = {
  /** Heading over the dataset's named spans (eras), in the legend and the list view. */
  "periods.heading": "Periods",
  /** The language menu's name (the menu itself lists each language in its own words). */
  "page.language": "Language",
  /** Before the names of the dataset's other editions, each in its own language. */
  "page.editions": "This timeline in other languages:",

  // The dataset's vocabularies: one word each, so list, timeline and detail agree.
  /** What each status means, in plain words, for readers who do not know the jargon. */
  "statusExplanation.unverified": "Reported, but not confirmed by anyone on the record.",
  "statusExplanation.disputed": "Reported, and contradicted by other sources.",
  "statusExplanation.confirmed": "Confirmed on the record by someone in a position to know.",
  "statusExplanation.false": "Shown to be untrue by on-the-record evidence.",

  // Silences in the phone list: months without events.
  "gap.nothingIn": "Nothing in {month}",
  "gap.nothingInEither": "Nothing in {first} or {last}",
  "gap.nothingFromTo": "Nothing from {first} to {last}",
  /** Between two events far apart; {span} is written by Intl: "2 months", "3 weeks". */
  "gap.later": "{span} later",

  // The tracked claims: chips under the header, cards, tracks under the timeline.
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

  // Search and filters.
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
  /** The switch between the timeline and the list. */
  "controls.view": "View",
  "controls.view.timeline": "Timeline",
  "controls.view.list": "List",
  "controls.lanes": "Lanes",
  "controls.lanes.kind": "By kind",
  "controls.lanes.person": "By person",
  /** {claim} is the claim's text, cut to about 40 characters. */
  "controls.lanes.stance": "By stance on: {claim}",

  // Callouts above the lanes.
  /** {title} is the event's title. */
  "callout.label": "Callout: {title}",

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
  "legend.cardsTitle": "How to read the cards",
  "legend.cardFills": "Fill: the stance on the main claim",
  /** {claim} without its final period. */
  "legend.cardFillClaim": "Fill shows the stance on “{claim}”.",
  /** Keep the qualifiers as date.* writes them, "Date disputed" as card.dateDisputed, the chip's words as stance.*. */
  "legend.cardNote":
    "Dates: “c.” approximate, “?” uncertain, “on or before” and “from … on” an open range, a month or year alone the whole of it. “Date disputed”: other sources give another date, listed last when the card is open. The chip (Supports, Disputes, Context) says which claims the event bears on: tap it to read them.",
  "legend.statuses": "Where a claim stands",
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

  // Share and embed.
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
  /** The embed's language option that lets each reader's browser choose. */
  "share.language.reader": "Each reader’s own",
  // The share dialog's feeds (FollowLinks.tsx).
  "share.follow": "Follow updates",
  "share.followHint":
    "Events added or updated, corrections and changes of a claim's status, in any feed reader:",
  "share.atomFeed": "Atom feed",
  "share.jsonFeed": "JSON Feed",
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

  // Link parameters that could not be used.

  // How the record moved (the page's foot, ChangeLog.tsx).
  "changes.title": "Corrections and updates",
  /** A link to an event's own page (with its own preview when shared). */
  "event.pageLink": "Link to this event",
  /** Shown on prerendered pages to readers without JavaScript. */
  "static.noscript":
    "The interactive timeline needs JavaScript. Here is the whole story in order, with its sources.",
  /** An event's page: the link back to its whole timeline. */
  "static.wholeStory": "The whole story: {title}",
  "static.previous": "Previous: {title}",
  "static.next": "Next: {title}",
  "static.dataFile": "The data behind this page (JSON)",
  "changes.correction": "Correction",
  "changes.updated": "Updated",
  "changes.status": "Claim",
  /** {event} is the event's title, linked. */
  "changes.about": "About: {event}",
  /** {claim} is the claim's text (a sentence), {status} its status chip. */
  "changes.statusNow": "{claim} Now: {status}",
  "changes.statusFirst": "{claim} First recorded as {status}",
  /** An updated event's card and panel; {text} is the correction, in the dataset's words. */
  "event.updated": "Updated {date}",
  "event.updatedNote": "Updated {date}: {text}",
  /** The link to a source's archived copy; {date} is when the copy was made. */
  "sources.archived": "archived {date}",
  "urlWarnings.title": "Some settings in the link could not be used:",
  "urlWarnings.dismiss": "Dismiss",
  // What a link parameter that could not be used is told with: {param} is the
  // parameter's name as written in links ("kind"), {value} its value, quoted and clipped.
  /** {max}: the longest value a parameter takes. */
  "urlWarning.tooLong": "Ignored {param} {value}: longer than {max} characters.",
  "urlWarning.repeated": "Ignored repeated {param} {value}: only the first one is used.",
  "urlWarning.noEvent": "Ignored {param} {value}: no event has that id.",
  "urlWarning.noClaim": "Ignored {param} {value}: no claim has that id.",
  "urlWarning.noPerson": "Ignored {param} {value}: no person has that id.",
  "urlWarning.noOutlet": "Ignored {param} {value}: no source is from that outlet.",
  "urlWarning.kindAbsent": "Ignored {param} {value}: no event in this timeline has that kind.",
  /** {choices}: the values that would do, joined with "or" by Intl. */
  "urlWarning.choices": "Ignored {param} {value}: use {choices}.",
  "urlWarning.lanesClaim": "Ignored {param} {value}: no claim has the id {claim}.",
  /** kind, person and stance: are the values as written in links; keep them. */
  "urlWarning.lanes": "Ignored {param} {value}: use kind, person or stance:<claim id>.",
  /** The problems past the first few of one parameter, counted. */
  "count.urlWarningMore": {
    one: "Ignored {count} more {param} value.",
    other: "Ignored {count} more {param} values.",
  },

  // Counts: one text per plural category; {count} is the number, written by Intl.
  /** The list view's name. */
  "count.chronology": { one: "Chronology, {count} event", other: "Chronology, {count} events" },
  "count.showAllOutlets": { one: "Show all {count} outlets", other: "Show all {count} outlets" },
  /** An opened group that lists only its first events. */
  "count.clusterMore": {
    one: "And {count} more: zoom in or filter to see them.",
    other: "And {count} more: zoom in or filter to see them.",
  },
  "count.clusterZoom": { one: "Zoom in on these {count}", other: "Zoom in on these {count}" },
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

  // "New since your last visit" (SinceLastVisit.tsx): the note, its controls, the marks.
  /** Names the note's group of controls. */
  "news.label": "Since your last visit",
  /** {changes}: counts joined by Intl ("3 new events and 1 correction"); {date}: the last visit. */
  "news.note": "{changes} since {date}",
  "news.newOnly": "Step through new only",
  "news.markSeen": "Mark all as seen",
  "news.markedSeen": "All marked as seen. Changes from now on will show on your next visit.",
  /** The badges on new and updated events in the list and the phone cards. */
  "news.new": "New",
  "news.updated": "Updated",
  /** Said by a new or updated event's mark on the timeline, after its other sentences. */
  "news.markNew": "New since your last visit.",
  "news.markUpdated": "Updated since your last visit.",
  "news.cluster.new": "Includes something new since your last visit.",
  "news.cluster.updated": "Includes something updated since your last visit.",
  "count.newEvents": { one: "{count} new event", other: "{count} new events" },
  "count.updatedEvents": { one: "{count} updated event", other: "{count} updated events" },
  "count.corrections": { one: "{count} correction", other: "{count} corrections" },
  "count.statusChanges": {
    one: "{count} claim status change",
    other: "{count} claim status changes",
  },

  // Dates.
  "dates.disputed": "Sources disagree on the date",

  // The reader bar's tools, loaded after the first paint.
  "loading.filters": "Loading the filters…",
  "search.label": "Search events",
  "search.placeholder": "Search titles, quotes, media…",
  /** The narrow screens' region holding search and filters. */
  "filters.region": "Filters and search",
  /** The wide screens' search landmark. */
  "filters.searchRegion": "Search and filter events",
  /** The button that shows the facets, and their region's name. */
  "filters.title": "Filters",
  "filters.reset": "Reset",
  "filters.resetLabel": "Reset filters",
  /** The line naming what narrows the view, under the reader bar while the facets are closed. */
  "filters.active": "Active filters",
  /** One of them: a facet's heading and the value checked ("Kind: Statement"). */
  "filters.chip": "{facet}: {value}",
  /** The heading of the claim a view is narrowed to. */
  "filters.claim": "Claim",
  /** The heading of a search a story box is narrowed to ("Search: helicopter"). */
  "filters.search": "Search",
  "filters.remove": "Remove filter {filter}",
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
  "share.share": "Share",
  /** The button's visible word; share.embedLabel is its full name (it starts with this word). */
  "share.embed": "Embed",
  "share.embedLabel": "Embed in an article",
  "share.linkCopied": "Link copied",
  "share.copyThisLink": "Copy this link:",
  "share.linkToPage": "Link to this page",
  /** {shown} of the {count} events pass the filters. */
  "count.showing": {
    one: "Showing {shown} of {count} event",
    other: "Showing {shown} of {count} events",
  },
} as const;
