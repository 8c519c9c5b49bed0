// How wide a line of card text is, from the fonts' own metrics: each character's advance in
// the first card font that has it (the fallback resvg follows), plus the fonts' kerning
// between neighbours. Wrapping by measured width rather than by a count of characters keeps
// "WWWW" and "iiii" honest. Arabic is measured letter by letter in its isolated forms,
// which are at least as wide as the joined ones resvg draws: an Arabic line may wrap a
// little early, never overflow.
import { readFileSync } from "node:fs";
import opentype from "opentype.js";
import { CARD_FONT_FILES, type CardWeight } from "./cardFonts.ts";

const loaded = new Map<CardWeight, opentype.Font[]>();

function fontsOf(weight: CardWeight): opentype.Font[] {
  let fonts = loaded.get(weight);
  if (fonts === undefined) {
    fonts = CARD_FONT_FILES[weight].map((file) => {
      const bytes = readFileSync(file);
      // opentype.js wants the file's own ArrayBuffer, not Node's shared pool.
      return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    });
    loaded.set(weight, fonts);
  }
  return fonts;
}

/** The width in pixels of `text` on one line at `size` pixels. */
export function textWidth(text: string, size: number, weight: CardWeight = "regular"): number {
  const fonts = fontsOf(weight);
  let units = 0;
  let previous: { font: opentype.Font; glyph: number } | null = null;
  for (const char of text) {
    const found = glyphOf(fonts, char);
    if (found === null) {
      previous = null;
      continue;
    }
    const { font, glyph } = found;
    const scale = 1 / font.unitsPerEm;
    if (previous !== null && previous.font === font) {
      units += font.getKerningValue(previous.glyph, glyph) * scale;
    }
    units += (font.glyphs.get(glyph).advanceWidth ?? 0) * scale;
    previous = { font, glyph };
  }
  return units * size;
}

/** The first font with a glyph for `char`; the first font's "missing" box when none has. */
function glyphOf(
  fonts: readonly opentype.Font[],
  char: string,
): { font: opentype.Font; glyph: number } | null {
  // Marks and joiners that take no room of their own in any font.
  if (/^[\u200b-\u200f\u2060\ufeff]$/.test(char)) return null;
  for (const font of fonts) {
    const glyph = font.charToGlyphIndex(char);
    if (glyph > 0) return { font, glyph };
  }
  const first = fonts[0];
  return first === undefined ? null : { font: first, glyph: 0 };
}
