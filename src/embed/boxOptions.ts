// The story box's options, read the same way by embed.js (from the placeholder's
// `data-height` / `data-controls`), embed.html (from `?height=` / `?controls=`) and the share
// dialog that writes them. Pure and tiny: embed.js carries it onto article pages.

/** The box's height when the journalist says nothing: TimelineJS's familiar 600 px. */
export const DEFAULT_BOX_HEIGHT = 600;
/** Below this, the title, the timeline and one card do not fit; above, it is not a box. */
export const MIN_BOX_HEIGHT = 320;
export const MAX_BOX_HEIGHT = 2000;

export type BoxHeight = number | "auto";

/**
 * A height as written in a snippet: a number of CSS pixels ("600" or "600px", clamped to
 * 320–2,000) or "auto" (the frame sizes itself to its content). Anything else, or nothing,
 * gives `fallback`.
 */
export function readBoxHeight(
  value: string | null | undefined,
  fallback: BoxHeight = DEFAULT_BOX_HEIGHT,
): BoxHeight {
  if (value === null || value === undefined) return fallback;
  const text = value.trim().toLowerCase();
  if (text === "auto") return "auto";
  const match = /^(\d{1,5})(?:px)?$/.exec(text);
  if (match === null) return fallback;
  return Math.min(Math.max(Number(match[1]), MIN_BOX_HEIGHT), MAX_BOX_HEIGHT);
}

export interface BoxControls {
  /** One compact search field above the timeline. */
  search: boolean;
}

/** `data-controls="search"` (space or comma separated); readers get no controls by default. */
export function readControls(value: string | null | undefined): BoxControls {
  const words = (value ?? "").toLowerCase().split(/[\s,]+/);
  return { search: words.includes("search") };
}
