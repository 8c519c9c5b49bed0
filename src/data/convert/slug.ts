// Slugs for ids made from names, headlines and hosts: lowercase ASCII letters, digits and
// single hyphens (the format's id rule), accents folded rather than dropped.
import { LIMITS } from "../rules.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Letters that Unicode normalization does not split into a base letter and a mark. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  "&": " and ",
};

export const MAX_SLUG_LENGTH = 60;

export function isSlug(value: string, maxLength: number = LIMITS.id): boolean {
  return value.length <= maxLength && SLUG.test(value);
}

/**
 * `"Ana de Armas"` → `"ana-de-armas"`, `"Ça été — 2025!"` → `"ca-ete-2025"`. Returns `""` when
 * nothing usable is left (callers choose their own fallback). Cut at a hyphen when possible.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = text
    .toLowerCase()
    .replace(/[ßæœøđðłþı&]/g, (letter) => FOLDS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return cut(slug, maxLength);
}

function cut(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const head = slug.slice(0, maxLength);
  const lastHyphen = head.lastIndexOf("-");
  // Prefer a whole word, unless that would leave too little.
  const kept = lastHyphen >= maxLength / 2 ? head.slice(0, lastHyphen) : head;
  return kept.replace(/-+$/, "");
}

/** What UniqueSlugs needs of the ids already taken. */
export interface TakenIds {
  has(id: string): boolean;
  add(id: string): void;
}

/**
 * Unique ids from stems: `base` itself if it is free, else `base-2`, `base-3`, …, the result
 * added to `taken`; an empty base becomes `fallback`. Each stem's count resumes where it
 * last stopped, so that 50,000 ids made from 100 titles take 50,000 steps instead of
 * 12 million; it only skips numbers that were taken when it passed them.
 */
export class UniqueSlugs {
  private readonly next = new Map<string, number>();

  make(base: string, taken: TakenIds, fallback = "item", maxLength = MAX_SLUG_LENGTH): string {
    const root = cut(base === "" ? fallback : base, maxLength);
    let candidate = root;
    const key = `${maxLength}:${root}`;
    let n = this.next.get(key) ?? 2;
    while (taken.has(candidate)) {
      const suffix = `-${n}`;
      candidate = `${cut(root, maxLength - suffix.length)}${suffix}`;
      n += 1;
    }
    if (candidate !== root) this.next.set(key, n);
    taken.add(candidate);
    return candidate;
  }
}
