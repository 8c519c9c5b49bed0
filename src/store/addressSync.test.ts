import { afterEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FILTERS } from "../timeline/filters.ts";
import { createAddressSync } from "./addressSync.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A window at `path` + `search`, whose history records each address written. */
function pageAt(path: string, search: string) {
  const location = { pathname: path, search, hash: "" };
  const written: string[] = [];
  const replaceState = (_state: unknown, _title: string, url: string) => {
    written.push(url);
    location.search = url.slice(path.length);
  };
  vi.stubGlobal("window", { location, history: { state: null, replaceState } });
  return written;
}

const VIEW = {
  detailOpen: false,
  selectedId: null,
  theme: "auto" as const,
  language: null,
  view: null,
  lanes: { by: "kind" as const },
  filters: EMPTY_FILTERS,
};

describe("createAddressSync", () => {
  it("writes the address when the shareable view changes, keeping others' parameters", () => {
    const written = pageAt("/", "?data=/x.json");
    const sync = createAddressSync();
    sync({ ...VIEW, detailOpen: true, selectedId: "soho-dinner" });
    expect(written).toEqual(["/?data=/x.json&event=soho-dinner"]);
  });

  it("writes nothing for a change the address does not hold (a zoom, a pan)", () => {
    const written = pageAt("/", "");
    const sync = createAddressSync();
    const open = { ...VIEW, detailOpen: true, selectedId: "a" };
    sync(open);
    // The store's other fields change on every frame of a gesture; these stay the same.
    for (let frame = 0; frame < 5; frame++) sync({ ...open });
    expect(written).toEqual(["/?event=a"]);
  });

  it("leaves ?event= out on the event's own page", () => {
    const written = pageAt("/e/soho-dinner/", "");
    const sync = createAddressSync();
    sync({ ...VIEW, theme: "dark" });
    sync({ ...VIEW, theme: "dark", detailOpen: true, selectedId: "soho-dinner" });
    expect(written).toEqual(["/e/soho-dinner/?theme=dark"]);
  });
});
