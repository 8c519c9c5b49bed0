// "Follow updates" in the share dialog: the feeds the build writes for each dataset published
// with the site (scripts/vite-feeds.ts: /t/<file name>/feed.xml and feed.json). A dataset
// from elsewhere has none, and the section is left out.
import { useId } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { feedPaths, publishedName } from "../data/sitePaths.ts";

/** The feeds of the dataset at `dataUrl`, when it is a file in this site's data folder. */
export function feedsOf(
  dataUrl: string | null,
  site: string,
): { atom: string; json: string } | null {
  const name = dataUrl === null ? null : publishedName(dataUrl, site);
  if (name === null) return null;
  const paths = feedPaths(name);
  return {
    atom: new URL(paths.atom[0] ?? "", site).href,
    json: new URL(paths.json[0] ?? "", site).href,
  };
}

export function FollowLinks({ dataUrl, site }: { dataUrl: string | null; site: string }) {
  const { t } = useI18n();
  const id = useId();
  const feeds = feedsOf(dataUrl, site);
  if (feeds === null) return null;
  return (
    <section aria-labelledby={id} className="share-section">
      <h3 id={id}>{t("share.follow")}</h3>
      <p className="share-hint">{t("share.followHint")}</p>
      <p>
        <a href={feeds.atom} type="application/atom+xml">
          {t("share.atomFeed")}
        </a>
        {" · "}
        <a href={feeds.json} type="application/feed+json">
          {t("share.jsonFeed")}
        </a>
      </p>
    </section>
  );
}
