import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The element's content width, following it as the page or the article column resizes;
 * null until it has been measured (in the first commit, before the first paint).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    // Measured now, before the first paint: waiting for the observer's first report drew a
    // frame without the timeline (and laid it out for nothing at zero width).
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
