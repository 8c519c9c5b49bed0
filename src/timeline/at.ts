// Reading an index that must exist. With noUncheckedIndexedAccess every `list[i]` may be
// undefined, and `list[i] ?? 0` used to silence that: an index out of range then read as
// event 0, and the timeline drew or counted the wrong event without a word.
//
// One function per kind of array, not one generic one: V8 keeps what it learns about an
// element access per function, and a single `at` reading five kinds of typed array in
// the filter loops became megamorphic and made them two to three times slower.

function outOfRange(i: number, length: number): never {
  throw new RangeError(`index ${i} is out of range (length ${length})`);
}

/** `items[i]`, or a RangeError that says which index and how long the list was. */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  return item === undefined ? outOfRange(i, items.length) : item;
}

export function atU8(items: Uint8Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange(i, items.length) : item;
}

export function atU32(items: Uint32Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange(i, items.length) : item;
}

export function atI32(items: Int32Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange(i, items.length) : item;
}

export function atF64(items: Float64Array, i: number): number {
  const item = items[i];
  return item === undefined ? outOfRange(i, items.length) : item;
}
