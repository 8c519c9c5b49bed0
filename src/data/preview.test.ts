import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hostileDataset } from "./fixtures/hostile.ts";
import { minimalDataset } from "./fixtures/minimal.ts";
import { detectFormat, downloadName, fileTooLarge, previewBytes, previewFile } from "./preview.ts";
import { MAX_DATASET_CHARS } from "./validate.ts";

const TODAY = "2025-11-13";
const template = readFileSync(
  new URL("../../public/dataset-template.csv", import.meta.url),
  "utf8",
);

describe("detectFormat", () => {
  it("goes by the extension, else by the first character", () => {
    expect(detectFormat("sheet.csv", "{")).toBe("csv");
    expect(detectFormat("sheet.TSV", "")).toBe("csv");
    expect(detectFormat("data.json", "id,date")).toBe("json");
    expect(detectFormat("export", '\uFEFF  {"version":1}')).toBe("json");
    expect(detectFormat("export", "id,date,title")).toBe("csv");
  });
});

describe("downloadName", () => {
  it("keeps the stem and makes it a safe file name", () => {
    expect(downloadName("sheet.csv")).toBe("sheet.json");
    expect(downloadName("my rumor (final).json")).toBe("my-rumor-final.json");
    expect(downloadName("../../etc/passwd")).toBe("passwd.json");
    expect(downloadName("C:\\fakepath\\x.csv")).toBe("x.json");
    expect(downloadName("<img src=x onerror=alert(1)>.csv")).toBe("img-src-x-onerror-alert-1.json");
    expect(downloadName(".csv")).toBe("dataset.json");
  });
});

describe("previewFile", () => {
  it("shows a valid format v1 file as it is", async () => {
    const preview = await previewFile("test.json", JSON.stringify(minimalDataset()), TODAY);
    expect(preview).toMatchObject({
      fileName: "test.json",
      format: "json",
      result: { ok: true, dataset: { title: "Test rumor" } },
      conversionProblems: [],
      downloadName: "test.json",
    });
    expect(JSON.parse(preview.json)).toEqual(minimalDataset());
  });

  it("lists every problem of an invalid format v1 file with its path, and offers the JSON", async () => {
    const doc = { ...minimalDataset(), evnets: [] } as Record<string, unknown>;
    delete doc.title;
    const preview = await previewFile("broken.json", JSON.stringify(doc), TODAY);
    expect(preview.result).toEqual({
      ok: false,
      problems: [
        {
          path: "evnets",
          message: 'unknown key "evnets" (not part of format v1; check the spelling)',
        },
        { path: "title", message: "is required" },
      ],
    });
    expect(JSON.parse(preview.json)).toEqual(doc);
  });

  it("names the line of malformed JSON and offers the file itself back", async () => {
    const text = '{\n  "version": 1,\n  oops\n}';
    const preview = await previewFile("bad.json", text, TODAY);
    expect(preview.result).toMatchObject({
      ok: false,
      problems: [{ path: "(file)", message: expect.stringMatching(/line 3/) }],
    });
    expect(preview.json).toBe(text);
  });

  it("converts a CSV spreadsheet and validates the result", async () => {
    const preview = await previewFile("template.csv", template, TODAY);
    expect(preview.format).toBe("csv");
    expect(preview.result).toMatchObject({ ok: true });
    expect(preview.downloadName).toBe("template.json");
    const json = JSON.parse(preview.json) as { events: { id: string }[]; updated: string };
    expect(json.events.map((e) => e.id)).toEqual(["dinner-sighting", "friends-denial"]);
    expect(json.updated).toBe(TODAY);
  });

  it("reads a CSV file saved as UTF-16 (Excel's Unicode Text) like its UTF-8 form", async () => {
    const utf8 = await previewFile("template.csv", template, TODAY);
    const bytes = Buffer.from(`\uFEFF${template}`, "utf16le");
    const utf16 = await previewBytes("template.csv", new Uint8Array(bytes), TODAY);
    expect(utf16).toEqual(utf8);
    const unmarked = Buffer.from(template, "utf16le").swap16();
    expect(await previewBytes("template.csv", new Uint8Array(unmarked), TODAY)).toEqual(utf8);
  });

  it("lists the rows a CSV file could not convert, by spreadsheet row number", async () => {
    const lines = template.trimEnd().split("\n");
    const broken = [...lines, "bad-row,2025-02-30,Title,Summary,gossip"].join("\n");
    const preview = await previewFile("sheet.csv", broken, TODAY);
    expect(new Set(preview.conversionProblems.map((p) => p.path))).toEqual(new Set(["row 4"]));
    const messages = preview.conversionProblems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/gossip/);
    expect(messages).toMatch(/2025-02-30/);
    // The rows that did convert are still shown.
    expect(preview.result).toMatchObject({ ok: true });
  });

  it("converts a TimelineJS file, reporting by event index", async () => {
    const timelineJs = {
      title: { text: { headline: "A <b>TimelineJS</b> story" } },
      events: [
        {
          start_date: { year: "2025", month: "2", day: "13" },
          text: {
            headline: "Dinner",
            text: '<p>Seen at dinner. <a href="https://example.org/a">Report</a></p>',
          },
        },
        { start_date: { year: "2025" }, text: { headline: "No source at all" } },
      ],
    };
    const preview = await previewFile("story.json", JSON.stringify(timelineJs), TODAY);
    expect(preview.format).toBe("timelinejs");
    expect(preview.result).toMatchObject({ ok: true, dataset: { title: "A TimelineJS story" } });
    expect(preview.conversionProblems).toEqual([
      { path: "events[1]", message: expect.stringMatching(/source/) },
    ]);
  });

  it('recognizes a TimelineJS file wrapped as { "timeline": { … } }', async () => {
    const timeline = {
      events: [
        {
          start_date: { year: "2025" },
          text: { headline: "Clip" },
          media: { url: "//www.youtube.com/watch?v=abc" },
        },
      ],
    };
    const preview = await previewFile("wrapped.json", JSON.stringify({ timeline }), TODAY);
    expect(preview.format).toBe("timelinejs");
    expect(preview.conversionProblems).toEqual([]);
    expect(preview.result).toMatchObject({ ok: true });
  });

  it("keeps hostile text literal through conversion and validation", async () => {
    const preview = await previewFile("hostile.json", JSON.stringify(hostileDataset()), TODAY);
    expect(preview.result.ok).toBe(true);
    expect(JSON.parse(preview.json)).toEqual(hostileDataset());
  });

  it("refuses files over the limit and files nested too deeply, before parsing", async () => {
    expect(fileTooLarge("huge.json", MAX_DATASET_CHARS + 1)).toMatchObject({
      result: {
        ok: false,
        problems: [{ path: "(file)", message: expect.stringMatching(/too large/) }],
      },
      json: "",
    });
    expect(fileTooLarge("fine.json", 1000)).toBeNull();
    const deep = await previewFile("deep.json", "[".repeat(100_000) + "]".repeat(100_000), TODAY);
    expect(deep.result).toMatchObject({
      ok: false,
      problems: [{ path: "(file)", message: expect.stringMatching(/nested too deeply/) }],
    });
  });
});
