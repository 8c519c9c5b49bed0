import { describe, expect, it } from "vitest";
import {
  ampSizeMessage,
  isSaneHeight,
  MAX_HEIGHT,
  MIN_HEIGHT,
  pymMessage,
  readEmbedMessage,
  READY,
  SELECTED,
  SIZE,
} from "./protocol.ts";

describe("isSaneHeight", () => {
  it("accepts finite heights between the limits, inclusive", () => {
    expect(isSaneHeight(MIN_HEIGHT)).toBe(true);
    expect(isSaneHeight(640.5)).toBe(true);
    expect(isSaneHeight(MAX_HEIGHT)).toBe(true);
  });

  it.each([
    ["too small", 49.9],
    ["zero", 0],
    ["negative", -100],
    ["too large", MAX_HEIGHT + 1],
    ["infinite", Infinity],
    ["NaN", Number.NaN],
    ["a string", "500"],
    ["null", null],
    ["an object", { valueOf: (): number => 500 }],
  ])("refuses %s", (_label, height) => {
    expect(isSaneHeight(height)).toBe(false);
  });
});

describe("readEmbedMessage", () => {
  it("reads the three messages of our dialect", () => {
    expect(readEmbedMessage({ type: SIZE, height: 700 })).toEqual({ type: SIZE, height: 700 });
    expect(readEmbedMessage({ type: READY })).toEqual({ type: READY });
    expect(readEmbedMessage({ type: SELECTED, event: "soho-dinner" })).toEqual({
      type: SELECTED,
      event: "soho-dinner",
    });
    expect(readEmbedMessage({ type: SELECTED, event: null })).toEqual({
      type: SELECTED,
      event: null,
    });
  });

  it("keeps nothing but the fields it knows", () => {
    expect(readEmbedMessage({ type: SIZE, height: 700, html: "<b>x</b>" })).toEqual({
      type: SIZE,
      height: 700,
    });
  });

  it.each([
    ["a string", "rumor-timeline:size"],
    ["null", null],
    ["a number", 3],
    ["another type", { type: "embed-size", height: 500 }],
    ["an AMP message", ampSizeMessage(500)],
    ["an insane height", { type: SIZE, height: 1e9 }],
    ["a height as text", { type: SIZE, height: "500" }],
    ["a selected id that is no slug", { type: SELECTED, event: "<script>" }],
    ["a selected id that is no string", { type: SELECTED, event: 42 }],
    ["a missing selected id", { type: SELECTED }],
  ])("ignores %s", (_label, data) => {
    expect(readEmbedMessage(data)).toBeNull();
  });
});

describe("other dialects", () => {
  it("writes AMP's embed-size message", () => {
    expect(ampSizeMessage(812)).toEqual({ sentinel: "amp", type: "embed-size", height: 812 });
  });

  it("writes Pym.js v1 strings", () => {
    expect(pymMessage("graphic", "height", "812")).toBe("pymxPYMxgraphicxPYMxheightxPYMx812");
    // The shape Pym's parent parses: ^pym xPYMx <id> xPYMx (\S+) xPYMx (.*)$
    const match = /^pymxPYMxgraphicxPYMx(\S+)xPYMx(.*)$/.exec(pymMessage("graphic", "h", "1"));
    expect(match?.slice(1)).toEqual(["h", "1"]);
  });
});
