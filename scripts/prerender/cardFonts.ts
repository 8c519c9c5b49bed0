// The fonts social cards are drawn and measured with, shipped inside npm packages (never
// the machine's own), so that a card comes out the same on every machine that builds it.
// Noto Sans covers Latin (accented Spanish, Portuguese, French, German…), Greek and
// Cyrillic; Noto Sans Arabic adds Arabic script. The packages hold TrueType files, which
// resvg reads (it cannot read WOFF2).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The SVG font-family list: Latin first, then the Arabic face for what Latin lacks. */
export const CARD_FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic'";
/**
 * For right-to-left cards, Arabic first: resvg's fallback for a character the first family
 * lacks takes a face of any weight, so Arabic in a bold run drew regular behind Latin.
 */
export const CARD_FONT_FAMILY_RTL = "'Noto Sans Arabic', 'Noto Sans'";
/** What resvg draws with when an element names no family. */
export const CARD_DEFAULT_FAMILY = "Noto Sans";

export type CardWeight = "regular" | "bold";

/** The TrueType files by weight, in fallback order (Latin, then Arabic). */
export const CARD_FONT_FILES: Readonly<Record<CardWeight, readonly string[]>> = {
  regular: [
    require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
    require.resolve("@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf"),
  ],
  bold: [
    require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
    require.resolve("@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf"),
  ],
};

/** Every file, for resvg's font database. */
export const ALL_CARD_FONT_FILES: readonly string[] = [
  ...CARD_FONT_FILES.regular,
  ...CARD_FONT_FILES.bold,
];
