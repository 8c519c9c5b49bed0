import { Suspense, useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { lazyPart } from "./lazyPart.ts";
import { ShareButton } from "../embed/ShareButton.tsx";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { THEMES } from "../store/urlState.ts";
import { withText } from "../i18n/withText.ts";
import "./TimelineControls.css";

// The popup's controls load when it first opens: most readers never change the view.
const ViewOptionsPanel = lazyPart(withText(() => import("./ViewOptionsPanel.tsx")));

/**
 * The controls above the timeline. Wide screens: what a reader needs (zoom, Share) in the
 * row, and what only changes the presentation (view, lanes, theme) behind "View options".
 * Phones: Share and Embed, a row that fits in every language at 360 px; the theme is a page
 * setting there, in the page's foot beside the language (PageFoot).
 */
export function TimelineControls({ narrow }: { narrow: boolean }) {
  const { t } = useI18n();
  const view = useTimeline((s) => s.view);
  const zoom = useTimeline((s) => s.zoom);
  const fit = useTimeline((s) => s.fit);
  const showing = view ?? "timeline";

  if (narrow) {
    return (
      <div className="controls" role="toolbar" aria-label={t("controls.label")}>
        {/* Phones: the vertical list is the only view, so there is no Timeline/List toggle. */}
        <ShareButton />
      </div>
    );
  }
  return (
    <div className="controls controls-wide" role="toolbar" aria-label={t("controls.label")}>
      {showing === "timeline" && (
        <div className="segmented" role="group" aria-label={t("controls.zoom")}>
          <button type="button" aria-label={t("controls.zoomIn")} onClick={() => zoom(1.5)}>
            +
          </button>
          <button type="button" aria-label={t("controls.zoomOut")} onClick={() => zoom(1 / 1.5)}>
            −
          </button>
          <button type="button" aria-label={t("controls.fitAll")} onClick={fit}>
            {t("controls.fitAll")}
          </button>
        </div>
      )}
      <ShareButton />
      <ViewOptions showLanes={showing === "timeline"} />
    </div>
  );
}

/** The reader's own setting first. */
const THEME_ORDER = ["auto", "light", "dark"] as const;

export function ThemeSelect() {
  const { t } = useI18n();
  const theme = useTimeline((s) => s.theme);
  const setTheme = useTimeline((s) => s.setTheme);
  return (
    <label className="control">
      {t("controls.theme")}{" "}
      <select
        value={theme}
        onChange={(e: ChangeEvent<HTMLSelectElement>) =>
          setTheme(THEMES.find((option) => option === e.target.value) ?? "auto")
        }
      >
        {THEME_ORDER.map((option) => (
          <option key={option} value={option}>
            {t(`controls.theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * "View options": a button that shows a small non-modal popup with the view switch, lanes
 * and theme. Escape (or a click elsewhere) closes it, and Escape gives focus back to the
 * button.
 */
function ViewOptions({ showLanes }: { showLanes: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const popupId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || wrapRef.current?.contains(event.target) !== true) {
        setOpen(false);
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      className="view-options"
      ref={wrapRef}
      onBlur={(e) => {
        // Tabbing out of the popup closes it (a click outside is handled above).
        const to = e.relatedTarget;
        if (open && to instanceof Node && wrapRef.current?.contains(to) !== true) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          // The popup, not the detail panel or the page, handles this Escape.
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={popupId}
        onClick={() => setOpen(!open)}
      >
        {t("controls.viewOptions")} <span aria-hidden="true">▾</span>
      </button>
      <div
        id={popupId}
        ref={popupRef}
        className="view-options-popup"
        role="dialog"
        aria-label={t("controls.viewOptions")}
        hidden={!open}
      >
        {open && (
          <Suspense>
            <ViewOptionsPanel showLanes={showLanes} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
