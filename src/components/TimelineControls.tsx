import type { ChangeEvent } from "react";
import { ShareButton } from "../embed/ShareButton.tsx";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { THEMES } from "../store/urlState.ts";
import type { LaneMode } from "../timeline/lanes.ts";

function laneValue(mode: LaneMode): string {
  return mode.by === "stance" ? `stance:${mode.claim}` : mode.by;
}

function parseLaneValue(value: string): LaneMode {
  if (value.startsWith("stance:")) return { by: "stance", claim: value.slice("stance:".length) };
  return value === "person" ? { by: "person" } : { by: "kind" };
}

/** View, lanes, zoom and theme: the controls above the timeline. */
export function TimelineControls({ narrow }: { narrow: boolean }) {
  const view = useTimeline((s) => s.view);
  const lanes = useTimeline((s) => s.lanes);
  const theme = useTimeline((s) => s.theme);
  const claims = useTimeline((s) => s.dataset.claims);
  const setView = useTimeline((s) => s.setView);
  const setLanes = useTimeline((s) => s.setLanes);
  const setTheme = useTimeline((s) => s.setTheme);
  const zoom = useTimeline((s) => s.zoom);
  const fit = useTimeline((s) => s.fit);
  const showing = view ?? "timeline";

  return (
    <div className="controls" role="toolbar" aria-label="Timeline controls">
      {/* Phones (narrow): the vertical list is the only view, so no toggle. */}
      {!narrow && (
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={showing === "timeline"} onClick={() => setView(null)}>
            Timeline
          </button>
          <button type="button" aria-pressed={showing === "list"} onClick={() => setView("list")}>
            List
          </button>
        </div>
      )}
      {showing === "timeline" && !narrow && (
        <>
          <label className="control">
            Lanes{" "}
            <select
              value={laneValue(lanes)}
              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                setLanes(parseLaneValue(e.target.value))
              }
            >
              <option value="kind">By kind</option>
              <option value="person">By person</option>
              {claims.map((claim) => (
                <option key={claim.id} value={`stance:${claim.id}`}>
                  By stance on:{" "}
                  {claim.text.length > 40 ? `${claim.text.slice(0, 39)}…` : claim.text}
                </option>
              ))}
            </select>
          </label>
          <div className="segmented" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom in" onClick={() => zoom(1.5)}>
              +
            </button>
            <button type="button" aria-label="Zoom out" onClick={() => zoom(1 / 1.5)}>
              −
            </button>
            <button type="button" aria-label="Fit all" onClick={fit}>
              Fit all
            </button>
          </div>
        </>
      )}
      <label className="control">
        Theme{" "}
        <select
          value={theme}
          onChange={(e: ChangeEvent<HTMLSelectElement>) =>
            setTheme(THEMES.find((t) => t === e.target.value) ?? "auto")
          }
        >
          <option value="auto">Auto</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <ShareButton />
    </div>
  );
}
