// "Corrections and updates": how the record moved, in one list at the page's foot, newest
// first: corrections (with the event each concerns, linked), events updated, and each change
// of a claim's status (changeLog.ts). Loaded after the timeline, with the foot.
import { useId, useMemo, type MouseEvent } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { writtenIn } from "../i18n/writtenIn.ts";
import { useTimeline, useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import { changeLog, type ChangeEntry } from "../timeline/changeLog.ts";
import { shortClaim } from "../timeline/claimShort.ts";

/** This page with `event` open: a real link, which the page follows without reloading. */
function eventHref(id: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set("event", id);
  url.hash = "";
  return `${url.pathname}${url.search}`;
}

const KIND_KEY = {
  correction: "changes.correction",
  updated: "changes.updated",
  status: "changes.status",
} as const;

export default function ChangeLog() {
  const { t, dates } = useI18n();
  const id = useId();
  const store = useTimelineStoreApi();
  const dataset = useTimeline((s) => s.dataset);
  const entries = useMemo(() => changeLog(dataset), [dataset]);
  // A claim is named as its chip at the top names it ("in a romantic relationship."), its
  // whole sentence on hover: the log does not repeat every claim's sentence at each change.
  const claimNames = useMemo(() => {
    const names = dataset.people.map((person) => person.name);
    return new Map(
      dataset.claims.map((claim) => [
        claim.id,
        shortClaim(claim.text, names)
          .filter((part) => !part.hidden)
          .map((part) => part.text)
          .join(""),
      ]),
    );
  }, [dataset]);
  if (entries.length === 0) return null;
  const text = writtenIn(dataset.language);

  const eventLink = (eventId: string) => {
    const event = dataset.events.find((candidate) => candidate.id === eventId);
    if (event === undefined) return null;
    const open = (click: MouseEvent<HTMLAnchorElement>) => {
      if (click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey) return;
      click.preventDefault();
      store.getState().select(eventId, { open: true, reveal: true });
    };
    return (
      <Template
        text={t("changes.about")}
        values={{
          event: (
            <a href={eventHref(eventId)} onClick={open} {...text}>
              {event.title}
            </a>
          ),
        }}
      />
    );
  };

  const body = (entry: ChangeEntry) => {
    switch (entry.kind) {
      case "correction":
        return (
          <>
            <span className="change-text" {...text}>
              {entry.text}
            </span>
            {entry.eventId !== undefined && <> {eventLink(entry.eventId)}</>}
          </>
        );
      case "updated":
        return eventLink(entry.eventId);
      case "status": {
        const claim = dataset.claimsById.get(entry.claimId);
        const status = (
          <span className={`status-chip status-${entry.status}`}>
            {t(`status.${entry.status}`)}
          </span>
        );
        return (
          <>
            <Template
              text={t(entry.previous === null ? "changes.statusFirst" : "changes.statusNow")}
              values={{
                claim: (
                  <span title={claim?.text} {...text}>
                    {claimNames.get(entry.claimId) ?? entry.claimId}
                  </span>
                ),
                status,
              }}
            />
            {entry.note !== undefined && (
              <span className="change-note" {...text}>
                {entry.note}
              </span>
            )}
          </>
        );
      }
    }
  };

  return (
    <section className="change-log" aria-labelledby={id}>
      <h2 id={id}>{t("changes.title")}</h2>
      <ol>
        {entries.map((entry, i) => (
          <li key={i}>
            <time dateTime={entry.date.text}>{dates.long(entry.date)}</time>{" "}
            <span className="change-kind">{t(KIND_KEY[entry.kind])}</span> {body(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
