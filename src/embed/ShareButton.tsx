// The toolbar's last items (TimelineControls). On the full page: "Share", which hands the
// link to the phone's share sheet on touch devices that have one and copies it elsewhere,
// and "Embed in an article", which opens the share and embed dialog, loaded only then. In
// embed.html: whatever the embed page put in EmbedContext (its link to the full timeline).
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { useEmbedMode } from "./EmbedContext.ts";
import { isAbort, shareLink } from "./shareLink.ts";
import { withText } from "../i18n/withText.ts";
import "./ShareButton.css";

// Not part of the first load: most readers never open it.
const loadDialog = withText(() => import("../components/ShareDialog.tsx"));
const ShareDialog = lazy(loadDialog);

export function ShareButton() {
  const embed = useEmbedMode();
  return embed === null ? <ShareControl /> : embed.toolbarItem;
}

/** A phone or tablet with a share sheet: share there rather than copy. */
function canShareNatively(): boolean {
  return typeof navigator.share === "function" && window.matchMedia("(pointer: coarse)").matches;
}

type Outcome = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; link: string };

function ShareControl() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const title = useTimeline((s) => s.dataset.title);
  const selectedTitle = useTimeline((s) =>
    s.detailOpen ? s.dataset.events.find((e) => e.id === s.selectedId)?.title : undefined,
  );
  const embedRef = useRef<HTMLButtonElement>(null);
  const manualRef = useRef<HTMLInputElement>(null);
  // The link to copy by hand is focused and selected: Ctrl+C (⌘C) does the rest.
  useEffect(() => {
    if (outcome.kind !== "manual") return;
    manualRef.current?.focus();
    manualRef.current?.select();
  }, [outcome]);
  const close = () => {
    setOpen(false);
    embedRef.current?.focus();
  };

  const share = async () => {
    // The address bar already carries the open event (?event=<id>) and the filters.
    const link = shareLink(window.location.href);
    if (canShareNatively()) {
      try {
        await navigator.share({
          title: selectedTitle === undefined ? title : `${selectedTitle} · ${title}`,
          url: link,
        });
        return;
      } catch (error) {
        // Closing the sheet is not a failure; anything else falls back to copying.
        if (isAbort(error)) return;
      }
    }
    try {
      if (navigator.clipboard === undefined) throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      setOutcome({ kind: "copied" });
    } catch {
      setOutcome({ kind: "manual", link });
    }
  };

  return (
    <>
      <button type="button" onClick={() => void share()}>
        {t("share.share")}
      </button>
      <button
        ref={embedRef}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        // Starts fetching the dialog as soon as someone is about to open it.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        // The visible word starts the name (WCAG 2.5.3); the name says what it is for.
        aria-label={t("share.embedLabel")}
      >
        {t("share.embed")}
      </button>
      <span className="share-outcome" role="status">
        {outcome.kind === "copied" && t("share.linkCopied")}
        {outcome.kind === "manual" && t("share.copyThisLink")}
      </span>
      {outcome.kind === "manual" && (
        <input
          className="share-manual"
          type="url"
          readOnly
          aria-label={t("share.linkToPage")}
          value={outcome.link}
          ref={manualRef}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      {open && (
        <Suspense>
          <ShareDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
