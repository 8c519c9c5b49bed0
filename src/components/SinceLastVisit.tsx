// "3 new events and 1 correction since 12 Nov 2025": on a return visit, what changed since
// the reader last saw this dataset, with "Step through new only" and "Mark all as seen".
// Out of the first load: only a return visit shows anything, and then it loads beside the
// dataset and the view waits for it (TimelinePage.tsx). It also records the visit, in the
// reader's browser only (lastVisitStorage.ts), by the rule in lastVisit.ts.
// The counts and sets are sinceLastVisit.ts's; the marks read them from the store.
import { useLayoutEffect, useRef, useState } from "react";
import type { Dataset } from "../data/model.ts";
import { resolveDatasetUrl } from "../data/datasetUrl.ts";
import { parseEdtf } from "../data/edtf.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { andList } from "../i18n/listFormat.ts";
import { readLastVisit, writeLastVisit } from "../store/lastVisitStorage.ts";
import { useTimeline, useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import {
  leaveVisit,
  markAllSeen,
  openVisit,
  type LastVisit,
  type Seen,
} from "../timeline/lastVisit.ts";
import { hasNews, seenUpTo, sinceLastVisit } from "../timeline/sinceLastVisit.ts";
import "./NewsBadge.css";
import "./SinceLastVisit.css";

/** This page's dataset URL, as App loads it: the key the visit is remembered under. */
function datasetUrl(): string | null {
  const page = window.location.href;
  const param = new URL(page).searchParams.get("data");
  const resolved = resolveDatasetUrl(param, page, "data", navigator.languages);
  return resolved.ok ? resolved.url.href : null;
}

function seenNow(dataset: Dataset): Seen {
  const at = Date.now();
  return { at, seen: seenUpTo(dataset, at) };
}

/** `onShown`: called once the note has drawn what changed, or that nothing did. */
export default function SinceLastVisit({ onShown }: { onShown?: () => void }) {
  const { t, count, dates, locale } = useI18n();
  const store = useTimelineStoreApi();
  const dataset = useTimeline((s) => s.dataset);
  const news = useTimeline((s) => s.news);
  const newOnly = useTimeline((s) => s.newOnly);
  const [marked, setMarked] = useState(false);
  const visit = useRef<LastVisit | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const url = useRef(datasetUrl());

  // Before the first paint: the note is in the page from the frame the timeline first shows
  // in, rather than arriving a moment later and pushing the page under it down.
  useLayoutEffect(() => {
    const key = url.current;
    if (key === null) return;
    const opened = openVisit(readLastVisit(key), seenNow(dataset));
    visit.current = opened;
    writeLastVisit(key, opened);
    if (opened.previous !== null) {
      const since = sinceLastVisit(dataset, opened.previous.seen);
      if (hasNews(since)) store.getState().setNews({ ...since, lastVisit: opened.previous.at });
    }
    // The visit runs until the reader leaves: hiding the page (another tab, the phone
    // locked) or unloading it (closing, reloading). Within half an hour of that, coming
    // back is the same visit, and the note stays (lastVisit.ts).
    const leave = () => {
      if (document.visibilityState === "visible" || visit.current === null) return;
      visit.current = leaveVisit(visit.current, seenNow(dataset));
      writeLastVisit(key, visit.current);
    };
    document.addEventListener("visibilitychange", leave);
    window.addEventListener("pagehide", leave);
    return () => {
      document.removeEventListener("visibilitychange", leave);
      window.removeEventListener("pagehide", leave);
    };
  }, [dataset, store]);

  // After the visit is opened above. The news it set is drawn before this commit returns
  // (React renders an update from a layout effect at once); saying so in a microtask, after
  // that, means the note is whole by the time the page says it is ready.
  useLayoutEffect(() => {
    queueMicrotask(() => onShown?.());
  }, [onShown]);

  const markSeen = () => {
    const key = url.current;
    if (key !== null) {
      visit.current = markAllSeen(seenNow(dataset));
      writeLastVisit(key, visit.current);
    }
    store.getState().setNews(null);
    setMarked(true);
    // The button goes away with the note: keep keyboard focus on what replaced it.
    requestAnimationFrame(() => status.current?.focus());
  };

  let message = "";
  if (news !== null) {
    const parts = [
      news.newIds.size > 0 ? count("count.newEvents", news.newIds.size) : null,
      news.updatedIds.size > 0 ? count("count.updatedEvents", news.updatedIds.size) : null,
      news.corrections.length > 0 ? count("count.corrections", news.corrections.length) : null,
      news.statusChanges.length > 0
        ? count("count.statusChanges", news.statusChanges.length)
        : null,
    ].filter((part) => part !== null);
    // The day of the last visit, written like every other date on the page (in UTC).
    const day = parseEdtf(new Date(news.lastVisit).toISOString().slice(0, 10));
    message = t("news.note", {
      changes: andList(locale, parts),
      date: day.ok ? dates.long(day.value) : "",
    });
  } else if (marked) {
    message = t("news.markedSeen");
  }

  // The status line is there, empty, from the start: a live region announces what is put
  // into it (politely, without taking focus), not what it was created with.
  return (
    <div className={message === "" ? "since-note since-empty" : "since-note"}>
      <p className="since-text" role="status" ref={status} tabIndex={-1}>
        {message}
      </p>
      {news !== null && (news.newIds.size > 0 || news.updatedIds.size > 0) && (
        // What the plot's dots mean; each mark's own name says it to screen readers.
        <p className="since-key" aria-hidden="true">
          {news.newIds.size > 0 && (
            <span className="since-key-item">
              <span className="since-dot since-dot-new" />
              {t("news.new")}
            </span>
          )}
          {news.updatedIds.size > 0 && (
            <span className="since-key-item">
              <span className="since-dot" />
              {t("news.updated")}
            </span>
          )}
        </p>
      )}
      {news !== null && (
        <div className="since-actions" role="group" aria-label={t("news.label")}>
          <label className="since-toggle">
            <input
              type="checkbox"
              checked={newOnly}
              onChange={(e) => store.getState().setNewOnly(e.target.checked)}
            />{" "}
            {t("news.newOnly")}
          </label>
          <button type="button" onClick={markSeen}>
            {t("news.markSeen")}
          </button>
        </div>
      )}
    </div>
  );
}
