import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText.ts";

const TEXT = "id,title\nx,Café «Núñez» 🎬\n";

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  return swapped;
}

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte order mark, and drops the mark", () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeText(plain)).toEqual({ text: TEXT, encoding: "UTF-8" });
    expect(decodeText(new TextEncoder().encode(`\uFEFF${TEXT}`))).toEqual({
      text: TEXT,
      encoding: "UTF-8",
    });
  });

  it("reads UTF-16 LE and BE by their byte order mark", () => {
    const le = utf16le(`\uFEFF${TEXT}`);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: "UTF-16 LE" });
    expect(decodeText(swapPairs(le))).toEqual({ text: TEXT, encoding: "UTF-16 BE" });
  });

  it("reads UTF-16 LE and BE without a mark by where the zero bytes fall", () => {
    const le = utf16le(TEXT);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: "UTF-16 LE" });
    expect(decodeText(swapPairs(le))).toEqual({ text: TEXT, encoding: "UTF-16 BE" });
  });

  it("keeps an empty file and text with a stray zero byte as UTF-8", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "UTF-8" });
    const stray = new TextEncoder().encode("a\u0000bcdefgh");
    expect(decodeText(stray)).toEqual({ text: "a\u0000bcdefgh", encoding: "UTF-8" });
  });
});
