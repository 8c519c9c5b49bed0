import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { Dataset } from "../data/model.ts";
import {
  createTimelineStore,
  type TimelineState,
  type TimelineStore,
} from "./createTimelineStore.ts";
import type { UrlState, UrlWarning } from "./urlState.ts";

const StoreContext = createContext<TimelineStore | null>(null);

interface ProviderProps {
  dataset: Dataset;
  initial: UrlState;
  warnings: UrlWarning[];
  children: ReactNode;
}

/** Creates this timeline's own store once, for the life of the mounted timeline. */
export function TimelineStoreProvider({ dataset, initial, warnings, children }: ProviderProps) {
  const [store] = useState(() => createTimelineStore(dataset, initial, warnings));
  return <StoreContext value={store}>{children}</StoreContext>;
}

export function useTimelineStoreApi(): TimelineStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error("useTimeline must be used inside <TimelineStoreProvider>");
  return store;
}

export function useTimeline<T>(selector: (state: TimelineState) => T): T {
  return useStore(useTimelineStoreApi(), selector);
}
