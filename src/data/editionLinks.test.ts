import { describe, expect, it } from "vitest";
import { editionLinks, pageForEdition } from "./editionLinks.ts";

const SITE = "https://rumors.example";
const ENGLISH = new URL(`${SITE}/data/de-armas-cruise-2025.json`);
const SPANISH = new URL(`${SITE}/data/de-armas-cruise-2025.es.json`);

describe("pageForEdition", () => {
  it("keeps the view and switches the bundled dataset's edition by language alone", () => {
    const page = new URL(`${SITE}/?event=soho-dinner&kind=sighting#top`);
    expect(pageForEdition(page, SPANISH, "es")).toBe(
      `${SITE}/?event=soho-dinner&kind=sighting&lang=es`,
    );
    expect(pageForEdition(new URL(`${SITE}/?lang=es`), ENGLISH, "en")).toBe(`${SITE}/?lang=en`);
  });

  it("names the file when the page named one, as a path on this site", () => {
    const page = new URL(`${SITE}/?data=data/de-armas-cruise-2025.json&lang=fr`);
    expect(pageForEdition(page, SPANISH, "es")).toBe(
      `${SITE}/?data=%2Fdata%2Fde-armas-cruise-2025.es.json&lang=es`,
    );
  });

  it("keeps the interface's language for an edition in a language it does not speak", () => {
    const page = new URL(`${SITE}/?data=other.json&lang=de`);
    const greek = new URL("https://elsewhere.example/story.el.json");
    expect(pageForEdition(page, greek, "el")).toBe(
      `${SITE}/?data=https%3A%2F%2Felsewhere.example%2Fstory.el.json&lang=de`,
    );
  });
});

describe("editionLinks", () => {
  it("resolves each edition against the dataset's own URL, in the order listed", () => {
    const page = new URL(`${SITE}/`);
    const links = editionLinks(
      [
        { language: "es", url: "de-armas-cruise-2025.es.json" },
        { language: "pt-BR", url: "https://mirror.example/pt.json" },
      ],
      ENGLISH,
      page,
    );
    expect(links).toEqual([
      { language: "es", href: `${SITE}/?lang=es` },
      {
        language: "pt-BR",
        href: `${SITE}/?lang=pt-BR&data=https%3A%2F%2Fmirror.example%2Fpt.json`,
      },
    ]);
  });

  it("leaves out what is no http(s) edition", () => {
    const links = editionLinks(
      [{ language: "es", url: "javascript:alert(1)" }],
      ENGLISH,
      new URL(SITE),
    );
    expect(links).toEqual([]);
  });
});
