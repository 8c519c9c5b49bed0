// The full page's share and embed dialog: links to the selected event, the copy-paste embed
// code in both forms, its options and a live preview of what an article will show. Loaded
// only when someone opens it (see ShareButton in EmbedLink.tsx).
import { useEffect, useId, useRef, useState, type ChangeEvent, type RefObject } from "react";
import { pageDatasetUrl, pageParams, siteRoot } from "../data/pageParams.ts";
import { publishedEventPage } from "../data/sitePaths.ts";
import type { TextKey } from "../i18n/catalog.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { DEFAULT_URL_STATE, THEMES, type Theme } from "../store/urlState.ts";
import { writeUrlState } from "../store/urlWrite.ts";
import { matchLanguage, type Language } from "../i18n/languages.ts";
import { LanguageOptions } from "./LanguageOptions.tsx";
import {
  DEFAULT_IFRAME_HEIGHT,
  embedPageUrl,
  frameTitle,
  fullPageUrl,
  iframeSnippet,
  scriptSnippet,
  type EmbedSpec,
} from "../timeline/embedCode.ts";
import { FollowLinks } from "./FollowLinks.tsx";
import "../embed/shareDialog.css";

const THEME_LABEL: Record<Theme, TextKey> = {
  auto: "share.theme.auto",
  light: "controls.theme.light",
  dark: "controls.theme.dark",
};

const PREVIEW_WIDTHS = ["column", "phone"] as const;
type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

type Copyable = HTMLTextAreaElement | HTMLInputElement;
/** What a copy button copies: it names the copied text in the status line. */
type Copied = "link" | "embed" | "iframe";

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const tr = useI18n();
  const { t } = tr;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const dataset = useTimeline((s) => s.dataset);
  const selectedId = useTimeline((s) => s.selectedId);
  const pageTheme = useTimeline((s) => s.theme);
  const language = useTimeline((s) => s.language);
  const view = useTimeline((s) => s.view);
  const lanes = useTimeline((s) => s.lanes);
  const filters = useTimeline((s) => s.filters);
  const selected = dataset.events.find((e) => e.id === selectedId);

  const [atEvent, setAtEvent] = useState(selected !== undefined);
  const [keepView, setKeepView] = useState(false);
  const [theme, setTheme] = useState<Theme>(pageTheme);
  // The box's interface language: the one this page's link chose, or (null) each reader's.
  const [boxLanguage, setBoxLanguage] = useState<Language | null>(language);
  const [height, setHeight] = useState(DEFAULT_IFRAME_HEIGHT);
  const [autoHeight, setAutoHeight] = useState(false);
  const [search, setSearch] = useState(false);
  const [previewWidth, setPreviewWidth] = useState<PreviewWidth>("column");
  const [status, setStatus] = useState("");

  const scriptRef = useRef<HTMLTextAreaElement>(null);
  const iframeRef = useRef<HTMLTextAreaElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    // A modal dialog: focus moves in, the page behind is inert, Escape closes it.
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  const site = siteRoot();
  const dataParam = pageParams().get("data");
  // Embed code always names its dataset, so that it keeps working if the default changes.
  const dataUrl = pageDatasetUrl();
  const viewQuery = writeUrlState(
    "",
    keepView
      ? { event: null, theme: "auto", language: boxLanguage, view, lanes, filters }
      : { ...DEFAULT_URL_STATE, language: boxLanguage },
  ).replace(/^\?/, "");
  const embedSpec: EmbedSpec = {
    site,
    data: dataUrl,
    title: dataset.title,
    event: atEvent && selected !== undefined ? selected.id : null,
    theme,
    view: viewQuery,
    height: autoHeight ? "auto" : height,
    search,
  };
  const script = scriptSnippet(embedSpec, tr);
  const iframe = iframeSnippet(embedSpec, tr, height);
  // A dataset published with the site has a page per event, whose preview shows that event.
  const eventLink =
    selected === undefined
      ? null
      : (publishedEventPage(dataUrl, selected.id, site) ??
        fullPageUrl({
          site,
          data: dataParam === null ? null : dataUrl,
          title: dataset.title,
          event: selected.id,
          theme: "auto",
          view: "",
        }));

  const copy = async (text: string, what: Copied, field: RefObject<Copyable | null>) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t(`share.copied.${what}`));
    } catch {
      // Clipboard access can be refused (permissions, an insecure page): leave the text
      // selected so that the keyboard shortcut does the rest.
      field.current?.focus();
      field.current?.select();
      setStatus(t(`share.copyFailed.${what}`));
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={`${id}-title`}
      onClose={(event) => {
        if (!event.currentTarget.open) onClose();
      }}
    >
      <div className="share-head">
        <h2 id={`${id}-title`}>{t("share.title")}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t("share.close")}
          onClick={onClose}
        >
          ×
        </button>
      </div>

      <section aria-labelledby={`${id}-link`} className="share-section">
        <h3 id={`${id}-link`}>{t("share.link")}</h3>
        <div className="share-row">
          {eventLink !== null && (
            <label className="share-field">
              {t("share.linkTo", { title: selected?.title ?? "" })}
              <input
                ref={linkRef}
                type="url"
                readOnly
                value={eventLink}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
          )}
          <button
            type="button"
            disabled={eventLink === null}
            aria-describedby={eventLink === null ? `${id}-no-event` : undefined}
            onClick={() => eventLink !== null && void copy(eventLink, "link", linkRef)}
          >
            {t("share.copyLink")}
          </button>
        </div>
        {eventLink === null && (
          <p id={`${id}-no-event`} className="share-hint">
            {t("share.noEvent")}
          </p>
        )}
      </section>

      <FollowLinks dataUrl={dataUrl} site={site} />

      <section aria-labelledby={`${id}-embed`} className="share-section">
        <h3 id={`${id}-embed`}>{t("share.embedTitle")}</h3>
        <fieldset className="share-options">
          <legend>{t("share.options")}</legend>
          <label>
            <input
              type="checkbox"
              checked={atEvent && selected !== undefined}
              disabled={selected === undefined}
              onChange={(e) => setAtEvent(e.target.checked)}
            />{" "}
            {t("share.startAtEvent")}
            {selected !== undefined && (
              <span className="share-hint">
                {" "}
                {t("share.selectedTitle", { title: selected.title })}
              </span>
            )}
          </label>
          <label>
            <input
              type="checkbox"
              checked={keepView}
              onChange={(e) => setKeepView(e.target.checked)}
            />{" "}
            {t("share.keepView")}
          </label>
          <label>
            {t("controls.theme")}{" "}
            <select
              value={theme}
              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                setTheme(THEMES.find((option) => option === e.target.value) ?? "auto")
              }
            >
              {THEMES.map((option) => (
                <option key={option} value={option}>
                  {t(THEME_LABEL[option])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("page.language")}{" "}
            <select
              value={boxLanguage ?? ""}
              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                setBoxLanguage(matchLanguage(e.target.value))
              }
            >
              <option value="">{t("share.language.reader")}</option>
              <LanguageOptions />
            </select>
          </label>
          <label>
            {t("share.height")}{" "}
            <input
              type="number"
              min={320}
              max={2000}
              step={10}
              value={height}
              disabled={autoHeight}
              onChange={(e) => {
                const value = e.target.valueAsNumber;
                if (Number.isFinite(value)) setHeight(value);
              }}
            />
          </label>
          <label>
            <input
              type="checkbox"
              checked={autoHeight}
              onChange={(e) => setAutoHeight(e.target.checked)}
            />{" "}
            {t("share.autoHeight")}
          </label>
          <label>
            <input type="checkbox" checked={search} onChange={(e) => setSearch(e.target.checked)} />{" "}
            {t("share.search")}
          </label>
        </fieldset>

        <label className="share-field">
          {t("share.embedCode")}
          <textarea
            ref={scriptRef}
            readOnly
            rows={5}
            value={script}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <button type="button" onClick={() => void copy(script, "embed", scriptRef)}>
          {t("share.copyEmbedCode")}
        </button>

        <details className="share-iframe">
          <summary>{t("share.iframeSummary")}</summary>
          <p className="share-hint">{t("share.iframeHint")}</p>
          <label className="share-field">
            {t("share.iframeCode")}
            <textarea
              ref={iframeRef}
              readOnly
              rows={4}
              value={iframe}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button type="button" onClick={() => void copy(iframe, "iframe", iframeRef)}>
            {t("share.copyIframeCode")}
          </button>
        </details>

        <Preview
          src={embedPageUrl(embedSpec)}
          boxHeight={autoHeight ? null : height}
          title={t("share.previewTitle", { title: frameTitle(dataset.title, tr) })}
          width={previewWidth}
          onWidthChange={setPreviewWidth}
        />
      </section>

      <section aria-labelledby={`${id}-editors`} className="share-section">
        <h3 id={`${id}-editors`}>{t("share.editors")}</h3>
        <p>
          <Template
            text={t("share.editorsNote")}
            values={{
              link: <a href={new URL("preview.html", site).href}>{t("share.previewLink")}</a>,
            }}
          />
        </p>
      </section>

      <p className="share-status" role="status">
        {status}
      </p>
    </dialog>
  );
}

