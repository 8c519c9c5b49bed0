// The shape every interface catalog has: English's keys (catalogs/en.ts and enLater.ts,
// one catalog in two loads), each a text with
// `{name}` placeholders or, for counts, one text per plural category of the language
// (Intl.PluralRules: English has one/other, Arabic zero/one/two/few/many/other).
import type { en } from "./catalogs/en.ts";
import type { enLater } from "./catalogs/enLater.ts";

export type PluralForms = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, "other">]?: string;
};

type English = typeof en & typeof enLater;

/** A catalog: every key English has, and no other (a missing or extra key fails tsc). */
export type Messages = {
  readonly [K in keyof English]: English[K] extends string ? string : PluralForms;
};

export type TextKey = {
  [K in keyof English]: English[K] extends string ? K : never;
}[keyof English];
export type CountKey = Exclude<keyof English, TextKey>;

export type Params = Readonly<Record<string, string | number>>;

/** The first paint's texts (English's en.ts keys): half a catalog, checked as exactly as one. */
export type FirstMessages = Pick<Messages, keyof typeof en>;
/** The texts of the parts that load later (English's enLater.ts keys). */
export type LaterMessages = Omit<Messages, keyof typeof en>;
