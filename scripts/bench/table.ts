// Plain-text tables for the benchmark's console output. Pure.

/** Column 0 and any in `left` are left-aligned, the rest right-aligned. */
export function formatTable(headers: string[], rows: string[][], left: number[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || left.includes(i) ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A number for a table cell: grouped digits, a fixed number of decimals, "–" for none. */
export const num = (v: number | null | undefined, digits = 0) =>
  v === null || v === undefined
    ? "–"
    : v.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
