// The sources of a TimelineJS import: one per URL cited anywhere in the file (links, media),
// its outlet the URL's host.
import type { DatasetInput } from "../schema.ts";
import { LIMITS } from "../schema.ts";
import { shorten } from "./timelinejsFields.ts";
import { slugify, UniqueSlugs } from "./slug.ts";

type SourceInput = DatasetInput["sources"][number];

export class Sources {
  readonly list: SourceInput[] = [];
  private readonly byUrl = new Map<string, SourceInput>();
  private readonly taken = new Set<string>();
  private readonly slugs = new UniqueSlugs();

  /** The id of the source at this URL, created on first sight. */
  cite(url: string, title?: string): string {
    const known = this.byUrl.get(url);
    if (known) {
      if (known.title === undefined && title) known.title = shorten(title, LIMITS.title);
      return known.id;
    }
    const outlet = new URL(url).hostname.replace(/^www\./, "");
    const source: SourceInput = {
      id: this.slugs.make(slugify(outlet), this.taken, "source"),
      outlet,
      url,
    };
    if (title && title !== url) source.title = shorten(title, LIMITS.title);
    this.byUrl.set(url, source);
    this.list.push(source);
    return source.id;
  }
}
