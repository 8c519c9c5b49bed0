// The small dataset the prerender tests start from (src/data/fixtures/minimal.ts), changed
// as each test needs and checked as the build checks a published one.
import type { Dataset } from "../../src/data/model.ts";
import { fastValidate } from "../../src/data/fastPath.ts";
import { minimalDataset } from "../../src/data/fixtures/minimal.ts";
import type { DatasetInput } from "../../src/data/schema.ts";

export function testDataset(edit: (doc: DatasetInput) => void = () => {}): Dataset {
  const doc = minimalDataset();
  edit(doc);
  const dataset = fastValidate(JSON.parse(JSON.stringify(doc)) as unknown);
  if (dataset === null) throw new Error("the test dataset is not valid");
  return dataset;
}
