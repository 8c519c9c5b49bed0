import { useState } from "react";
import { EVENT_KINDS, type EventKind, type Stance } from "../data/model.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { KIND_LABEL, STANCE_LABEL } from "../timeline/labels.ts";
import type { MarkGeometry } from "../timeline/markGeometry.ts";
import { KindGlyph } from "./KindGlyph.tsx";
import { SpanBar } from "./TimelineMarks.tsx";
import "./TimelineLegend.css";

const STANCES: readonly Stance[] = ["supports", "disputes"];
const STORAGE_KEY = "rumor-timeline:legend";

/** Whether the reader closed the legend before; storage may be off (embeds, privacy). */
function readOpen(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== "closed";
  } catch {
    return true;
  }
}

function writeOpen(open: boolean): void {
  try {
    if (open) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, "closed");
  } catch {
    // Nothing to remember it in: the legend simply opens again next time.
  }
}

const BAR_PX = 44;

function bar(overrides: Partial<MarkGeometry>): MarkGeometry {
  return {
    x0: 0,
    x1: BAR_PX,
    shape: "span",
    softStart: false,
    softEnd: false,
    dashed: false,
    fadeStart: false,
    fadeEnd: false,
    ...overrides,
  };
}

/** A date's extent drawn by the plot's own component, with the glyph where the plot puts it. */
function BarSample({ geometry, kind }: { geometry: MarkGeometry; kind: EventKind }) {
  return (
    <span className="legend-sample mark mark-span stance-none" aria-hidden="true">
      <SpanBar geometry={geometry} left={0} />
      <span className="mark-glyph" style={{ left: BAR_PX / 2 - 12 }}>
        <KindGlyph kind={kind} size={16} />
      </span>
    </span>
  );
}

/** The plot's ghost of another date (TimelineMarks' AltDateGhost), drawn the same way. */
function AltDateSample() {
  return (
    <svg className="legend-alt" width={40} height={20} aria-hidden="true" focusable="false">
      <g className="alt-ghost">
        <path d="M6 14 C6 4 30 4 30 14" className="alt-link" />
        <circle cx={30} cy={14} r={5} className="alt-dot" />
      </g>
    </svg>
  );
}

/**
 * What every glyph, fill, bar and ring in the plot means, drawn with the plot's own
 * components so that legend and marks cannot disagree. Open on a first visit; a reader who
 * closes it keeps it closed.
 */
export function TimelineLegend({ claimText }: { claimText: string | null }) {
  const events = useTimeline((s) => s.dataset.events);
  const [open, setOpen] = useState(readOpen);
  const kinds = EVENT_KINDS.filter((kind) => events.some((e) => e.kind === kind));
  const sample = kinds[0] ?? "report";
  const toggle = () => {
    writeOpen(!open);
    setOpen(!open);
  };
  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="legend-head">
        <h2 id="legend-title" className="legend-title">
          How to read the timeline
        </h2>
        <button type="button" aria-expanded={open} aria-controls="legend-body" onClick={toggle}>
          {open ? "Hide" : "Show"}
        </button>
      </div>
      <div id="legend-body" className="legend-body" hidden={!open}>
        <ul className="legend-items" aria-label="Shape: the kind of event">
          {kinds.map((kind) => (
            <li key={kind}>
              <KindGlyph kind={kind} size={16} /> {KIND_LABEL[kind]}
            </li>
          ))}
        </ul>
        {claimText !== null && (
          <ul
            className="legend-items"
            aria-label={`Fill: how the event bears on “${claimText.replace(/\.$/, "")}”`}
          >
            {STANCES.map((stance) => (
              <li key={stance}>
                <KindGlyph kind={sample} stance={stance} size={16} /> {STANCE_LABEL[stance]}
              </li>
            ))}
            <li>
              <KindGlyph kind={sample} stance="context" size={16} /> Context, or not linked
            </li>
          </ul>
        )}
        <ul className="legend-items" aria-label="Dates">
          <li>
            <BarSample geometry={bar({})} kind={sample} /> A month, or a range of days
          </li>
          <li>
            <BarSample geometry={bar({ softStart: true, softEnd: true })} kind={sample} />{" "}
            Approximate (c.)
          </li>
          <li>
            <BarSample geometry={bar({ dashed: true })} kind={sample} /> Uncertain (?)
          </li>
          <li>
            <BarSample geometry={bar({ fadeStart: true })} kind={sample} /> On or before (by)
          </li>
          <li>
            <BarSample geometry={bar({ fadeEnd: true })} kind={sample} /> From … on
          </li>
          <li>
            <span className="legend-date date-disputed">13 Feb</span> Sources disagree on the date
          </li>
          <li>
            <AltDateSample /> Another date some sources give (shown for the selected event)
          </li>
          <li>
            <span className="legend-sample cluster" aria-hidden="true">
              <span className="cluster-label">
                <span className="cluster-count">3</span> · First event
              </span>
            </span>{" "}
            Events too close together to label: select to list them
          </li>
        </ul>
        <p className="legend-note">
          Boxes above the lanes quote the key events, with who said it and who reported it; a line
          joins each box to its event.
        </p>
        {claimText !== null && (
          <p className="legend-note">
            Fill shows the stance on: {claimText.replace(/\.$/, "")} (change it under Lanes).
          </p>
        )}
      </div>
    </section>
  );
}
