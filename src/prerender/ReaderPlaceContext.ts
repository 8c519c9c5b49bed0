// The place a reader had reached in a prerendered story (readerPlace.ts), handed by the
// take-over to the timeline that replaces the story. Null everywhere else: a page drawn
// afresh, an embed, and every render before the take-over.
import { createContext } from "react";

export interface ReaderPlace {
  /** The event the reader had reached. */
  eventId: string;
  /** Its distance from the top of the screen, px: negative when its start scrolled past. */
  top: number;
}

export const ReaderPlaceContext = createContext<ReaderPlace | null>(null);
