import { Suspense, useState } from "react";
import { lazyPart } from "./lazyPart.ts";
import { EVENT_KINDS, type EventKind, type Stance } from "../data/model.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import type { MarkGeometry } from "../timeline/markGeometry.ts";
import { KindGlyph } from "./KindGlyph.tsx";
import { SpanBar } from "./TimelineMarks.tsx";
import { withText } from "../i18n/withText.ts";
import "./TimelineLegend.css";

const STANCES: readonly Stance[] = ["supports", "disputes"];
// Only datasets with periods (eras) load the list of them.
const PeriodList = lazyPart(withText(() => import("./PeriodList.tsx")));
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
/** The sample of a disputed date: 13 February 2025, as the plot's labels write it. */
const SAMPLE_DATE = Date.UTC(2025, 1, 13, 12);

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

/** The plot's ghost of another date (AltDateGhosts.tsx), drawn the same way. */
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
export default function TimelineLegend({ claimText }: { claimText: string | null }) {
  const { t, number, dates } = useI18n();
  const events = useTimeline((s) => s.dataset.events);
  const periods = useTimeline((s) => s.dataset.periods);
  const datasetLanguage = useTimeline((s) => s.dataset.language);
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
          {t("legend.title")}
        </h2>
        <button type="button" aria-expanded={open} aria-controls="legend-body" onClick={toggle}>
          {open ? t("legend.hide") : t("legend.show")}
        </button>
      </div>
      <div id="legend-body" className="legend-body" hidden={!open}>
        <ul className="legend-items" aria-label={t("legend.shapes")}>
          {kinds.map((kind) => (
            <li key={kind}>
              <KindGlyph kind={kind} size={16} /> {t(`kind.${kind}`)}
            </li>
          ))}
        </ul>
        {claimText !== null && (
          <ul
            className="legend-items"
            aria-label={t("legend.fills", { claim: claimText.replace(/\.$/, "") })}
          >
            {STANCES.map((stance) => (
              <li key={stance}>
                <KindGlyph kind={sample} stance={stance} size={16} /> {t(`stance.${stance}`)}
              </li>
            ))}
            <li>
              <KindGlyph kind={sample} stance="context" size={16} />{" "}
              {t("legend.contextOrNotLinked")}
            </li>
          </ul>
        )}
        <ul className="legend-items" aria-label={t("legend.dates")}>
          <li>
            <BarSample geometry={bar({})} kind={sample} /> {t("legend.dateRange")}
          </li>
          <li>
            <BarSample geometry={bar({ softStart: true, softEnd: true })} kind={sample} />{" "}
            {t("legend.approximate")}
          </li>
          <li>
            <BarSample geometry={bar({ dashed: true })} kind={sample} /> {t("legend.uncertain")}
          </li>
          <li>
            <BarSample geometry={bar({ fadeStart: true })} kind={sample} /> {t("legend.onOrBefore")}
          </li>
          <li>
            <BarSample geometry={bar({ fadeEnd: true })} kind={sample} /> {t("legend.fromOn")}
          </li>
          <li>
            <span className="legend-date date-disputed">
              {dates.calendar.format(SAMPLE_DATE, "day")}
            </span>{" "}
            {t("dates.disputed")}
          </li>
          <li>
            <AltDateSample /> {t("legend.altDate")}
          </li>
          <li>
            <span className="legend-sample cluster" aria-hidden="true">
              <span className="cluster-label">
                <span className="cluster-count">{number(3)}</span> · {t("legend.clusterSample")}
              </span>
            </span>{" "}
            {t("legend.cluster")}
          </li>
        </ul>
        {periods.length > 0 && (
          <Suspense>
            <PeriodList periods={periods} lang={datasetLanguage} />
          </Suspense>
        )}
        <p className="legend-note">{t("legend.callouts")}</p>
        {claimText !== null && (
          <p className="legend-note">
            {t("legend.fillClaim", { claim: claimText.replace(/\.$/, "") })}
          </p>
        )}
      </div>
    </section>
  );
}
