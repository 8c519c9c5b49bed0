// What an image's pixels say, read in the page (an image the page may draw on a canvas: its
// own origin's, or a data: URL): how much its greys vary (a blank card does not), and how
// many colours it has (a strip of plain background has one).
import type { Page } from "@playwright/test";

export interface PixelStats {
  /** Variance of the pixels' grey levels (0–255). */
  variance: number;
  /** Distinct RGB colours. */
  colours: number;
}

export function pixelStats(page: Page, src: string): Promise<PixelStats> {
  return page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours = new Set<number>();
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      const grey = (r + g + b) / 3;
      sum += grey;
      squares += grey * grey;
    }
    const n = data.length / 4;
    return { variance: squares / n - (sum / n) ** 2, colours: colours.size };
  }, src);
}
