// The words and weights the benchmark's datasets are made of: names, outlets, places, tags,
// title phrases, and how often each kind, attribution and stance occurs. Kept apart from the
// code that draws from them (generate.ts), so that changing how the data reads never touches
// how it is made. The order of every list matters: the generator picks by index, so
// reordering or adding an entry changes every generated dataset.
import type { DatasetInput } from "../../src/data/schema.ts";

type EventKind = DatasetInput["events"][number]["kind"];

// prettier-ignore
export const FIRST_NAMES = [
  "Ana", "Tom", "Maria", "Lucas", "Sofia", "Daniel", "Elena", "Marco", "Chloe", "Jonas",
  "Priya", "Kenji", "Amara", "Diego", "Lena", "Omar", "Hannah", "Felix", "Ines", "Rafael",
] as const;
// prettier-ignore
export const LAST_NAMES = [
  "Reyes", "Hart", "Novak", "Silva", "Moreau", "Kimura", "Okafor", "Lindqvist", "Costa",
  "Bauer", "Haddad", "Walsh", "Ferreira", "Park", "Rossi", "Adeyemi", "Jensen", "Duarte",
] as const;
export const ROLES = [
  "Actor",
  "Singer",
  "Director",
  "Producer",
  "Publicist",
  "Talk show host",
  "Model",
];

/** Outlet name, domain, language. */
export const OUTLETS = [
  ["People", "people.com", "en"],
  ["Us Weekly", "usmagazine.com", "en"],
  ["TMZ", "tmz.com", "en"],
  ["Page Six", "pagesix.com", "en"],
  ["Daily Mail", "dailymail.co.uk", "en"],
  ["The Sun", "thesun.co.uk", "en"],
  ["Variety", "variety.com", "en"],
  ["The Hollywood Reporter", "hollywoodreporter.com", "en"],
  ["Entertainment Tonight", "etonline.com", "en"],
  ["E! News", "eonline.com", "en"],
  ["Hindustan Times", "hindustantimes.com", "en"],
  ["OK! Magazine", "okmagazine.com", "en"],
  ["Hola!", "hola.com", "es"],
  ["El País", "elpais.com", "es"],
  ["La Gaceta", "lagaceta.es", "es"],
  ["Paris Match", "parismatch.com", "fr"],
  ["Gala", "gala.fr", "fr"],
  ["Bunte", "bunte.de", "de"],
  ["Bild", "bild.de", "de"],
  ["Quem", "quem.globo.com", "pt-BR"],
  ["Hugo Gloss", "hugogloss.uol.com.br", "pt-BR"],
  ["Libero", "libero.it", "it"],
  ["MTV Uutiset", "mtvuutiset.fi", "fi"],
  ["Koimoi", "koimoi.com", "en"],
  ["Vanity Fair", "vanityfair.com", "en"],
  ["Vogue", "vogue.com", "en"],
] as const;
/** Outlets whose reporting others relay. */
export const RELAYED = ["People", "Us Weekly", "TMZ", "Page Six", "Daily Mail", "Variety"] as const;

// prettier-ignore
export const PLACES = [
  "London, UK", "Soho, London, UK", "Madrid, Spain", "Havana, Cuba", "Los Angeles, USA",
  "New York, USA", "Paris, France", "Cannes, France", "Venice, Italy", "Rome, Italy",
  "Berlin, Germany", "Toronto, Canada", "Vermont, USA", "Menorca, Spain", "Miami, USA",
  "Tokyo, Japan", "Sydney, Australia", "Lisbon, Portugal", "São Paulo, Brazil", "Dublin, Ireland",
] as const;

// prettier-ignore
export const TAGS = [
  "london", "madrid", "new-york", "los-angeles", "paris", "premiere", "festival", "dinner",
  "birthday", "helicopter", "interview", "tv", "podcast", "instagram", "photos", "airport",
  "concert", "award-show", "red-carpet", "filming", "trailer", "box-office", "holiday",
  "yacht", "restaurant", "charity", "fashion-week", "split", "reunion", "denial",
] as const;

export const KINDS = [
  ["report", 30],
  ["sighting", 20],
  ["statement", 12],
  ["appearance", 12],
  ["project", 8],
  ["release", 8],
  ["denial", 6],
  ["confirmation", 4],
] as const;

export const TITLE_VERBS: Record<EventKind, readonly string[]> = {
  sighting: ["seen together in", "photographed leaving a restaurant in", "spotted at a party in"],
  statement: [
    "comments on the rumors in",
    "speaks about the friendship in",
    "posts a message from",
  ],
  report: ["reported to be dating, according to an outlet in", "said to be close after a trip to"],
  denial: ["representative denies the romance in", "calls the reports false in"],
  confirmation: ["confirms working together in", "confirms the trip to"],
  project: ["announced for a new film shooting in", "joins a project filmed in"],
  release: ["film opens in", "new single released in"],
  appearance: ["appears at a premiere in", "attends a gala in", "walks the red carpet in"],
};

/** Short titles (format v1 `short`): a few words, so labels show them whole. */
export const SHORT_VERBS: Record<EventKind, string> = {
  sighting: "seen",
  statement: "speaks",
  report: "reported",
  denial: "denies",
  confirmation: "confirms",
  project: "new project",
  release: "release",
  appearance: "appears",
};

export const SUMMARIES = [
  "Photos published the next day show the two leaving together; neither commented.",
  "An anonymous source described the outing as friendly, not romantic.",
  "The outlet cites a person close to the production; no one spoke on the record.",
  "Fans shared short clips on social media, which several outlets then relayed.",
  "A spokesperson declined to comment when asked about the reports.",
  "The remarks came during a promotional interview for an upcoming release.",
  "Several outlets gave different dates for the same outing.",
  "The report was later repeated by outlets in other languages without new sourcing.",
] as const;

export const QUOTES = [
  "We are good friends and we work well together.",
  "I don't talk about my private life.",
  "It was a lovely evening with the whole team.",
  "People will say what they want to say.",
  "We have a project coming up and that is all.",
] as const;

export const ANNOTATION_TEXTS = [
  "The outlet relays an earlier report without adding sources.",
  "An anonymous source gives a different account of the evening.",
  "The photos were taken by a fan and later sold to an agency.",
  "The date in this report conflicts with the one given elsewhere.",
  "Spoken on the record during a television interview.",
] as const;

export const ATTRIBUTIONS = [
  ["reported", 40],
  ["anonymous", 25],
  ["on-record", 20],
  ["photo", 15],
] as const;

export const SOURCES_PER_EVENT = [
  [1, 45],
  [2, 35],
  [3, 20],
] as const;

export const STANCES = [
  ["supports", 45],
  ["disputes", 25],
  ["context", 30],
] as const;
