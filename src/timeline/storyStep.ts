// Reading in order: which event Previous and Next lead to, and where the reader is.

/** Where a step lands, or `undefined` when there is nowhere to go that way. */
export function stepTarget(
  ids: readonly string[],
  currentId: string | null,
  direction: -1 | 1,
): string | undefined {
  if (ids.length === 0) return undefined;
  const at = currentId === null ? -1 : ids.indexOf(currentId);
  // Nothing selected (or the selection was filtered out): Next starts the story at its
  // beginning, and Previous has nothing before the beginning.
  if (at === -1) return direction === 1 ? ids[0] : undefined;
  return ids[at + direction];
}

/** 1-based position of the selected event among those shown, or `null` when none is. */
export function storyPosition(ids: readonly string[], currentId: string | null): number | null {
  if (currentId === null) return null;
  const at = ids.indexOf(currentId);
  return at === -1 ? null : at + 1;
}
