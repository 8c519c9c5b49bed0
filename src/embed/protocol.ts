// The messages an embedded timeline (embed.html) sends to the page around it. They carry
// nothing but a height, "ready" and the selected event's id: an article page learns no more
// about its reader than it could see on screen. Shared by the child (messenger.ts), the
// loader (embed.js) and the share dialog's preview, so the three can never disagree.

/** Our own dialect, one `type` per message. */
export const SIZE = "rumor-timeline:size";
export const READY = "rumor-timeline:ready";
export const SELECTED = "rumor-timeline:selected";

export type EmbedMessage =
  | { type: typeof SIZE; height: number }
  | { type: typeof READY }
  | { type: typeof SELECTED; event: string | null };

/**
 * Heights a parent accepts. Below 50 px is a page that failed to lay out; above 20,000 px is
 * not a height anyone means to put in an article (a bug or a hostile frame), so both are
 * ignored and the frame keeps its last good height.
 */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 20000;

export function isSaneHeight(height: unknown): height is number {
  return (
    typeof height === "number" &&
    Number.isFinite(height) &&
    height >= MIN_HEIGHT &&
    height <= MAX_HEIGHT
  );
}

/** Reads one of our messages out of `MessageEvent.data`, or null for anything else. */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const record = data as Record<string, unknown>;
  switch (record.type) {
    case SIZE:
      return isSaneHeight(record.height) ? { type: SIZE, height: record.height } : null;
    case READY:
      return { type: READY };
    case SELECTED: {
      const event = record.event;
      if (event === null) return { type: SELECTED, event: null };
      // Event ids are slugs of at most 80 characters (data format v1); anything else is noise.
      return typeof event === "string" && /^[a-z0-9-]{1,80}$/.test(event)
        ? { type: SELECTED, event }
        : null;
    }
    default:
      return null;
  }
}

/** AMP's `amp-iframe resizable` protocol: https://amp.dev/documentation/components/amp-iframe */
export function ampSizeMessage(height: number): {
  sentinel: "amp";
  type: "embed-size";
  height: number;
} {
  return { sentinel: "amp", type: "embed-size", height };
}

/**
 * Pym.js v1 speaks strings: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`. A Pym parent passes
 * `childId` in the frame's URL and resizes the frame on `height` messages; other types are
 * delivered to `pymParent.onMessage(type, …)` listeners and ignored otherwise.
 */
export function pymMessage(childId: string, type: string, message: string): string {
  return ["pym", childId, type, message].join("xPYMx");
}

/** URL parameters a Pym parent adds to the frame's URL; they are not part of a timeline's view. */
export const PYM_PARAMS = ["childId", "initialWidth", "parentTitle", "parentUrl"] as const;
