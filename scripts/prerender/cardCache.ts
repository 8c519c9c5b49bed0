// Drawn cards kept between builds, by a hash of everything that decides their pixels: the
// SVG, the renderer's version and the font files. Drawing the bundled datasets' 60 cards
// takes seconds; a build whose data did not change reads them back in milliseconds, and a
// changed event redraws only its own card and its dataset's.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ALL_CARD_FONT_FILES } from "./cardFonts.ts";

export const CARD_CACHE_DIR = join("node_modules", ".cache", "rumor-timeline", "cards");

const require = createRequire(import.meta.url);

/** What, besides the SVG, a card's pixels depend on: resvg's version and each font file. */
function rendererKey(): string {
  const resvg = (require("@resvg/resvg-js/package.json") as { version: string }).version;
  // The fonts' bytes, not their names: a package update that changes a glyph redraws.
  const fonts = ALL_CARD_FONT_FILES.map((file) =>
    createHash("sha256").update(readFileSync(file)).digest("hex"),
  );
  return [`resvg ${resvg}`, ...fonts].join("\n");
}

let key: string | undefined;

/** The card for `svg` from the cache, or drawn by `render` and kept for the next build. */
export async function cachedCard(
  svg: string,
  render: (svg: string) => Buffer | Promise<Buffer>,
  dir: string = CARD_CACHE_DIR,
): Promise<Buffer> {
  key ??= rendererKey();
  const hash = createHash("sha256").update(key).update("\0").update(svg).digest("hex");
  const file = join(dir, `${hash}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet (or the cache was cleared): draw it.
  }
  const png = await render(svg);
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside, then renamed: a build stopped halfway never leaves half a PNG.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A read-only node_modules only costs the next build the drawing.
  }
  return png;
}
