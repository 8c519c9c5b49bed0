// The "View options" popup's controls (TimelineControls): view, lanes and theme. Loaded
// when the popup first opens; it takes the focus as it appears, so that keyboard readers
// land in it whether it was already loaded or not.
import { useEffect, useRef, type ChangeEvent } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import type { LaneMode } from "../timeline/lanes.ts";
import { ThemeSelect } from "./TimelineControls.tsx";

export default function ViewOptionsPanel({ showLanes }: { showLanes: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("button, select")?.focus();
  }, []);
  return (
    <div className="view-options-panel" ref={ref}>
      <ViewSwitch />
      {showLanes && <LanesSelect />}
      <ThemeSelect />
    </div>
  );
}

function laneValue(mode: LaneMode): string {
  return mode.by === "stance" ? `stance:${mode.claim}` : mode.by;
}

function parseLaneValue(value: string): LaneMode {
  if (value.startsWith("stance:")) return { by: "stance", claim: value.slice("stance:".length) };
  return value === "person" ? { by: "person" } : { by: "kind" };
}

function ViewSwitch() {
  const { t } = useI18n();
  const view = useTimeline((s) => s.view);
  const setView = useTimeline((s) => s.setView);
  const showing = view ?? "timeline";
  return (
    <div className="segmented" role="group" aria-label={t("controls.view")}>
      <button type="button" aria-pressed={showing === "timeline"} onClick={() => setView(null)}>
        {t("controls.view.timeline")}
      </button>
      <button type="button" aria-pressed={showing === "list"} onClick={() => setView("list")}>
        {t("controls.view.list")}
      </button>
    </div>
  );
}

function LanesSelect() {
  const { t } = useI18n();
  const lanes = useTimeline((s) => s.lanes);
  const claims = useTimeline((s) => s.dataset.claims);
  const setLanes = useTimeline((s) => s.setLanes);
  return (
    <label className="control">
      {t("controls.lanes")}{" "}
      <select
        value={laneValue(lanes)}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => setLanes(parseLaneValue(e.target.value))}
      >
        <option value="kind">{t("controls.lanes.kind")}</option>
        <option value="person">{t("controls.lanes.person")}</option>
        {claims.map((claim) => (
          <option key={claim.id} value={`stance:${claim.id}`}>
            {t("controls.lanes.stance", {
              claim: claim.text.length > 40 ? `${claim.text.slice(0, 39)}…` : claim.text,
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
