import { describe, expect, it } from "vitest";
import { FLOOR_HTML, FLOOR_PATH, floorUrl } from "./floorPage.ts";

describe("the floor page", () => {
  it("is opened on a dataset by ?data=, as the app is", () => {
    expect(floorUrl("http://127.0.0.1:5000", "/bench/1000.json")).toBe(
      "http://127.0.0.1:5000/bench/floor.html?data=%2Fbench%2F1000.json",
    );
    expect(FLOOR_PATH).toBe("/bench/floor.html");
  });

  it("parses with JSON.parse, draws on a canvas and sets the app's ready mark", () => {
    expect(FLOOR_HTML).toContain("JSON.parse(");
    expect(FLOOR_HTML).toContain('<div class="timeline-root"><canvas');
    expect(FLOOR_HTML).toContain('setAttribute("data-timeline-ready", "")');
    // No framework and no module: one inline script.
    expect(FLOOR_HTML.match(/<script/g)).toHaveLength(1);
    expect(FLOOR_HTML).not.toContain("src=");
  });

  it("reads the year, month and day of every date form the format has", () => {
    const pattern = /const DATE = \/(.+)\/;/.exec(FLOOR_HTML)?.[1];
    expect(pattern).toBeDefined();
    const date = new RegExp(pattern ?? "");
    const utc = (text: string) => {
      const m = date.exec(text);
      return m === null ? null : Date.UTC(+m[1]!, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
    };
    expect(utc("2025-02-13")).toBe(Date.UTC(2025, 1, 13));
    expect(utc("2025-02-17~")).toBe(Date.UTC(2025, 1, 17));
    expect(utc("../2025-02-20")).toBe(Date.UTC(2025, 1, 20));
    expect(utc("2025-03")).toBe(Date.UTC(2025, 2, 1));
    expect(utc("2025")).toBe(Date.UTC(2025, 0, 1));
  });
});
