// The store's view actions keep the view on the data, whoever moves it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../data/model.ts";
import { validateDataset } from "../data/validate.ts";
import { fitDomain, LABEL_ROOM_PX, labelRoomRatio } from "../timeline/viewport.ts";
import { createTimelineStore } from "./createTimelineStore.ts";
import { minimalDataset } from "../data/fixtures/minimal.ts";
import { DEFAULT_URL_STATE } from "./urlState.ts";

const DAY = 86_400_000;

function load(): Dataset {
  const text = readFileSync(
    new URL("../../data/de-armas-cruise-2025.json", import.meta.url),
    "utf8",
  );
  const result = validateDataset(JSON.parse(text));
  if (!result.ok) throw new Error("the bundled dataset does not validate");
  return result.dataset;
}

describe("createTimelineStore: the view stays on the data", () => {
  const dataset = load();
  // The data itself, without the room the fitted view keeps for the last labels.
  const data = fitDomain(dataset.events, undefined, undefined, 0);
  const centreOf = ([d0, d1]: readonly [number, number]) => (d0 + d1) / 2;

  it("exposes every event's fitted domain", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    expect(store.getState().dataDomain).toEqual(data);
  });

  it("pan stops once the view's centre reaches the end of the data", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    store.getState().zoom(8);
    for (let i = 0; i < 50; i++) store.getState().pan(60 * DAY);
    expect(centreOf(store.getState().domain)).toBe(data[1]);
    for (let i = 0; i < 50; i++) store.getState().pan(-60 * DAY);
    expect(centreOf(store.getState().domain)).toBe(data[0]);
  });

  it("setDomain (cluster zoom, gestures) is held to the data too, span kept", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    const far = data[1] + 3_650 * DAY;
    store.getState().setDomain([far, far + 10 * DAY]);
    const [d0, d1] = store.getState().domain;
    expect(d1 - d0).toBe(10 * DAY);
    expect(centreOf([d0, d1])).toBe(data[1]);
  });

  it("zoom around a point past the data cannot carry the view off it", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    store.getState().setDomain([data[1] - 5 * DAY, data[1] + 5 * DAY]);
    store.getState().zoom(4, data[1] + 5 * DAY);
    expect(centreOf(store.getState().domain)).toBeLessThanOrEqual(data[1]);
  });

  it("a pan inside the data moves by exactly what was asked", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    store.getState().zoom(4);
    const before = store.getState().domain;
    store.getState().pan(DAY);
    expect(store.getState().domain).toEqual([before[0] + DAY, before[1] + DAY]);
  });
});

describe("createTimelineStore: keyboard moves between events stay on the data", () => {
  const dataset = load();
  // The data itself, without the room the fitted view keeps for the last labels.
  const data = fitDomain(dataset.events, undefined, undefined, 0);

  it("revealing the last event from a view panned to the end keeps the centre on the data", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    store.getState().zoom(6);
    for (let i = 0; i < 50; i++) store.getState().pan(60 * DAY);
    const last = dataset.events.at(-1)!;
    store.getState().select(last.id, { reveal: true });
    const [d0, d1] = store.getState().domain;
    expect((d0 + d1) / 2).toBeLessThanOrEqual(data[1]);
    expect(d0).toBeLessThanOrEqual(last.date.start);
    expect(d1).toBeGreaterThanOrEqual(last.date.end);
  });
});

describe("createTimelineStore: the opening view fits the measured plot", () => {
  const dataset = load();
  const lastEnd = Math.max(...dataset.events.map((event) => event.date.end));

  it("keeps the last label's room at the plot's width until the reader moves the view", () => {
    const store = createTimelineStore(dataset, DEFAULT_URL_STATE);
    store.getState().setPlotWidth(480);
    const [d0, d1] = store.getState().domain;
    expect(store.getState().domain).toEqual(
      fitDomain(dataset.events, undefined, undefined, labelRoomRatio(480)),
    );
    expect(((d1 - lastEnd) * 480) / (d1 - d0)).toBeGreaterThanOrEqual(LABEL_ROOM_PX);

    store.getState().zoom(2);
    const zoomed = store.getState().domain;
    store.getState().setPlotWidth(1000);
    expect(store.getState().domain).toEqual(zoomed);
    expect(store.getState().plotWidthPx).toBe(1000);
  });

  it("a deep-linked event stays revealed, with its label's room, as the width arrives", () => {
    const last = dataset.events.at(-1)!;
    const store = createTimelineStore(dataset, { ...DEFAULT_URL_STATE, event: last.id });
    store.getState().setPlotWidth(600);
    const [d0, d1] = store.getState().domain;
    expect(((d1 - last.date.end) * 600) / (d1 - d0)).toBeGreaterThanOrEqual(LABEL_ROOM_PX - 1e-6);
    expect(last.date.start).toBeGreaterThanOrEqual(d0);
  });
});

describe("createTimelineStore: panning is bounded on any span", () => {
  it("keeps a story of ten thousand years in view, however far it is pushed", () => {
    const input = minimalDataset();
    input.events = input.events.map((event, i) => ({
      ...event,
      date: i === 0 ? "0000-03-15" : "9999-12-31",
      altDates: [],
    }));
    const checked = validateDataset(input);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const store = createTimelineStore(checked.dataset, DEFAULT_URL_STATE);
    const [lo, hi] = store.getState().dataDomain;
    for (const direction of [1, -1]) {
      for (let i = 0; i < 20; i++) {
        const [d0, d1] = store.getState().domain;
        // Ten swipes' worth each time, each a whole view.
        store.getState().pan(direction * 10 * (d1 - d0));
        const [e0, e1] = store.getState().domain;
        const centre = (e0 + e1) / 2;
        expect(centre).toBeGreaterThanOrEqual(lo);
        expect(centre).toBeLessThanOrEqual(hi);
        expect(Number.isFinite(new Date(e1).getTime())).toBe(true);
      }
    }
  });
});
