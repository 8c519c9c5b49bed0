import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../data/model.ts";
import { validateDataset } from "../data/validate.ts";
import { changeLog, lastUpdate } from "./changeLog.ts";

function load(path: string): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(path, "utf8")) as unknown);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const english = load("data/de-armas-cruise-2025.json");

/** The bundled dataset with changes of our own: an unexplained update, a second correction. */
function edited(): Dataset {
  const doc = JSON.parse(readFileSync("data/de-armas-cruise-2025.json", "utf8")) as {
    events: { id: string; added?: string; updated?: string }[];
    corrections: { date: string; text: string; event?: string }[];
  };
  const soho = doc.events.find((event) => event.id === "soho-dinner");
  if (soho === undefined) throw new Error("no soho-dinner");
  soho.updated = "2025-11-01";
  doc.corrections.push({ date: "2025-08-01", text: "A general note." });
  const result = validateDataset(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

describe("changeLog", () => {
  it("lists the bundled dataset's correction and each change of a claim's status, newest first", () => {
    const log = changeLog(english);
    const days = log.map((entry) => entry.date.text);
    expect([...days].sort().reverse()).toEqual(days);
    expect(log.filter((entry) => entry.kind === "correction")).toEqual([
      expect.objectContaining({
        eventId: "deeper-casting",
        date: expect.objectContaining({ text: "2025-07-04" }),
      }),
    ]);
    // deeper-casting's update is the correction's: it is not listed twice.
    expect(log.filter((entry) => entry.kind === "updated")).toEqual([]);
    // The romance claim: unverified, disputed, unverified, disputed, unverified (its sixth
    // step keeps the status and is no change).
    const romance = log.filter((entry) => entry.kind === "status" && entry.claimId === "romance");
    expect(romance.map((entry) => entry.kind === "status" && entry.status).reverse()).toEqual([
      "unverified",
      "disputed",
      "unverified",
      "disputed",
      "unverified",
    ]);
    const first = romance.at(-1);
    expect(first?.kind === "status" && first.previous).toBeNull();
  });

  it("lists an update no correction explains, and corrections that name no event", () => {
    const log = changeLog(edited());
    expect(log[0]).toEqual(expect.objectContaining({ kind: "updated", eventId: "soho-dinner" }));
    expect(log).toContainEqual(
      expect.objectContaining({ kind: "correction", text: "A general note.", eventId: undefined }),
    );
  });
});

describe("lastUpdate", () => {
  it("gives an updated event's date and the correction naming it; nothing for the others", () => {
    const casting = english.events.find((event) => event.id === "deeper-casting");
    const soho = english.events.find((event) => event.id === "soho-dinner");
    expect(casting && lastUpdate(english, casting)).toEqual({
      date: expect.objectContaining({ text: "2025-07-04" }),
      text: expect.stringMatching(/^Budget figure revised/),
    });
    expect(soho && lastUpdate(english, soho)).toBeNull();
  });
});
