// "New" / "Updated" beside an event's date in the list view and on a phone card, on a return
// visit (SinceLastVisit.tsx). Visible text, so that it says the same to every reader; on a
// phone card it is part of the card's button and so of its name.
import { useI18n } from "../i18n/I18nContext.ts";
import type { NewsKind } from "../timeline/newsOf.ts";
import "./NewsBadge.css";

export function NewsBadge({ kind }: { kind: NewsKind | null }) {
  const { t } = useI18n();
  if (kind === null) return null;
  // The space before it is its own: without a badge, the line reads as it always did.
  return (
    <>
      {" "}
      <span className={`news-badge news-${kind}`}>
        {t(kind === "new" ? "news.new" : "news.updated")}
      </span>
    </>
  );
}