/**
 * The height in a size message from the preview (src/embed/protocol.ts's format). Read here
 * rather than imported: embed.html and this lazy dialog sharing protocol.ts would split it
 * into a chunk of its own on embed.html's first load. The frame is our own page, so only
 * the shape is checked.
 */
function previewHeight(data: unknown): number | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== "rumor-timeline:size" || typeof height !== "number") return null;
  return Number.isFinite(height) && height > 0 ? Math.min(Math.ceil(height), 20000) : null;
}

/** embed.html as an article would show it, sized by the same messages embed.js listens to. */
function Preview({
  src,
  title,
  width,
  onWidthChange,
  boxHeight,
}: {
  src: string;
  /** The story box's height; null when it sizes itself (the preview follows its messages). */
  boxHeight: number | null;
  title: string;
  width: PreviewWidth;
  onWidthChange: (width: PreviewWidth) => void;
}) {
  const { t } = useI18n();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = frameRef.current;
      if (frame === null || event.source !== frame.contentWindow) return;
      if (event.origin !== window.location.origin) return;
      const height = previewHeight(event.data);
      if (height !== null) setHeight(height);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  return (
    <div className="share-preview">
      <div className="share-row">
        <h4>{t("share.preview")}</h4>
        <label>
          {t("share.previewWidth")}{" "}
          <select
            value={width}
            onChange={(e) => onWidthChange(e.target.value === "phone" ? "phone" : "column")}
          >
            {PREVIEW_WIDTHS.map((value) => (
              <option key={value} value={value}>
                {t(`share.previewWidth.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <iframe
        ref={frameRef}
        src={src}
        title={title}
        className={width === "phone" ? "share-preview-frame phone" : "share-preview-frame"}
        style={{ height: `${boxHeight ?? height}px` }}
      />
    </div>
  );
}
