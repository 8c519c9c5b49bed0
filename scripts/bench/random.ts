// The benchmark's seeded random numbers. Every generated value comes from here, so that the
// same seed gives a byte-identical dataset on every machine and Node version (Math.random
// cannot be seeded).

/** mulberry32: small, fast and good enough for test data. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = createRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of table) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = table.at(-1);
    if (last === undefined) throw new Error("weighted pick from an empty table");
    return last[0];
  }
  /** Up to `n` distinct items. */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<T>();
    const want = Math.min(n, items.length);
    while (chosen.size < want) chosen.add(this.pick(items));
    return [...chosen];
  }
}
