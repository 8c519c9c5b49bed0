// The words a timeline label shows for an event: the author's short title (format v1
// `short`, at most 60 characters), else the title cut to fit.
import { LIMITS } from "../data/rules.ts";
import { ellipsize } from "./ellipsize.ts";

/** Labels' default room: the `short` field's limit (60), so a valid short is never cut. */
export const SHORT_TITLE_MAX_CHARS = LIMITS.short;

export function shortTitle(
  event: { title: string; short?: string | undefined },
  maxChars: number = SHORT_TITLE_MAX_CHARS,
): string {
  // A short is cut too when the caller has less room than it needs.
  return ellipsize(event.short ?? event.title, maxChars);
}
