// A big dataset (over 1 MB) checked without freezing the page: parsed and checked in
// slices with pauses for the page to draw, and its problems described in a worker. Loaded
// only for such files: the first load of a small dataset does not carry it.
import { MAX_DEPTH, tooDeep, tooLarge } from "./bounds.ts";
import { fastValidate, fastValidateInSlices } from "./fastPath.ts";
import type { LoadResult } from "./model.ts";
import { parseDataset } from "./parseDataset.ts";
import { splitEvents, type SplitText } from "./splitEvents.ts";

/** Events parsed between two pauses: a few milliseconds of JSON.parse. */
const EVENTS_PER_PARSE = 2000;

/**
 * The time bound of checking: 100,000 events take a few seconds on a phone; a file that
 * takes this long is hostile or broken, and the reader gets a message instead of a spinner.
 */
export const MAX_CHECK_MS = 60_000;

/**
 * A big file on the page's own thread: valid ones through the fast path, big ones in slices
 * (JSON.parse, then the check, a slice of events at a time with a pause after each) so the
 * page draws its progress and answers input. The worker takes over only when the file has
 * problems: describing them all goes through zod, seconds of work for 100,000 events.
 */
export async function checkBigFile(
  text: string,
  sliced: boolean,
  onChecked: (checked: number, total: number) => void,
): Promise<LoadResult> {
  if (tooLarge(text) !== null) return parseDataset(text);
  // Splitting bounds the nesting in the same pass; a text parsed whole is checked first.
  const split = sliced ? splitEvents(text, EVENTS_PER_PARSE, MAX_DEPTH) : null;
  if (split === null && tooDeep(text) !== null) return parseDataset(text);
  let value: unknown;
  try {
    value = split === null ? JSON.parse(text) : await parseSlices(split);
  } catch {
    return parseDataset(text); // says where the JSON breaks
  }
  const dataset = sliced
    ? await fastValidateInSlices(value, (checked, total) => {
        onChecked(checked, total);
        return nextTask();
      })
    : fastValidate(value);
  return dataset === null ? inWorker(text) : { ok: true, dataset };
}

/** JSON.parse, a slice of events at a time, with a pause after each. */
async function parseSlices(split: SplitText): Promise<unknown> {
  await nextTask();
  const head = JSON.parse(split.head) as { events: unknown[] };
  for (const slice of split.slices) {
    await nextTask();
    for (const event of JSON.parse(slice) as unknown[]) head.events.push(event);
  }
  return head;
}

/** Resolves in a new task (no 4 ms timer clamp), after the page has had its turn. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("./datasetWorker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

/** The full check in a worker, or here if it cannot run. */
function inWorker(text: string): Promise<LoadResult> {
  const worker = startWorker();
  // A worker that cannot start (an old browser, a strict policy) is no reason to fail.
  if (worker === null) return parseDataset(text);
  return new Promise((resolve) => {
    const finish = (result: LoadResult | Promise<LoadResult>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const seconds = MAX_CHECK_MS / 1000;
      const message = `could not be checked within ${seconds} seconds (it is too large or too complex for this viewer)`;
      finish({ ok: false, problems: [{ path: "(file)", message }] });
    }, MAX_CHECK_MS);
    worker.addEventListener("message", (event: MessageEvent<LoadResult>) => finish(event.data));
    worker.addEventListener("error", () => finish(parseDataset(text)));
    worker.postMessage(text);
  });
}
