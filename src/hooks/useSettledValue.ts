import { useEffect, useState } from "react";

/**
 * `value`, but only once it has stopped changing for `delayMs`; with a delay of 0 it is
 * `value` itself. A pinch or wheel zoom changes the zoom level many times a second, and
 * laying out 100,000 events for each would drop frames: the view stretches the last layout
 * meanwhile and lays out once the gesture rests.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (delayMs <= 0) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : settled;
}
