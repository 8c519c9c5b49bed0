// Tells the toolbar that it is in embed.html and what to show there instead of "Share":
// embed.html puts its EmbedLink here (the link to the full timeline, which also reports the
// selected event to the page around the frame). Null on the full page. Passing the element
// through context keeps embed-only code out of the chunk that both pages load.
import { createContext, useContext, type ReactNode } from "react";

export interface EmbedMode {
  /** Rendered at the end of the toolbar, inside the timeline's store provider. */
  toolbarItem: ReactNode;
}

export const EmbedContext = createContext<EmbedMode | null>(null);

export function useEmbedMode(): EmbedMode | null {
  return useContext(EmbedContext);
}
