// The full page's share and embed dialog: links to the selected event, the copy-paste embed
// code in both forms, its options and a live preview of what an article will show. Loaded
// only when someone opens it (see ShareButton in EmbedLink.tsx).
import { useEffect, useId, useRef, useState, type ChangeEvent, type RefObject } from "react";
import { resolveDatasetUrl } from "../data/datasetUrl.ts";
import { useTimeline } from "../store/TimelineStoreContext.tsx";
import { THEMES, writeUrlState, type Theme } from "../store/urlState.ts";
import {
  DEFAULT_IFRAME_HEIGHT,
  embedPageUrl,
  frameTitle,
  fullPageUrl,
  iframeSnippet,
  scriptSnippet,
  type EmbedSpec,
} from "../timeline/embedCode.ts";
import "../embed/shareDialog.css";

const THEME_LABEL: Record<Theme, string> = {
  auto: "Follow the reader's setting",
  light: "Light",
  dark: "Dark",
};

const PREVIEW_WIDTHS = { column: "Article column", phone: "Phone (360 px)" } as const;
type PreviewWidth = keyof typeof PREVIEW_WIDTHS;

type Copyable = HTMLTextAreaElement | HTMLInputElement;

export function ShareDialog({ onClose }: { onClose: () => void }) {
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

  const site = new URL("./", window.location.href).href;
  const dataParam = new URLSearchParams(window.location.search).get("data");
  const resolved = resolveDatasetUrl(dataParam, window.location.href, "data", navigator.languages);
  // Embed code always names its dataset, so that it keeps working if the default changes.
  const dataUrl = resolved.ok ? resolved.url.href : null;
  const viewQuery = keepView
    ? writeUrlState("", { event: null, theme: "auto", language, view, lanes, filters }).replace(
        /^\?/,
        "",
      )
    : "";
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
  const script = scriptSnippet(embedSpec);
  const iframe = iframeSnippet(embedSpec, height);
  const eventLink =
    selected === undefined
      ? null
      : fullPageUrl({
          site,
          data: dataParam === null ? null : dataUrl,
          title: dataset.title,
          event: selected.id,
          theme: "auto",
          view: "",
        });

  const copy = async (text: string, what: string, field: RefObject<Copyable | null>) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied to the clipboard.`);
    } catch {
      // Clipboard access can be refused (permissions, an insecure page): leave the text
      // selected so that the keyboard shortcut does the rest.
      field.current?.focus();
      field.current?.select();
      setStatus(
        `Could not copy automatically: the ${what.toLowerCase()} is selected, press Ctrl+C (⌘C on a Mac).`,
      );
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
        <h2 id={`${id}-title`}>Share and embed</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>

      <section aria-labelledby={`${id}-link`} className="share-section">
        <h3 id={`${id}-link`}>Link</h3>
        <div className="share-row">
          {eventLink !== null && (
            <label className="share-field">
              Link to “{selected?.title}”
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
            onClick={() => eventLink !== null && void copy(eventLink, "Link", linkRef)}
          >
            Copy link to this event
          </button>
        </div>
        {eventLink === null && (
          <p id={`${id}-no-event`} className="share-hint">
            Select an event on the timeline first to get a link that opens it.
          </p>
        )}
      </section>

      <section aria-labelledby={`${id}-embed`} className="share-section">
        <h3 id={`${id}-embed`}>Embed in an article</h3>
        <fieldset className="share-options">
          <legend>Options</legend>
          <label>
            <input
              type="checkbox"
              checked={atEvent && selected !== undefined}
              disabled={selected === undefined}
              onChange={(e) => setAtEvent(e.target.checked)}
            />{" "}
            Start at the selected event
            {selected !== undefined && <span className="share-hint"> ({selected.title})</span>}
          </label>
          <label>
            <input
              type="checkbox"
              checked={keepView}
              onChange={(e) => setKeepView(e.target.checked)}
            />{" "}
            Keep the current filters and view
          </label>
          <label>
            Theme{" "}
            <select
              value={theme}
              onChange={(e: ChangeEvent<HTMLSelectElement>) =>
                setTheme(THEMES.find((t) => t === e.target.value) ?? "auto")
              }
            >
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Height in pixels{" "}
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
            Grow to fit the content instead (embed code only)
          </label>
          <label>
            <input type="checkbox" checked={search} onChange={(e) => setSearch(e.target.checked)} />{" "}
            Let readers search the events
          </label>
        </fieldset>

        <label className="share-field">
          Embed code (a story box as wide as the article column)
          <textarea
            ref={scriptRef}
            readOnly
            rows={5}
            value={script}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <button type="button" onClick={() => void copy(script, "Embed code", scriptRef)}>
          Copy embed code
        </button>

        <details className="share-iframe">
          <summary>For sites that remove scripts: a plain iframe</summary>
          <p className="share-hint">
            The same story box, at the height chosen above (a plain frame cannot size itself).
          </p>
          <label className="share-field">
            iframe code
            <textarea
              ref={iframeRef}
              readOnly
              rows={4}
              value={iframe}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button type="button" onClick={() => void copy(iframe, "iframe code", iframeRef)}>
            Copy iframe code
          </button>
        </details>

        <Preview
          src={embedPageUrl(embedSpec)}
          boxHeight={autoHeight ? null : height}
          title={`Preview: ${frameTitle(dataset.title)}`}
          width={previewWidth}
          onWidthChange={setPreviewWidth}
        />
      </section>

      <section aria-labelledby={`${id}-editors`} className="share-section">
        <h3 id={`${id}-editors`}>For editors</h3>
        <p>
          <a href={new URL("preview.html", site).href}>Preview a dataset file</a>: check a JSON or
          CSV file and see it as a timeline before publishing it. It is read on your device, never
          uploaded.
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
        <h4>Preview</h4>
        <label>
          Width{" "}
          <select
            value={width}
            onChange={(e) => onWidthChange(e.target.value === "phone" ? "phone" : "column")}
          >
            {Object.entries(PREVIEW_WIDTHS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
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
