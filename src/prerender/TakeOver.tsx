// A prerendered page (scripts/prerender.ts) becoming the interactive timeline. React
// hydrates the page's HTML as it is (the same markup on both sides), then draws the
// timeline unseen beside it and swaps the two in one frame once the timeline is ready, so
// the reader never sees a blank page, a loading message or half a timeline. A reader who
// has scrolled into the story keeps their place: the timeline is told which event they
// were at (ReaderPlaceContext), in the render that shows it.
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { ReaderPlaceContext, type ReaderPlace } from "./ReaderPlaceContext.ts";
import { readerPlace } from "./readerPlace.ts";

/** What the interactive page shows when it has drawn: its ready flag, or an error. */
const SHOWN = "[data-timeline-ready], [role='alert']";

export function TakeOver({ prerendered, live }: { prerendered: ReactNode; live: ReactNode }) {
  // False while React hydrates (the server's render and the first client render must be
  // the page alone), true from the render after.
  const hydrated = useSyncExternalStore(NO_SUBSCRIPTION, ON_CLIENT, ON_SERVER);
  const [shown, setShown] = useState(false);
  const [place, setPlace] = useState<ReaderPlace | null>(null);
  const liveRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = liveRef.current;
    if (shown || box === null) return;
    let live = true;
    const check = () => {
      if (!live || box.querySelector(SHOWN) === null) return;
      observer.disconnect();
      // Read while the story's events are still on screen.
      const at = readerPlace();
      // At once, in the same task as the flag: whoever waits for the flag finds the
      // timeline on screen, not still hidden.
      flushSync(() => {
        setPlace(at);
        setShown(true);
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(box, {
      subtree: true,
      childList: true,
      attributeFilter: ["data-timeline-ready"],
    });
    // The page's own effects ran before this one and may have set the flag already.
    queueMicrotask(check);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [hydrated, shown]);

  return (
    <>
      {!shown && prerendered}
      {hydrated && (
        <div ref={liveRef} className={shown ? undefined : "live-page-preparing"}>
          <ReaderPlaceContext value={place}>{live}</ReaderPlaceContext>
        </div>
      )}
    </>
  );
}

const NO_SUBSCRIPTION = () => () => undefined;
const ON_CLIENT = () => true;
const ON_SERVER = () => false;
