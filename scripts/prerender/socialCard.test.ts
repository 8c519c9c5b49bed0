// The social cards as readers' apps will show them: the right size, drawn (not blank), the
// same bytes every time, every dataset text escaped, long titles cut to the card.
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { readEdition } from "../vite-feeds.ts";
import { ALL_CARD_FONT_FILES, CARD_DEFAULT_FAMILY } from "./cardFonts.ts";
import { CARD_HEIGHT, CARD_WIDTH, renderSocialCard, socialCardSvg } from "./socialCard.ts";
import { testDataset } from "./testDataset.ts";
import { textWidth } from "./textWidth.ts";

const HOSTILE = `<script>alert("x")</script> & 'quoted' "text" ]]> <b>bold</b>`;

/** Width and height from the PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function render(svg: string) {
  return new Resvg(svg, {
    font: { fontFiles: [...ALL_CARD_FONT_FILES], loadSystemFonts: false },
  }).render();
}

/** Variance of the pixels' brightness: 0 for a blank card. */
function brightnessVariance(svg: string): number {
  const { pixels } = render(svg);
  let sum = 0;
  let squares = 0;
  const count = pixels.length / 4;
  for (let i = 0; i < pixels.length; i += 4) {
    const value = ((pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0)) / 3;
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return squares / count - mean * mean;
}

/** The text of every <tspan>, unescaped as an XML parser would read it. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) =>
    (match[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

const english = readEdition("de-armas-cruise-2025").dataset;
const spanish = readEdition("de-armas-cruise-2025.es").dataset;

describe("socialCardSvg", () => {
  it("shows an event's kind, date as readers see it, title, claim and dataset", () => {
    const dataset = testDataset();
    const dinner = dataset.events.find((event) => event.id === "dinner")!;
    const shown = texts(socialCardSvg(dataset, dinner)).join("|");
    expect(shown).toContain("SIGHTING");
    expect(shown).toContain("13 Feb 2025 (some reports: 14 Feb 2025)");
    expect(shown).toContain("Dinner");
    // Too little is left without the names, so the chip keeps the whole claim.
    expect(shown).toContain("Claim: |Ana and Tom are a couple| — |Disputed");
    expect(shown).toContain("Test rumor|Rumor Timeline");
  });

  it("writes open and qualified dates with their words", () => {
    const dataset = testDataset((doc) => {
      doc.events[1]!.date = "2025-03~";
    });
    const denial = dataset.events.find((event) => event.id === "denial")!;
    const dinner = dataset.events.find((event) => event.id === "dinner")!;
    expect(texts(socialCardSvg(dataset, denial))).toContain("on or before 20 Feb 2025");
    expect(texts(socialCardSvg(dataset, dinner)).join("|")).toContain("c. March 2025");
  });

  it("prefers the event's short title", () => {
    const event = english.events.find((e) => e.id === "soho-dinner")!;
    expect(texts(socialCardSvg(english, event)).join(" ")).toContain(event.short);
  });

  it("shows a dataset's title, dek, span, count and a dot per event", () => {
    const svg = socialCardSvg(english, null);
    const shown = texts(svg).join("|");
    expect(shown).toMatch(/Feb\s–\sNov 2025/u);
    expect(shown).toContain("29 events");
    expect(shown).toContain("A sourced record of the 2025 sightings");
    expect(svg.match(/<circle /g)).toHaveLength(english.events.length);
  });

  it("writes a Spanish dataset's card in Spanish", () => {
    const shown = texts(socialCardSvg(spanish, spanish.events[0]!)).join("|");
    expect(shown).toContain("AVISTAMIENTO");
    expect(shown).toContain("feb 2025");
    expect(shown).toContain("Afirmación: ");
  });

  it("escapes hostile text and never carries the dataset's markup", () => {
    const dataset = testDataset((doc) => {
      doc.title = HOSTILE;
      doc.summary = HOSTILE;
      doc.events[1]!.title = HOSTILE;
      doc.claims![0]!.text = HOSTILE;
      doc.events[1]!.place = HOSTILE;
    });
    for (const event of [null, dataset.events.find((e) => e.id === "dinner")!]) {
      const svg = socialCardSvg(dataset, event);
      expect(svg).not.toMatch(/<script|<b>|]]>/);
      expect(
        svg.match(/<[a-z]+/g)?.every((tag) => /^<(svg|rect|text|tspan|g|circle)$/.test(tag)),
      ).toBe(true);
      // Each text reads back as written, cut or whole.
      expect(texts(svg).some((text) => text.startsWith(`<script>alert("x")`))).toBe(true);
      expect(() => renderSocialCard(svg)).not.toThrow();
    }
  });

  it("cuts a long title to at most three lines that fit, ending with an ellipsis", () => {
    const long = "A remarkably long title about a sighting ".repeat(8).trim();
    const dataset = testDataset((doc) => {
      doc.events[1]!.title = long.slice(0, 200);
      doc.title = long.slice(0, 200);
    });
    const svg = socialCardSvg(
      dataset,
      dataset.events.find((event) => event.id === "dinner")!,
    );
    const lines = [...svg.matchAll(/font-size="(\d+)" font-weight="700" fill="#1b1d21">([^<]*)</g)];
    expect(lines).toHaveLength(3);
    for (const [, size, text] of lines) {
      expect(textWidth(text!, Number(size), "bold")).toBeLessThanOrEqual(CARD_WIDTH - 144);
    }
    expect(lines.at(-1)![2]!.endsWith("…")).toBe(true);
    expect(texts(svg).at(-2)!.endsWith("…")).toBe(true); // the dataset's title at the foot
  });

  it("measures text as resvg draws it", () => {
    const text = "Cruise y De Armas, fotografiados — ¿Qué pasó? WAVY iiii";
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100">` +
      `<text x="0" y="80" font-family="${CARD_DEFAULT_FAMILY}" font-weight="700" font-size="48">${text}</text></svg>`;
    const drawn = new Resvg(svg, {
      font: { fontFiles: [...ALL_CARD_FONT_FILES], loadSystemFonts: false },
    }).getBBox()!;
    const measured = textWidth(text, 48, "bold");
    // The box is the ink, the measure the advances: they differ by side bearings only.
    expect(Math.abs(drawn.x + drawn.width - measured)).toBeLessThan(measured * 0.01);
  });
});

describe("renderSocialCard", () => {
  const event = english.events[3]!;

  it("draws 1200×630 PNGs that are not blank", () => {
    for (const svg of [socialCardSvg(english, null), socialCardSvg(english, event)]) {
      expect(pngSize(renderSocialCard(svg))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(brightnessVariance(svg)).toBeGreaterThan(100);
    }
  });

  it("draws the same bytes twice", () => {
    const svg = socialCardSvg(spanish, spanish.events[0]!);
    expect(renderSocialCard(svg).equals(renderSocialCard(svg))).toBe(true);
  });

  it("turns an Arabic dataset's card right to left", () => {
    const dataset = testDataset((doc) => {
      doc.language = "ar";
      doc.title = "شائعات الرومانسية";
    });
    const svg = socialCardSvg(dataset, null);
    expect(svg).toContain('direction="rtl"');
    expect(brightnessVariance(svg)).toBeGreaterThan(100);
  });

  it("has the glyphs of Arabic text in its bundled fonts", () => {
    const draw = (fontFiles: string[]) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="100">` +
          `<text x="10" y="80" font-size="48">عشاء في سوهو</text></svg>`,
        { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CARD_DEFAULT_FAMILY } },
      );
    const withArabic = draw([...ALL_CARD_FONT_FILES]);
    // Without the Arabic face, resvg draws the Latin face's "missing" boxes instead.
    const boxes = draw(ALL_CARD_FONT_FILES.filter((file) => !file.includes("Arabic")));
    expect(withArabic.render().pixels.equals(boxes.render().pixels)).toBe(false);
    // Measured letter by letter in isolated forms, Arabic is never narrower than drawn.
    expect(textWidth("عشاء في سوهو", 48)).toBeGreaterThanOrEqual(withArabic.getBBox()!.width);
  });
});
