import type { EventKind, Stance } from "../data/model.ts";
import "./KindGlyph.css";

// Shape says the kind, fill says the stance (filled supports, struck through disputes,
// hollow context or unlinked), so the timeline never relies on colour alone.
const PATHS: Record<EventKind, string> = {
  sighting: "M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2Z",
  statement: "M2 3h12v8H7l-3 3v-3H2Z",
  report: "M8 1l7 7-7 7-7-7Z",
  denial: "M3 1.5 8 6.5l5-5L14.5 3l-5 5 5 5-1.5 1.5-5-5-5 5L1.5 13l5-5-5-5Z",
  confirmation: "M1.5 8.5 3 7l3 3 7-7 1.5 1.5L6 13Z",
  project: "M8 1.5 15 14H1Z",
  release: "M8 1l2.1 4.6 5 .5-3.8 3.3 1.1 4.9L8 11.8l-4.4 2.5 1.1-4.9L.9 6.1l5-.5Z",
  appearance: "M2.5 2.5h11v11h-11Z",
};

interface KindGlyphProps {
  kind: EventKind;
  stance?: Stance | null;
  size?: number;
}

export function KindGlyph({ kind, stance = null, size = 14 }: KindGlyphProps) {
  return (
    <svg
      className={`kind-glyph glyph-${stance ?? "none"}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} />
      {stance === "disputes" && <path className="glyph-strike" d="M1 15 15 1" />}
    </svg>
  );
}
