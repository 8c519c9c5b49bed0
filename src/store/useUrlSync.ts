import { useEffect } from "react";
import { useTimelineStoreApi } from "./TimelineStoreContext.tsx";

/**
 * Keeps the address bar in step with the view, so any view can be shared as a link. The
 * writer (addressSync.ts) loads on the first change, out of the first load; the address
 * then takes the view as it is by the time it has loaded, and every change after it at once.
 */
export function useUrlSync(): void {
  const store = useTimelineStoreApi();
  useEffect(() => {
    let live = true;
    let loading = false;
    let sync: ReturnType<typeof import("./addressSync.ts").createAddressSync> | null = null;
    const unsubscribe = store.subscribe((state) => {
      if (sync !== null) return sync(state);
      if (loading) return;
      loading = true;
      import("./addressSync.ts").then(
        ({ createAddressSync }) => {
          if (!live) return;
          sync = createAddressSync();
          sync(store.getState());
        },
        // A failed download (offline) is tried again on the next change.
        () => (loading = false),
      );
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
}
