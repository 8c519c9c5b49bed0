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
  if (source.url === undefined || !isHttpUrl(source.url)) {
    return <span className="source">{label}</span>;
  }
  return (
    <a
      className="source"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={source.title}
      // The page it opens is in the source's language; the words here are the dataset's.
      hrefLang={source.language}
    >
      {label}
      <span className="visually-hidden" {...writtenIn(language)}>
        {` ${t("sources.newTab")}`}
      </span>
    </a>
  );
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
