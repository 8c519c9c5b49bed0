import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { Preview } from "../data/preview.ts";
import { useI18n } from "../i18n/I18nContext.ts";
import { Template } from "../i18n/Template.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { ErrorView } from "./ErrorView.tsx";
import { TimelinePage } from "./TimelinePage.tsx";
import "./DropPreview.css";

/** A file being shown: read and checked (`preview`), or still being read, or unreadable. */
interface Shown {
  id: number;
  fileName: string;
  preview: Preview | null;
  message: string;
}

/** A failure's message is null when the worker could not even start. */
type WorkerAnswer = { ok: true; preview: Preview } | { ok: false; message: string | null };

/**
 * The file goes to a worker of this page, which reads, converts and checks it: a big file
 * never blocks the page, and the converters (with their parsers) are fetched only now, as
 * the worker's own bundle, never as part of the page's first load.
 */
function readInWorker(file: File): Promise<WorkerAnswer> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("../data/previewWorker.ts", import.meta.url), {
      type: "module",
    });
    const done = (answer: WorkerAnswer) => {
      worker.terminate();
      resolve(answer);
    };
    worker.addEventListener("message", (event: MessageEvent<WorkerAnswer>) => done(event.data));
    worker.addEventListener("error", (event) =>
      done({ ok: false, message: event.message || null }),
    );
    worker.postMessage(file);
  });
}

/**
 * Preview by drag and drop: a JSON (format v1 or TimelineJS) or CSV file dropped on the page,
 * or chosen with "Open a file to preview", is read, converted and checked in the browser and
 * shown with the same timeline; nothing leaves the reader's device. While a preview is shown
 * it replaces `children`.
 */
export function DropPreview({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const depth = useRef(0);
  // The page's own address, restored on close: the preview's timeline writes its view to
  // the address bar like any timeline, and this page's filters mean nothing there.
  const savedUrl = useRef<string | null>(null);

  const open = useCallback(
    async (file: File) => {
      const id = ++latest.current;
      if (savedUrl.current === null) {
        savedUrl.current = window.location.href;
        const params = new URLSearchParams(window.location.search);
        for (const key of [...params.keys()]) {
          if (key !== "view" && key !== "theme") params.delete(key);
        }
        const query = params.size > 0 ? `?${params}` : "";
        window.history.replaceState(window.history.state, "", window.location.pathname + query);
      }
      const fileName = file.name;
      setShown({ id, fileName, preview: null, message: t("preview.reading") });
      const answer = await readInWorker(file);
      if (latest.current !== id) return;
      setShown(
        answer.ok
          ? { id, fileName, preview: answer.preview, message: answer.preview.summary }
          : {
              id,
              fileName,
              preview: null,
              message: t("preview.readFailed", {
                message: answer.message ?? t("preview.readerFailed"),
              }),
            },
      );
    },
    [t],
  );

  const close = () => {
    latest.current++;
    if (savedUrl.current !== null) {
      window.history.replaceState(window.history.state, "", savedUrl.current);
      savedUrl.current = null;
    }
    setShown(null);
  };

  useEffect(() => {
    const withFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") === true;
    const handlers: Record<string, (event: DragEvent) => void> = {
      dragenter: () => {
        depth.current++;
        setDragging(true);
      },
      // Without preventDefault the browser would open the file itself instead.
      dragover: () => {},
      dragleave: () => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      drop: (event) => {
        depth.current = 0;
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file !== undefined) void open(file);
      },
    };
    const listener = (event: DragEvent) => {
      if (!withFiles(event)) return;
      if (event.type !== "dragleave") event.preventDefault();
      handlers[event.type]?.(event);
    };
    for (const type of Object.keys(handlers)) window.addEventListener(type, listener as never);
    return () => {
      for (const type of Object.keys(handlers)) window.removeEventListener(type, listener as never);
    };
  }, [open]);

  return (
    <>
      <aside className="drop-open" aria-label={t("preview.region")}>
        <Template
          text={t("preview.openOrDrop")}
          values={{
            open: (
              <button type="button" onClick={() => inputRef.current?.click()}>
                {t("preview.open")}
              </button>
            ),
          }}
        />
        <input
          ref={inputRef}
          type="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv"
          hidden
          aria-label={t("preview.fileInput")}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            event.target.value = "";
            if (file !== undefined) void open(file);
          }}
        />
      </aside>
      {shown === null ? children : <PreviewView shown={shown} onClose={close} />}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>{t("preview.dropHint")}</p>
        </div>
      )}
    </>
  );
}

function PreviewView({ shown, onClose }: { shown: Shown; onClose: () => void }) {
  const { t } = useI18n();
  const bannerRef = useRef<HTMLDivElement>(null);
  // Keyboard and screen reader users land on the banner that says what they are seeing.
  useEffect(() => bannerRef.current?.focus(), [shown]);
  const { preview, fileName } = shown;
  return (
    <div className="preview">
      <div className="error-view preview-banner" ref={bannerRef} tabIndex={-1}>
        <p>
          <strong>
            <Template
              text={t("preview.banner")}
              values={{ file: <span className="break">{fileName}</span> }}
            />
          </strong>
        </p>
        <p role="status">{shown.message}</p>
        {preview !== null && preview.conversionProblems.length > 0 && (
          <ul className="problem-list" aria-label={t("preview.conversionProblems")}>
            {preview.conversionProblems.slice(0, 1000).map((problem, i) => (
              <li key={i}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        )}
        <p>
          {preview !== null && preview.json !== "" && (
            <button type="button" onClick={() => download(preview)}>
              {t("preview.download")}
            </button>
          )}{" "}
          <button type="button" onClick={onClose}>
            {t("preview.close")}
          </button>
        </p>
      </div>
      {preview !== null &&
        (preview.result.ok ? (
          <ErrorBoundary part="preview" key={shown.id}>
            <TimelinePage dataset={preview.result.dataset} foreignHost={null} />
          </ErrorBoundary>
        ) : (
          <ErrorView
            title={t("preview.fileFailed", { file: fileName })}
            url={fileName}
            problems={preview.result.problems}
          />
        ))}
    </div>
  );
}

/** Saves the JSON through a temporary object URL; nothing is sent anywhere. */
function download(preview: Preview): void {
  const url = URL.createObjectURL(new Blob([preview.json], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = preview.downloadName;
  link.click();
  // Revoked once the browser has taken the download over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
