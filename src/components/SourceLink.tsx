import type { ReactNode } from "react";
import type { Source } from "../data/model.ts";
import { isHttpUrl } from "../data/rules.ts";
import { formatEdtf } from "../timeline/formatDate.ts";
import "./SourceLink.css";

/**
 * A citation: outlet, date and relay (or `children`, where a card names it more briefly),
 * linked only when the URL is http(s).
 */
export function SourceLink({ source, children }: { source: Source; children?: ReactNode }) {
  const details = [
    source.published ? formatEdtf(source.published) : null,
    source.relays ? `via ${source.relays}` : null,
  ].filter((part) => part !== null);
  const label = children ?? (
    <>
      <span className="source-outlet">{source.outlet}</span>
      {details.length > 0 && <span className="source-details"> ({details.join(", ")})</span>}
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
      lang={source.language}
    >
      {label}
      <span className="visually-hidden"> (opens in a new tab)</span>
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
  return (
    <ul className="source-list" aria-label="Sources">
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
