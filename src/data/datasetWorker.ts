// Describes the problems of a big dataset off the main thread: the full check (zod and the
// reference checks) takes seconds for 100,000 events, and the page must keep answering and
// show that it is working meanwhile. Valid files never come here (fetchDataset.ts).
import { parseDataset } from "./parseDataset.ts";

self.addEventListener("message", (event: MessageEvent<string>) => {
  void parseDataset(event.data).then((result) => self.postMessage(result));
});
