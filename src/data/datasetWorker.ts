// Parses and validates big datasets off the main thread, so the page stays responsive
// (and its progress message keeps moving) while 100,000 events are checked.
import { parseDataset } from "./parseDataset.ts";

self.addEventListener("message", (event: MessageEvent<string>) => {
  void parseDataset(event.data).then((result) => self.postMessage(result));
});
