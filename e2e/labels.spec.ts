// The plot reads at a glance: dates and short titles beside the marks, never covering each
// other; callouts that lead with date and title and never cut who said it; Next that keeps
// the selected event in view; a legend that is there on a first visit.
import type { Page, TestInfo } from "@playwright/test";
import { generateDataset } from "../scripts/bench/generate.ts";
import { validateDataset } from "../src/data/validate.ts";
import { expect, realDataset, serveDataset, test } from "./test.ts";
import { overlap } from "./boxes.ts";
import { axisTicks, pointInPlot } from "./desktopTimeline.ts";

const data = realDataset as unknown as {
  events: { id: string; title: string; date: string }[];
};
/** The events in the order the page tells them: the data boundary sorts them by date. */
const checked = validateDataset(realDataset);
if (!checked.ok) throw new Error("the bundled dataset must be valid");
const inDateOrder = checked.dataset.events.map((event) => event.id);

function plot(page: Page) {
  return page.getByRole("group", { name: /^Timeline, / });
}

async function open(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

/** Every label, glyph and cluster drawn in the plot's visible window, with its text. */
async function drawnItems(page: Page) {
  return page.evaluate(() => {
    const plotBox = document.querySelector(".timeline-plot")!.getBoundingClientRect();
    const boxOf = (element: Element, kind: string) => {
      const r = element.getBoundingClientRect();
      return {
        kind,
        text: element.textContent ?? "",
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    };
    const inPlot = (b: { x: number; width: number }) =>
      b.x >= plotBox.x - 0.5 && b.x + b.width <= plotBox.x + plotBox.width + 0.5;
    const items = [
      // A selected event pinned over its cluster is on top of it on purpose.
      ...[...document.querySelectorAll(".timeline-plot .mark:not(.mark-pinned) .mark-label")].map(
        (e) => boxOf(e, "label"),
      ),
      ...[...document.querySelectorAll(".timeline-plot .mark:not(.mark-pinned) .mark-glyph")].map(
        (e) => boxOf(e, "glyph"),
      ),
      ...[...document.querySelectorAll(".timeline-plot .cluster")].map((e) => boxOf(e, "cluster")),
    ];
    return {
      plot: { x: plotBox.x, y: plotBox.y, width: plotBox.width },
      items: items.filter(inPlot),
    };
  });
}

async function expectNoLabelOverlaps(page: Page): Promise<number> {
  const { items } = await drawnItems(page);
  const labels = items.filter((i) => i.kind === "label");
  const clashes: string[] = [];
  for (const label of labels) {
    for (const other of items) {
      if (other === label) continue;
      if (other.kind === "glyph" && Math.abs(other.y - label.y) < 1 && other.x < label.x) {
        // Its own glyph sits just left of it.
        if (other.x + other.width <= label.x + 0.5) continue;
      }
      if (overlap(label, other)) clashes.push(`"${label.text}" × ${other.kind} "${other.text}"`);
    }
  }
  expect(clashes, "labels cover nothing").toEqual([]);
  return labels.length;
}

async function keepShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.describe("labels at 1280×800", () => {
  test("at least 12 event titles are readable in the plot, the first above the fold", async ({
    page,
  }, testInfo) => {
    await open(page);
    const count = await expectNoLabelOverlaps(page);
    const { items } = await drawnItems(page);
    const readable = items.filter(
      (i) => i.kind === "label" && i.text.replace(/…$/, "").trim().length >= 8,
    );
    testInfo.annotations.push({ type: "labels in view", description: String(count) });
    expect(readable.length).toBeGreaterThanOrEqual(12);
    const firstTop = Math.min(...readable.map((i) => i.y));
    testInfo.annotations.push({ type: "first label top (px)", description: String(firstTop) });
    expect(firstTop).toBeLessThan(800);
    await keepShot(page, testInfo, "desktop-labels");
  });

  test("labels never overlap, zoomed in or out", async ({ page }) => {
    await open(page);
    for (const button of ["Zoom in", "Zoom in", "Zoom out", "Zoom out", "Zoom out"]) {
      await page.getByRole("button", { name: button, exact: true }).click();
      await expectNoLabelOverlaps(page);
    }
  });

  test("every label's date is whole and, in Spanish too, on one line where it fits", async ({
    page,
  }) => {
    // Spanish, Portuguese and German qualifiers and months are longer than English ones
    // ("aprox. 27 de jul.", "ca. 13.–14. März"), and an interval qualified at both ends
    // writes its qualifier once ("aprox. 22–23 may"; written twice it took two lines).
    for (const query of [
      "",
      "?lang=es",
      "?lang=es&event=wwd-interview",
      "?lang=pt-BR",
      "?lang=de",
    ]) {
      await open(page, query);
      const labels = await page.locator(".timeline-plot .mark-label").evaluateAll((all) =>
        all.map((label) => {
          const date = label.querySelector(".mark-label-date")!;
          const box = label.getBoundingClientRect();
          const dateBox = date.getBoundingClientRect();
          // The date's width on one line, in its own font.
          const probe = document.createElement("span");
          probe.className = date.className;
          probe.style.cssText = "position: absolute; white-space: nowrap; visibility: hidden";
          probe.textContent = date.textContent;
          label.append(probe);
          const oneLine = probe.getBoundingClientRect().width;
          probe.remove();
          return {
            date: date.textContent ?? "",
            cut: date.scrollWidth > date.clientWidth + 1,
            inside: dateBox.bottom <= box.bottom + 0.5,
            lines: Math.round(box.height / 14),
            dateLines: Math.round(dateBox.height / 14),
            fitsWidest: oneLine <= 150,
          };
        }),
      );
      expect(labels.length, query).toBeGreaterThan(5);
      for (const label of labels) {
        expect(label.cut, `${label.date} (${query || "English"})`).toBe(false);
        expect(label.inside, `${label.date} (${query || "English"})`).toBe(true);
        expect(label.lines, `${label.date} (${query || "English"})`).toBeLessThanOrEqual(3);
        // The layout keeps room for each language's dates ("aprox. 27 jul" was wrapped,
        // and its title cut to one line): only a date wider than any label wraps.
        if (label.fitsWidest) {
          expect(label.dateLines, `${label.date} (${query || "English"})`).toBe(1);
        }
        // The bundled dataset's dates all fit: none leaves its title a single line.
        expect(label.fitsWidest, `${label.date} (${query || "English"})`).toBe(true);
      }
    }
  });

  test("a mark's name starts with the words its label shows", async ({ page }) => {
    await open(page);
    const marks = plot(page).getByRole("list", { name: "Events on the timeline" });
    const first = marks.getByRole("button").first();
    const label = await first.locator(".mark-label").textContent();
    await expect(first).toHaveAccessibleName(new RegExp(`^${escapeRegExp(label!.trim())}`));
  });
});

/**
 * The labels drawn partly outside the plot's inner box, which cuts them mid-word ("25 Ju",
 * "Cruise conce"); and how many labels are drawn in all.
 */
async function labelsCutByThePlot(page: Page): Promise<{ cut: string[]; drawn: number }> {
  // By its class: the group's name is in the reader's language.
  return page.locator(".timeline-plot").evaluate((element) => {
    const outer = element.getBoundingClientRect();
    const lo = outer.left + element.clientLeft;
    const hi = lo + element.clientWidth;
    const boxes = [...element.querySelectorAll(".mark-label")].map((label) => ({
      text: label.textContent ?? "",
      box: label.getBoundingClientRect(),
    }));
    const drawn = boxes.filter(({ box }) => box.width > 0);
    return {
      drawn: drawn.length,
      cut: drawn
        .filter(({ box }) => box.left < lo - 0.5 || box.right > hi + 0.5)
        .map(({ text, box }) => `${text} at ${box.left}–${box.right}, plot ${lo}–${hi}`),
    };
  });
}

/** The marks whose glyph is whole inside the plot's window, and whether each has a label. */
async function marksInView(page: Page): Promise<{ id: string; labelled: boolean }[]> {
  return page.locator(".timeline-plot").evaluate((element) => {
    const plot = element.getBoundingClientRect();
    return [...element.querySelectorAll<HTMLElement>(".mark:not(.mark-pinned)")]
      .filter((mark) => {
        const glyph = mark.querySelector(".mark-glyph")!.getBoundingClientRect();
        return (
          glyph.left >= plot.left &&
          glyph.right <= plot.right &&
          glyph.top >= plot.top &&
          glyph.bottom <= plot.bottom
        );
      })
      .map((mark) => ({
        id: mark.dataset.eventId ?? "",
        labelled: mark.querySelector(".mark-label") !== null,
      }));
  });
}

/** English, then Arabic: the plot mirrored. */
const BOTH_DIRECTIONS = ["", "?lang=ar"];

async function openEmbed(page: Page, query: string): Promise<void> {
  await page.goto(`/embed.html${query}`);
  await expect(page.locator("[data-timeline-ready]")).toBeAttached();
}

test.describe("labels at the plot's edges", () => {
  // Without a glide, what is measured is where the view has landed.
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
  });

  test("an embed 640 px wide cuts no label mid-word, left to right or right to left", async ({
    page,
  }) => {
    // Its first event sits in a group at this width: the view zooms in until it stands
    // alone, and later events' labels met the plot's trailing edge.
    await page.setViewportSize({ width: 640, height: 480 });
    for (const query of BOTH_DIRECTIONS) {
      await openEmbed(page, query);
      const { cut, drawn } = await labelsCutByThePlot(page);
      expect(cut, query).toEqual([]);
      expect(drawn, query).toBeGreaterThanOrEqual(6);
    }
  });

  test("in an article's 680 px column every mark in view says what it is, left to right or right to left", async ({
    page,
  }) => {
    // The trailing edge left "25 Jul" and "c. 27 Jul" (the Vermont photos) as bare dots:
    // their labels now go before them.
    await page.setViewportSize({ width: 680, height: 600 });
    for (const query of BOTH_DIRECTIONS) {
      await openEmbed(page, query);
      const marks = await marksInView(page);
      expect(marks.length, query).toBeGreaterThanOrEqual(8);
      expect(
        marks.filter((mark) => !mark.labelled).map((mark) => mark.id),
        query,
      ).toEqual([]);
      expect((await labelsCutByThePlot(page)).cut, query).toEqual([]);
      await expectNoLabelOverlaps(page);
      // A label before its mark lines up with it: every line of its date and title ends on
      // the mark's side.
      const misaligned = await page.locator(".mark-label-before").evaluateAll((labels) =>
        labels.flatMap((label) => {
          const box = label.getBoundingClientRect();
          const glyph = label.parentElement!.querySelector(".mark-glyph")!.getBoundingClientRect();
          const markOnRight = glyph.left >= box.right - 1;
          const range = document.createRange();
          return [...label.children].flatMap((part) => {
            range.selectNodeContents(part);
            // One line can be several boxes (runs of each direction): its ends are theirs.
            const lines = new Map<number, { left: number; right: number }>();
            for (const r of range.getClientRects()) {
              if (r.bottom > box.bottom + 0.5) continue;
              const key = Math.round(r.top);
              const line = lines.get(key) ?? { left: r.left, right: r.right };
              lines.set(key, {
                left: Math.min(line.left, r.left),
                right: Math.max(line.right, r.right),
              });
            }
            return [...lines.values()]
              .filter((line) =>
                markOnRight
                  ? Math.abs(line.right - box.right) > 2
                  : Math.abs(line.left - box.left) > 2,
              )
              .map(
                () =>
                  `${part.textContent} (${markOnRight ? "mark on the right" : "mark on the left"})`,
              );
          });
        }),
      );
      expect(await page.locator(".mark-label-before").count(), query).toBeGreaterThanOrEqual(1);
      expect(misaligned, query).toEqual([]);
    }
  });

  test("zoomed in and panned, the page cuts no label mid-word", async ({ page }) => {
    await open(page);
    for (let zooms = 0; zooms < 2; zooms++) {
      const before = await axisTicks(page).allTextContents();
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await expect(axisTicks(page)).not.toHaveText(before);
      const { cut, drawn } = await labelsCutByThePlot(page);
      expect(cut, `zoomed in ${zooms + 1}×`).toEqual([]);
      expect(drawn).toBeGreaterThanOrEqual(4);
    }
    const point = await pointInPlot(page);
    await page.mouse.move(point.x, point.y);
    for (const dx of [300, 300, -150]) {
      const before = await axisTicks(page).allTextContents();
      await page.mouse.wheel(dx, 0);
      await expect(axisTicks(page)).not.toHaveText(before);
      const { cut, drawn } = await labelsCutByThePlot(page);
      expect(cut, `panned ${dx} px`).toEqual([]);
      expect(drawn).toBeGreaterThanOrEqual(4);
    }
  });
});

