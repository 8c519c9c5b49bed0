import { useEffect } from "react";
import { useTimeline } from "./TimelineStoreContext.tsx";

/** Applies the chosen theme to the page; "auto" leaves it to prefers-color-scheme. */
export function useThemeEffect(): void {
  const theme = useTimeline((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "auto") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
  }, [theme]);
}
