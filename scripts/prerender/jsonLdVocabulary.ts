// The part of schema.org that the pages' JSON-LD uses (structuredData.ts), and what
// validateJsonLd checks it against: for each type, the properties schema.org gives it
// (its own and those inherited from CreativeWork and Thing), limited to the ones worth
// writing here. A property outside this table is a typo or a property of another type.
//
// From schema.org's type pages: Thing (name, description, url, image, sameAs,
// mainEntityOfPage, identifier, alternateName); CreativeWork (headline, about, author,
// publisher, datePublished, dateModified, inLanguage, citation, isBasedOn, isPartOf,
// hasPart, mainEntity, keywords, archivedAt); Article (articleSection, wordCount); Event
// (startDate, endDate, location, about, organizer, performer, eventStatus); Place (address,
// geo); ItemList (itemListElement, itemListOrder, numberOfItems); ListItem (position, item,
// nextItem, previousItem); Organization (logo, legalName).

const THING = [
  "name",
  "description",
  "url",
  "image",
  "sameAs",
  "mainEntityOfPage",
  "identifier",
  "alternateName",
] as const;

const CREATIVE_WORK = [
  ...THING,
  "headline",
  "about",
  "author",
  "publisher",
  "datePublished",
  "dateModified",
  "inLanguage",
  "citation",
  "isBasedOn",
  "isPartOf",
  "hasPart",
  "mainEntity",
  "keywords",
  "archivedAt",
] as const;

export const JSON_LD_PROPERTIES: Readonly<Record<string, ReadonlySet<string>>> = {
  Article: new Set([...CREATIVE_WORK, "articleSection", "wordCount"]),
  CreativeWork: new Set(CREATIVE_WORK),
  Event: new Set([
    ...THING,
    "startDate",
    "endDate",
    "location",
    "about",
    "organizer",
    "performer",
    "eventStatus",
  ]),
  Place: new Set([...THING, "address", "geo"]),
  ItemList: new Set([...THING, "itemListElement", "itemListOrder", "numberOfItems"]),
  ListItem: new Set([...THING, "position", "item", "nextItem", "previousItem"]),
  Organization: new Set([...THING, "logo", "legalName"]),
};

/** Types whose pages Google reads as articles: these must carry what Google asks of one. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set(["Article"]);
/** What Google's Article documentation asks for, besides the type. */
export const ARTICLE_REQUIRED = ["headline", "image", "datePublished", "dateModified"] as const;
/** Google cuts longer headlines. */
export const HEADLINE_MAX = 110;

/** Properties whose values are URLs (or nodes, for the ones that may be either). */
export const URL_PROPERTIES: ReadonlySet<string> = new Set([
  "url",
  "image",
  "sameAs",
  "mainEntityOfPage",
  "archivedAt",
  "logo",
  "@id",
]);

/** Properties whose values are ISO 8601 dates or date-times. */
export const DATE_PROPERTIES: ReadonlySet<string> = new Set([
  "datePublished",
  "dateModified",
  "startDate",
  "endDate",
]);
