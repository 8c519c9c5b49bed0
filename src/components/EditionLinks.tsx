// The dataset's other editions (its `translations`), at the page's foot beside the
// language menu, each named in its own language ("Español"), and named to search engines
// as <link rel="alternate" hreflang> in the document's head. Loaded after the timeline.
import { useEffect, useMemo, useState } from "react";
import { resolveDatasetUrl } from "../data/datasetUrl.ts";
import { pageParams } from "../data/pageParams.ts";
import { editionLinks, pageForEdition, type EditionLink } from "../data/editionLinks.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { nameInItself } from "../i18n/languageNames.ts";
import { writtenIn } from "../i18n/writtenIn.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";

/** The page's URL and its dataset's, as the page resolved them when it loaded. */
function pageAndDataset(): { page: URL; dataset: URL } | null {
  const page = new URL(window.location.href);
  const resolved = resolveDatasetUrl(
    pageParams(page).get("data"),
    page.href,
    "data",
    navigator.languages,
  );
  return resolved.ok ? { page, dataset: resolved.url } : null;
}

/** Keeps one <link rel="alternate" hreflang> per edition, this one included, in the head. */
function useAlternateLinks(links: readonly EditionLink[]): void {
  useEffect(() => {
    const elements = links.map(({ language, href }) => {
      const link = document.createElement("link");
      link.rel = "alternate";
      link.hreflang = language;
      link.href = href;
      document.head.append(link);
      return link;
    });
    return () => elements.forEach((link) => link.remove());
  }, [links]);
}

export default function EditionLinks() {
  const { t } = useI18n();
  const translations = useTimeline((s) => s.dataset.translations);
  const language = useTimeline((s) => s.dataset.language);
  // The view (event, filters) is read when the reader follows a link, not on every change.
  const [where] = useState(pageAndDataset);
  const others = useMemo(
    () => (where === null ? [] : editionLinks(translations, where.dataset, where.page)),
    [translations, where],
  );
  const all = useMemo(
    () =>
      where === null || others.length === 0
        ? []
        : [{ language, href: pageForEdition(where.page, where.dataset, language) }, ...others],
    [language, others, where],
  );
  useAlternateLinks(all);
  if (others.length === 0) return null;
  return (
    <p className="edition-links">
      <span>{t("page.editions")}</span>{" "}
      {others.map(({ language: tag, href }, i) => (
        <span key={tag}>
          {i > 0 && " · "}
          <a
            href={href}
            hrefLang={tag}
            {...writtenIn(tag)}
            onClick={(event) => {
              // The view as it is now: the address bar carries the open event and filters.
              const now = pageAndDataset();
              const current =
                now === null
                  ? undefined
                  : editionLinks(translations, now.dataset, now.page).find(
                      (link) => link.language === tag,
                    );
              if (current !== undefined) event.currentTarget.href = current.href;
            }}
          >
            {nameInItself(tag)}
          </a>
        </span>
      ))}
    </p>
  );
}
