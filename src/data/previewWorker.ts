// Reads, converts and checks a file for the preview (DropPreview) off the main thread. Its
// bundle (the CSV and TimelineJS converters with their parsers) is built apart from the
// page's and fetched only when a file is opened, so the first load does not grow.
import { fileTooLarge, previewBytes, type Preview } from "./preview.ts";

self.addEventListener("message", (event: MessageEvent<File>) => {
  const file = event.data;
  const answer = async (): Promise<Preview> =>
    fileTooLarge(file.name, file.size) ??
    previewBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  void answer().then(
    (preview) => self.postMessage({ ok: true, preview }),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
