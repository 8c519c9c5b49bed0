// Medians, percentiles and frame-interval statistics for the benchmark's numbers. Pure.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile, p in [0, 1]. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? null;
}

export interface FrameStats {
  frames: number;
  medianMs: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  over50: number;
}

export function frameStats(timestamps: readonly number[]): FrameStats {
  const intervals = timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
  return {
    frames: intervals.length,
    medianMs: round(median(intervals)),
    p95Ms: round(percentile(intervals, 0.95)),
    maxMs: round(intervals.length > 0 ? Math.max(...intervals) : null),
    over50: intervals.filter((d) => d > 50).length,
  };
}

export function round(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
