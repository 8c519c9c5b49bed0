import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DatasetInput } from "./schema.ts";
import { isSheet } from "./isSheet.ts";
import { sheetToResult } from "./loadSheet.ts";

const TEMPLATE = readFileSync(new URL("../../public/dataset-template.csv", import.meta.url));
const SHEET = new URL("https://docs.example.com/sheet.csv");
const bytes = (text: string) => new TextEncoder().encode(text);

describe("sheetToResult", () => {
  it("turns the spreadsheet template into a dataset", () => {
    const result = sheetToResult(new Uint8Array(TEMPLATE), SHEET, undefined);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events.length).toBeGreaterThanOrEqual(2);
  });

  it("names every row it could not read, by its number", () => {
    const broken = `${TEMPLATE.toString("utf8").trimEnd()}\nbad-row,not a date,Title,Summary,sighting\n`;
    const result = sheetToResult(bytes(broken), SHEET, undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => /^row \d+$/.test(p.path))).toBe(true);
  });

  it("reads a sheet saved as UTF-16, as the preview and the CLI do", () => {
    const text = TEMPLATE.toString("utf8");
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      utf16[2 + i * 2] = code & 0xff;
      utf16[3 + i * 2] = code >> 8;
    }
    expect(sheetToResult(utf16, SHEET, undefined).ok).toBe(true);
  });

  const bundled = () =>
    JSON.parse(
      readFileSync(new URL("../../data/de-armas-cruise-2025.json", import.meta.url), "utf8"),
    ) as DatasetInput;
  const row =
    "id,date,title,summary,kind,event_sources,source_ids,source_outlets,source_urls\n" +
    "new-one,2025-12-01,A new sighting,Seen together again.,sighting,1,x-2025-12-01,X,https://x.example/a\n";

  it("takes the title and claims from a base dataset, as --base does", () => {
    const base = bundled();
    const result = sheetToResult(bytes(row), SHEET, base);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.title).toBe(base.title);
      expect(result.dataset.events.map((e) => e.id)).toEqual(["new-one"]);
    }
  });

  it("keeps the base's corrections, without an event that no row has", () => {
    const base = bundled();
    const result = sheetToResult(bytes(row), SHEET, base);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.corrections.map((c) => [c.date.text, c.text, c.event])).toEqual(
        base.corrections?.map((c) => [c.date, c.text, undefined]),
      );
    }
  });
});

describe("isSheet", () => {
  it("knows a sheet by extension, by type, else by its first character", () => {
    const json = new URL("https://x.example/data");
    expect(isSheet(new URL("https://x.example/s.CSV"), null, bytes("{"))).toBe(true);
    expect(isSheet(json, "text/csv; charset=utf-8", bytes("{"))).toBe(true);
    expect(isSheet(json, "application/json", bytes("id,date"))).toBe(false);
    expect(isSheet(json, "text/plain", bytes('\uFEFF  {"version":1}'))).toBe(false);
    expect(isSheet(json, null, bytes("id,date,title"))).toBe(true);
    // A web page where a dataset was expected is reported as a page, not read as a sheet.
    expect(isSheet(json, "text/html", bytes("<!doctype html><p>Hi</p>"))).toBe(false);
    expect(isSheet(json, null, bytes("<!doctype html>"))).toBe(false);
  });
});
