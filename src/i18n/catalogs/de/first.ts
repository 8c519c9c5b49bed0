// German: the texts of the first paint (the keys of English's catalogs/en.ts).
import type { FirstMessages } from "../../catalog.ts";

export const first = {
  "kind.sighting": "Sichtung",
  "kind.statement": "Stellungnahme",
  "kind.report": "Bericht",
  "kind.denial": "Dementi",
  "kind.confirmation": "Bestätigung",
  "kind.project": "Projekt",
  "kind.release": "Veröffentlichung",
  "kind.appearance": "Auftritt",
  "attribution.on-record": "Namentliche Quelle",
  "attribution.anonymous": "Anonyme Quelle",
  "attribution.photo": "Foto",
  "attribution.reported": "Laut Medien",
  "stance.supports": "Stützt",
  "stance.disputes": "Widerspricht",
  "stance.context": "Kontext",
  "stancePhrase.supports": "stützt die Behauptung",
  "stancePhrase.disputes": "widerspricht der Behauptung",
  "stancePhrase.context": "liefert Kontext zur Behauptung",
  "status.unverified": "Unbestätigt",
  "status.disputed": "Umstritten",
  "status.confirmed": "Bestätigt",
  "status.false": "Falsch",

  "date.approximate": "ca. {date}",
  "date.uncertain": "{date}?",
  "date.onOrBefore": "spätestens {date}",
  "date.by": "bis {date}",
  "date.fromOn": "ab {date}",
  "date.from": "ab {date}",
  "date.someReports": "{date} (laut einigen Berichten: {alternatives})",

  "page.documentTitle": "{title} · Rumor Timeline",
  "page.appName": "Rumor Timeline",
  "page.foreignDataset": "Datensatz von {host}, nicht von Rumor Timeline veröffentlicht.",

  "loading.timeline": "Zeitleiste wird geladen…",
  "loading.storyBox": "Die Zeitleiste wird geladen…",
  "loading.view": "Ansicht wird geladen…",
  "loading.claim": "Behauptung wird geladen…",
  "loading.checkingSize": "Datensatz wird geprüft ({size})…",
  "loading.downloading": "Datensatz wird heruntergeladen: {size}…",
  "loading.downloadingPercent": "Datensatz wird heruntergeladen: {percent} % von {size}…",
  "loading.megabytes": "{size} MB",
  "loading.progressLabel": "Download-Fortschritt",
  "loading.percent": "{percent} %",

  "error.timelineTitle": "Diese Zeitleiste kann nicht angezeigt werden",
  "error.dataset": "Datensatz: {url}",
  "error.retry": "Erneut versuchen",
  "error.partFailedPage": "{part}, weil auf dieser Seite ein Fehler aufgetreten ist.",
  "error.partFailedRest":
    "{part}, weil auf dieser Seite ein Fehler aufgetreten ist. Der Rest der Seite funktioniert weiterhin.",
  "error.message": "Fehler: {message}",
  "error.part.page": "Die Seite konnte nicht angezeigt werden",
  "error.part.timelinePage": "Die Seite der Zeitleiste konnte nicht angezeigt werden",
  "error.part.header": "Titel und Zusammenfassung konnten nicht angezeigt werden",
  "error.part.title": "Der Titel konnte nicht angezeigt werden",
  "error.part.claims": "Die Übersicht der Behauptungen konnte nicht angezeigt werden",
  "error.part.controls": "Die Steuerung der Zeitleiste konnte nicht angezeigt werden",
  "error.part.filtersAndSearch": "Filter und Suche konnten nicht angezeigt werden",
  "error.part.filters": "Die Filter konnten nicht angezeigt werden",
  "error.part.chronology": "Die Chronik konnte nicht angezeigt werden",
  "error.part.timeline": "Die Zeitleiste konnte nicht angezeigt werden",
  "error.part.details": "Die Details zum Ereignis konnten nicht angezeigt werden",
  "error.part.preview": "Die Vorschau konnte nicht angezeigt werden",

  "header.meta": "Stand: {date} · {events} · {sources}",
  "header.more": "Mehr",
  "header.less": "Weniger",

  "claims.title": "Verfolgte Behauptungen",

  "stance.notLinked": "Kein Bezug",

  "stepper.label": "Der Reihe nach lesen",
  "stepper.previous": "Vorheriges Ereignis",
  "stepper.previousShort": "Zurück",
  "stepper.next": "Nächstes Ereignis",
  "stepper.nextShort": "Weiter",
  "stepper.position": "{position} von {total}",

  "lanes.noPerson": "Niemand genannt",

  "timeline.noEvents": "Zeitleiste ohne Ereignisse zum Anzeigen",
  "timeline.noMatches": "Keine Ereignisse entsprechen den Filtern.",
  "marks.list": "Ereignisse auf der Zeitleiste",
  "marks.labelled": "{date} {title}.",
  "marks.title": "{title}.",
  "marks.date": "{date}.",
  "marks.kind": "{kind}.",
  "marks.kindStance": "{kind}, {stance}.",
  "marks.tooltip": "{title} ({date})",
  "dates.disputedSentence": "Quellen nennen unterschiedliche Daten.",
  "callout.speaker": "{speaker} · {attribution}",
  "callout.outletVia": "{outlet} · nach {relay}",

  "list.title": "Chronik",

  "count.events": { one: "{count} Ereignis", other: "{count} Ereignisse" },
  "count.sources": { one: "{count} Quelle", other: "{count} Quellen" },
  "count.checking": {
    one: "Datensatz wird geprüft: {checked} von {count} Ereignis…",
    other: "Datensatz wird geprüft: {checked} von {count} Ereignissen…",
  },
  "count.timeline": {
    one: "Zeitleiste, {count} Ereignis von {first} bis {last}. Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Enter eines öffnen, mit Plus und Minus zoomen.",
    other:
      "Zeitleiste, {count} Ereignisse von {first} bis {last}. Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Enter eines öffnen, mit Plus und Minus zoomen.",
  },
  "count.cluster": {
    one: "{count} Ereignis",
    other: "{count} dicht beieinanderliegende Ereignisse",
  },
  "count.clusterNamed": {
    one: "{total} · {title} und {count} weiteres, dicht beieinander",
    other: "{total} · {title} und {count} weitere, dicht beieinander",
  },
  "count.selectedInGroup": {
    one: "Das ausgewählte Ereignis liegt in einer Gruppe von {count}; öffnen Sie die Gruppe, um es auszuwählen.",
    other:
      "Das ausgewählte Ereignis liegt in einer Gruppe von {count}; öffnen Sie die Gruppe, um es auszuwählen.",
  },
  "count.problems": {
    one: "{count} Problem gefunden:",
    other: "{count} Probleme gefunden:",
  },
} satisfies FirstMessages;
