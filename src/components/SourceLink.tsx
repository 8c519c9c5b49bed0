import type { ReactNode } from "react";
import type { Source } from "../data/model.ts";
import { isHttpUrl } from "../data/rules.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import "./SourceLink.css";
import { writtenIn } from "../i18n/writtenIn.ts";

/**
 * A citation: outlet, date and relay (or `children`, where a card names it more briefly),
 * linked only when the URL is http(s).
 */
export function SourceLink({ source, children }: { source: Source; children?: ReactNode }) {
  const { t, dates, language } = useI18n();
  const date = source.published ? dates.long(source.published) : null;
  const relay = source.relays ? source.relays : null;
  const details =
    date !== null && relay !== null
      ? t("sources.publishedRelays", { date, relay })
      : date !== null
        ? t("sources.published", { date })
        : relay !== null
          ? t("sources.relays", { relay })
          : null;
  const label = children ?? (
    <>
      <span className="source-outlet">{source.outlet}</span>
      {details !== null && (
        <span className="source-details" {...writtenIn(language)}>{` ${details}`}</span>
      )}
    </>
  );
  const newTab = (
    <span className="visually-hidden" {...writtenIn(language)}>
      {` ${t("sources.newTab")}`}
    </span>
  );
  const original = source.url !== undefined && isHttpUrl(source.url) ? source.url : undefined;
  const archived =
    source.archived !== undefined && isHttpUrl(source.archived.url) ? source.archived : undefined;
  // Robust Links (robustlinks.mementoweb.org): the link to the page names its archived copy
  // and the copy's date, and the link to the copy names the page, so either survives.
  const versionDate = archived === undefined ? undefined : isoDay(archived.date.start);
  const copy = archived !== undefined && (
    <a
      className="source-archived"
      href={archived.url}
      target="_blank"
      rel="noopener noreferrer"
      hrefLang={source.language}
      data-originalurl={original}
      data-versiondate={versionDate}
    >
      {t("sources.archived", { date: dates.long(archived.date) })}
      {newTab}
    </a>
  );
  if (original === undefined) {
    return (
      <>
        <span className="source">{label}</span>
        {copy !== false && <> {copy}</>}
      </>
    );
  }
  return (
    <>
      <a
        className="source"
        href={original}
        target="_blank"
        rel="noopener noreferrer"
        title={source.title}
        // The page it opens is in the source's language; the words here are the dataset's.
        hrefLang={source.language}
        data-versionurl={archived?.url}
        data-versiondate={versionDate}
      >
        {label}
        {newTab}
      </a>
      {copy !== false && <> {copy}</>}
    </>
  );
}

/** A UTC day as Robust Links writes it: 2025-02-18. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function SourceList({
  ids,
  sourcesById,
}: {
  ids: string[];
  sourcesById: ReadonlyMap<string, Source>;
}) {
  const { t } = useI18n();
  return (
    <ul className="source-list" aria-label={t("sources.title")}>
      {ids.map((id) => {
        const source = sourcesById.get(id);
        return source === undefined ? null : (
          <li key={id}>
            <SourceLink source={source} />
          </li>
        );
      })}
    </ul>
  );
}
