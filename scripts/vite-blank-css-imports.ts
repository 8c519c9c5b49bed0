// Where a chunk imported a chunk of CSS alone, Vite removes the import and leaves a comment
// of the same length in its place ("/* empty css      */"), so that the source map's columns
// still hold. Spaces hold them as well and gzip to almost nothing: the comments cost the
// first load of index.html 36 bytes gzipped (three of them), on a budget with a few left.
import type { Plugin } from "vite";

const EMPTY_CSS_COMMENT = /\/\* empty css *\*\//g;

/** `code` with every comment Vite left for a removed CSS import blanked, at the same length. */
export function blankEmptyCssComments(code: string): string {
  return code.replace(EMPTY_CSS_COMMENT, (comment) => " ".repeat(comment.length));
}

export function blankCssImports(): Plugin {
  return {
    name: "rumor-timeline:blank-css-imports",
    apply: "build",
    // After Vite's own CSS plugin has written the comments.
    enforce: "post",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === "chunk") file.code = blankEmptyCssComments(file.code);
        }
      },
    },
  };
}
