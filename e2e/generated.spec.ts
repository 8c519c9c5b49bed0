// About fifty generated datasets (src/data/convert/arbitraryDataset.ts, a fixed seed) render
// in the real page without a single console or page error: every EDTF form, optional field
// and awkward character the generator knows, in the timeline, the list and the details.
import fc from "fast-check";
import { arbitraryDataset } from "../src/data/convert/arbitraryDataset.ts";
import { expect, serveDataset, test } from "./test.ts";

const SEED = 20250213;
const DATASETS = fc.sample(arbitraryDataset(), { seed: SEED, numRuns: 50 });
// Five a test: ten took 38 s of the 60 s timeout on a loaded 2-core machine.
const GROUP = 5;

test.describe(`generated datasets (seed ${SEED})`, () => {
  for (let start = 0; start < DATASETS.length; start += GROUP) {
    const group = DATASETS.slice(start, start + GROUP);
    test(`datasets ${start + 1}–${start + group.length} render without errors`, async ({
      page,
    }) => {
      for (const [offset, dataset] of group.entries()) {
        const n = start + offset;
        const path = `/fixtures/generated-${n}.json`;
        await serveDataset(page, path, JSON.stringify(dataset));
        // Each dataset in a different view: the timeline, the list, or one event's details.
        const view = ["", "&view=list", `&event=${dataset.events[0]?.id ?? ""}`][n % 3];
        await page.goto(`/?data=${path}${view}`);
        await expect(page.locator("[data-timeline-ready]"), `dataset ${n}`).toBeAttached();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(
          dataset.title.replace(/\s+/g, " "),
        );
        await expect(page.getByRole("alert")).toHaveCount(0);
      }
    });
  }
});