test.describe("callouts", () => {
  test("each shows its event's date and title, with every chip inside it", async ({ page }) => {
    await open(page);
    const callouts = page.getByRole("complementary", { name: /^Callout: / });
    await expect(callouts.first()).toBeVisible();
    const count = await callouts.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (const callout of await callouts.all()) {
      const name = (await callout.getAttribute("aria-label"))!.replace(/^Callout: /, "");
      const event = data.events.find((e) => e.title === name)!;
      expect(event, name).toBeDefined();
      const title = callout.locator(".callout-title");
      await expect(title).toBeVisible();
      // "15 May On Good Morning America…": a date first, then words.
      await expect(title).toHaveText(/^(c\. |by |from )?\d{1,2}[ –]/);
      // Whole: a title too long for one line takes the quote's second line.
      expect(
        await title.evaluate((e) =>
          [e, ...e.querySelectorAll("*")].every(
            (box) =>
              box.scrollWidth <= box.clientWidth + 1 && box.scrollHeight <= box.clientHeight + 1,
          ),
        ),
        `${event.id}: title whole`,
      ).toBe(true);
      const box = (await callout.boundingBox())!;
      const chips = callout.locator(".chip");
      expect(await chips.count()).toBeGreaterThanOrEqual(2);
      for (const chip of await chips.all()) {
        const c = (await chip.boundingBox())!;
        expect(c.x, `${event.id}: chip left`).toBeGreaterThanOrEqual(box.x);
        expect(c.y, `${event.id}: chip top`).toBeGreaterThanOrEqual(box.y);
        expect(c.x + c.width, `${event.id}: chip right`).toBeLessThanOrEqual(box.x + box.width);
        expect(c.y + c.height, `${event.id}: chip bottom`).toBeLessThanOrEqual(box.y + box.height);
        // Not cut by an ellipsis either.
        expect(await chip.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      }
    }
  });

  test("who said it is whole where the words are longer (Spanish)", async ({ page }) => {
    // "Ana de Armas · Declaración pública" is wider than a callout: it wraps, never cut.
    await open(page, "?lang=es&event=wwd-interview");
    const callout = page.locator(".callout-selected");
    await expect(callout).toBeVisible();
    const speaker = callout.locator(".chip").first();
    await expect(speaker).toHaveText("Ana de Armas · Declaración pública");
    const box = (await callout.boundingBox())!;
    const chip = (await speaker.boundingBox())!;
    expect(chip.x + chip.width).toBeLessThanOrEqual(box.x + box.width);
    expect(chip.y + chip.height).toBeLessThanOrEqual(box.y + box.height);
    expect(await speaker.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  });

  test("the Sun's split report names its anonymous source and the relay", async ({ page }) => {
    await open(page);
    const callout = page.getByRole("complementary", {
      name: "Callout: The Sun reports that Cruise and de Armas have split",
    });
    await expect(callout.getByText("Anonymous source", { exact: true })).toBeVisible();
    await expect(callout.getByText(/via The Sun$/)).toBeVisible();
  });

  test("leader lines are vertical and cross no other callout", async ({ page }) => {
    await open(page);
    // The callouts load just after the plot's first paint.
    await expect(page.locator(".callout-link").first()).toBeAttached();
    const result = await page.evaluate(() => {
      const callouts = [...document.querySelectorAll(".callout")].map((e) =>
        e.getBoundingClientRect(),
      );
      return [...document.querySelectorAll(".callout-link")].map((line) => {
        const r = line.getBoundingClientRect();
        const crossed = callouts.filter(
          (c) => r.x < c.right && c.left < r.right && r.top + 1 < c.bottom && c.top < r.bottom - 1,
        ).length;
        return { vertical: line.getAttribute("x1") === line.getAttribute("x2"), crossed };
      });
    });
    expect(result.length).toBeGreaterThan(0);
    for (const line of result) {
      expect(line.vertical).toBe(true);
      expect(line.crossed).toBe(0);
    }
  });
});

test.describe("reading in order", () => {
  test("Next steps through every event in date order, keeping it inside the plot", async ({
    page,
  }) => {
    await open(page);
    const next = page.getByRole("button", { name: "Next event" });
    const plotBox = (await plot(page).boundingBox())!;
    const position = page.getByRole("group", { name: "Read in order" }).first();
    for (let i = 0; i < data.events.length; i++) {
      await next.first().click();
      await expect(position).toContainText(`${i + 1} of ${data.events.length}`);
      const selected = plot(page).locator('[data-primary][aria-pressed="true"]');
      await expect(selected).toHaveCount(1);
      await expect(selected).toHaveAttribute("data-event-id", inDateOrder[i]!);
      // The glide has landed once the mark stops moving; then it is inside the plot.
      await expect
        .poll(async () => {
          const glyph = (await selected.locator(".mark-glyph").boundingBox())!;
          return glyph.x >= plotBox.x && glyph.x + glyph.width <= plotBox.x + plotBox.width;
        })
        .toBe(true);
    }
    await expect(next.first()).toBeDisabled();
  });
});

test.describe("legend", () => {
  test("is open on a first visit, and stays closed once the reader closes it", async ({ page }) => {
    await open(page);
    const legend = page.getByRole("region", { name: "How to read the timeline" });
    await expect(legend).toBeVisible();
    await expect(legend.getByRole("list", { name: "Dates" })).toBeVisible();
    await legend.getByRole("button", { name: "Hide" }).click();
    await expect(legend.getByRole("list", { name: "Dates" })).toBeHidden();
    await page.reload();
    await expect(page.locator("[data-timeline-ready]")).toBeAttached();
    await expect(legend.getByRole("button", { name: "Show" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });

  test("draws its samples with the plot's own marks", async ({ page }) => {
    await open(page);
    // The legend loads after the plot's first paint: wait for its samples.
    await expect(page.locator(".legend .span-bar").first()).toBeAttached();
    // Every kind of span bar the plot draws for this dataset is explained in the legend.
    const classes = await page.evaluate(() => {
      const of = (root: string) =>
        new Set(
          [...document.querySelectorAll(`${root} .span-bar`)].flatMap((e) =>
            [...e.classList].filter((c) => c !== "span-bar"),
          ),
        );
      return { plot: [...of(".timeline-plot")], legend: [...of(".legend")] };
    });
    for (const name of classes.plot) expect(classes.legend, name).toContain(name);
  });
});

for (const size of [100, 10_000]) {
  test(`a generated dataset of ${size} events: labels cover nothing and Next reveals`, async ({
    page,
  }, testInfo) => {
    const path = `/fixtures/labels-${size}.json`;
    await serveDataset(page, path, JSON.stringify(generateDataset(size, 11)));
    await open(page, `?data=${path}`);
    await expectNoLabelOverlaps(page);
    const next = page.getByRole("button", { name: "Next event" }).first();
    await next.click();
    await next.click();
    await expect(page.getByRole("group", { name: "Read in order" }).first()).toContainText(
      `2 of ${size.toLocaleString("en")}`,
    );
    // However dense the data, the selected event is on the plot as its own mark: zoomed in
    // until it stands alone, or (a month among its days, which zooming cannot pull apart)
    // pinned over the cluster that holds it.
    const selected = plot(page).locator('[data-primary][aria-pressed="true"] .mark-glyph');
    await expect(selected).toBeVisible();
    const plotBox = (await plot(page).boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await selected.boundingBox())!;
        // In the plot's window: at least its start, where its glyph is, is on screen.
        return box.x + Math.min(box.width, 24) > plotBox.x && box.x < plotBox.x + plotBox.width;
      })
      .toBe(true);
    const count = await expectNoLabelOverlaps(page);
    testInfo.annotations.push({ type: "labels in view", description: String(count) });
    // At 10,000 events the second event is a month among hundreds of days: its cluster is
    // what shows, and labels may only come with more zoom.
    if (size <= 100) expect(count).toBeGreaterThan(0);
    await keepShot(page, testInfo, `desktop-generated-${size}`);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
