import {
  startTransition,
  use,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from "react";
import { useI18n } from "../i18n/I18nContext.ts";
import { findGaps, gapLabel } from "../timeline/gaps.ts";
import { REDUCED_MOTION_QUERY, useMediaQuery } from "../hooks/useMediaQuery.ts";
import { useFilteredEvents } from "../store/useFilteredEvents.ts";
import { useStoryStep } from "../store/useStoryStep.ts";
import { useStripLabels } from "../hooks/useStripLabels.ts";
import { useTimeline, useTimelineStoreApi } from "../store/TimelineStoreContext.tsx";
import {
  bucketKeyOf,
  groupByMonth,
  hiddenNameRest,
  monthSections,
  overviewBuckets,
  sectionKeyOf,
  type MonthSection,
} from "../timeline/monthGroups.ts";
import {
  FIRST_CARDS,
  FIRST_SCREEN_CARDS,
  firstMonthsDrawn,
  monthOfEvent,
} from "../timeline/monthsDrawn.ts";
import { colourClaim, stanceOn } from "../timeline/stanceOf.ts";
import { newsOf } from "../timeline/newsOf.ts";
import { ReaderPlaceContext, type ReaderPlace } from "../prerender/ReaderPlaceContext.ts";
import { PhoneCard } from "./PhoneCard.tsx";
import { PhoneLegend } from "./PhoneLegend.tsx";
import { StoryStepper } from "./StoryStepper.tsx";
import "./VerticalTimeline.css";

/** Room left between the sticky bar and a card scrolled to the top. */
const GAP_PX = 8;
/** Room kept for a card not drawn yet: about a folded card's height. */
const CARD_ESTIMATE_PX = 150;
/** Months are drawn this far ahead of the screen, so that scrolling never meets a gap. */
const DRAW_AHEAD = "1500px 0px";

/**
 * Phones: time runs down the page in one column. One sticky bar on top (the month strip,
 * which marks where you are), Previous / Next in a bar at the bottom within thumb's reach,
 * and cards that carry their sourcing folded and unfold in place.
 */
export default function VerticalTimeline({ onCloseDetail }: { onCloseDetail: () => void }) {
  const dataset = useTimeline((s) => s.dataset);
  const lanes = useTimeline((s) => s.lanes);
  const filterClaim = useTimeline((s) => s.filters.claim);
  const selectedId = useTimeline((s) => s.selectedId);
  const detailOpen = useTimeline((s) => s.detailOpen);
  const select = useTimeline((s) => s.select);
  const events = useFilteredEvents();
  const story = useStoryStep();
  const news = useTimeline((s) => s.news);
  const tr = useI18n();
  const { calendar } = tr.dates;
  const groups = useMemo(() => groupByMonth(events, calendar), [events, calendar]);
  const sections = useMemo(() => monthSections(groups, tr), [groups, tr]);
  const buckets = useMemo(() => overviewBuckets(groups, calendar), [groups, calendar]);
  // A long silence always ends at the first event of a month: its label opens that month.
  const gapBefore = useMemo(
    () =>
      new Map(
        findGaps(events).map((gap) => [
          gap.beforeId,
          gapLabel(gap, tr.locale, (span) => tr.t("gap.later", { span })),
        ]),
      ),
    [events, tr],
  );
  const claim = colourClaim(dataset, lanes, filterClaim);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const barRef = useRef<HTMLDivElement>(null);
  const stripRef = useRef<HTMLUListElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const reduced = useMediaQuery(REDUCED_MOTION_QUERY);
  const current = useSectionInView(listRef, barRef, sections);
  // Months whose cards are drawn (see monthsDrawn.ts): the first screens, any month that
  // comes near the screen or is jumped to, and always the open event's. The first render
  // draws a screen's worth, the page shows, and the rest of the first screens follow in the
  // next task, as a transition that a tap interrupts.
  const [pastFirstScreen, setPastFirstScreen] = useState(false);
  useEffect(() => {
    const task = setTimeout(() => startTransition(() => setPastFirstScreen(true)));
    return () => clearTimeout(task);
  }, []);
  const firstDrawn = useMemo(
    () => firstMonthsDrawn(sections, pastFirstScreen ? FIRST_CARDS : FIRST_SCREEN_CARDS),
    [sections, pastFirstScreen],
  );
  const monthOf = useMemo(() => monthOfEvent(sections), [sections]);
  const [nearScreen, setNearScreen] = useState<ReadonlySet<string>>(() => new Set());
  const openMonth = selectedId === null ? undefined : monthOf.get(selectedId);
  // The event a reader had reached in the prerendered story this page took over.
  const place = use(ReaderPlaceContext);
  const placeMonth = place === null ? undefined : monthOf.get(place.eventId);
  const isDrawn = (key: string) =>
    firstDrawn.has(key) || nearScreen.has(key) || key === openMonth || key === placeMonth;
  const drawMonth = (key: string) =>
    setNearScreen((drawn) => (drawn.has(key) ? drawn : new Set([...drawn, key])));
  useEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const keys = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => (entry.target as HTMLElement).dataset.section ?? "");
        if (keys.length > 0) setNearScreen((drawn) => new Set([...drawn, ...keys]));
      },
      { rootMargin: DRAW_AHEAD },
    );
    for (const element of list.querySelectorAll("[data-undrawn]")) observer.observe(element);
    return () => observer.disconnect();
  }, [sections, nearScreen]);
  const currentBucket = current === null ? null : bucketKeyOf(buckets, current);
  const currentSlot = buckets.findIndex((bucket) => bucket.key === currentBucket);
  const stripLabels = useStripLabels(
    stripRef,
    buckets.map((bucket) => bucket.stripLabel),
    currentSlot < 0 ? null : currentSlot,
  );

  useRevealSelected(listRef, barRef, detailOpen ? selectedId : null, reduced);
  useKeepReaderPlace(listRef, barRef, place);
  const settleCleanup = useRef<() => void>(() => {});
  // One toggle for every card, so that a tap re-renders only the cards it changes (PhoneCard
  // is memoized); the page's close handler is new on each of its renders, hence the ref.
  const closeDetail = useRef(onCloseDetail);
  useLayoutEffect(() => {
    closeDetail.current = onCloseDetail;
  });
  const toggle = useCallback(
    (eventId: string, expanded: boolean) =>
      expanded ? closeDetail.current() : select(eventId, { open: true }),
    [select],
  );
  useEffect(() => () => settleCleanup.current(), []);

  const jump = (bucketKey: string) => {
    const key = sectionKeyOf(sections, bucketKey);
    const section = key === null ? null : document.getElementById(`month-${key}`);
    if (section === null || key === null) return;
    drawMonth(key);
    settleCleanup.current();
    settleCleanup.current = scrollAndSettle(
      section,
      barRef.current,
      reduced ? "instant" : "smooth",
    );
  };

  return (
    <div className="vertical">
      {/* Above the bar, never under it: what scrolls under the bar is only ever the list. */}
      <PhoneLegend
        claimText={claim === null ? null : (dataset.claimsById.get(claim)?.text ?? null)}
      />
      <div className="vertical-bar" ref={barRef}>
        <nav className="overview-strip" aria-label={tr.t("months.jump")}>
          <ul ref={stripRef}>
            {buckets.map((bucket, i) => (
              <li key={bucket.key}>
                <button
                  type="button"
                  className={bucket.count === 0 ? "overview-button empty" : "overview-button"}
                  aria-current={bucket.key === currentBucket ? "location" : undefined}
                  onClick={() => jump(bucket.key)}
                >
                  <span className="overview-track" aria-hidden="true">
                    <span
                      className="overview-bar"
                      style={{ height: `${(bucket.count / max) * 100}%` }}
                    />
                  </span>
                  <span
                    className={
                      stripLabels === null || stripLabels[i]?.shown !== false
                        ? "overview-label"
                        : "overview-label overview-label-quiet"
                    }
                    data-align={stripLabels?.[i]?.align}
                  >
                    <span className="overview-label-text">{bucket.stripLabel}</span>
                  </span>
                  <span className="visually-hidden">{hiddenNameRest(bucket, tr)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div ref={listRef}>
        {events.length === 0 && <p className="timeline-empty">{tr.t("timeline.noMatches")}</p>}
        {sections.map((section) =>
          section.kind === "gap" ? (
            <p
              key={section.key}
              id={`month-${section.key}`}
              className="month-gap"
              data-section={section.key}
            >
              {section.label}
            </p>
          ) : (
            <section
              key={section.key}
              id={`month-${section.key}`}
              className="month"
              data-section={section.key}
              data-undrawn={isDrawn(section.key) ? undefined : ""}
              aria-labelledby={`month-${section.key}-title`}
            >
              {gapBefore.has(section.group.events[0]?.id ?? "") && (
                <p className="time-gap">{gapBefore.get(section.group.events[0]?.id ?? "")}</p>
              )}
              <h3 id={`month-${section.key}-title`} className="month-header">
                {section.label}
              </h3>
              {!isDrawn(section.key) ? (
                <ol
                  className="vertical-list"
                  style={{ minHeight: section.group.events.length * CARD_ESTIMATE_PX }}
                />
              ) : (
                <ol className="vertical-list">
                  {section.group.events.map((event) => {
                    const expanded = event.id === selectedId && detailOpen;
                    return (
                      <PhoneCard
                        key={event.id}
                        event={event}
                        dataset={dataset}
                        stance={stanceOn(event, claim)}
                        expanded={expanded}
                        onToggle={toggle}
                        onStep={story.step}
                        fresh={newsOf(news, event.id)}
                      />
                    );
                  })}
                </ol>
              )}
            </section>
          ),
        )}
      </div>
      <StoryStepper story={story} className="vertical-stepper" />
    </div>
  );
}

/**
 * Scrolls the page (never the page around an embed) so `element` starts `at` px from the top
 * of the screen, and never under the bar: by default just below it.
 */
function scrollBelowBar(
  element: Element,
  bar: HTMLElement | null,
  behavior: ScrollBehavior,
  at = 0,
): void {
  const top = element.getBoundingClientRect().top + window.scrollY - screenTop(bar, at);
  window.scrollTo({ top: Math.max(0, top), behavior });
}

/** Where scrollBelowBar puts an element asked to be `at` px from the top of the screen. */
function screenTop(bar: HTMLElement | null, at: number): number {
  return Math.max(at, barHeight(bar) + GAP_PX);
}

function barHeight(bar: HTMLElement | null): number {
  return bar?.offsetHeight ?? 0;
}

/** Whether the card's date line and title are on screen, below the bar. */
function headUncovered(card: Element, bar: HTMLElement | null): boolean {
  const head = card.querySelector(".vcard-button") ?? card;
  const rect = head.getBoundingClientRect();
  return rect.top >= barHeight(bar) && rect.top <= window.innerHeight * 0.4;
}

/** Whether the element starts where a scroll put it (screenTop), or the page ends. */
function atTop(element: Element, bar: HTMLElement | null, at: number): boolean {
  const top = element.getBoundingClientRect().top - screenTop(bar, at);
  const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
  return Math.abs(top) <= 2 || (atBottom && top > 0);
}

/**
 * Scrolls the element just below the bar (or `at` px from the top of the screen), then keeps
 * it there while months drawn on the way change height (off screen they are laid out at an
 * estimated height, see .month), until the reader does anything or 1.5 s have passed.
 * Returns a cleanup.
 */
function scrollAndSettle(
  element: Element,
  bar: HTMLElement | null,
  behavior: ScrollBehavior,
  at = 0,
): () => void {
  scrollBelowBar(element, bar, behavior, at);
  let frame = 0;
  const settle = () => {
    if (!atTop(element, bar, at)) scrollBelowBar(element, bar, "instant", at);
  };
  const until = performance.now() + 1500;
  // Also after each layout that changes the page's height, before it is painted: a month
  // above the element laid out at its real height showed it out of place for a frame.
  const resized = new ResizeObserver(settle);
  const loop = () => {
    settle();
    frame = performance.now() < until ? requestAnimationFrame(loop) : 0;
    if (frame === 0) resized.disconnect();
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    window.removeEventListener("scrollend", start);
    for (const type of INPUT) window.removeEventListener(type, stop);
  };
  // A smooth scroll settles once it has arrived; an instant one from the next frame on.
  const start = () => {
    frame = requestAnimationFrame(loop);
    resized.observe(document.documentElement);
  };
  for (const type of INPUT) window.addEventListener(type, stop, { once: true, passive: true });
  if (behavior === "smooth") window.addEventListener("scrollend", start, { once: true });
  else start();
  return stop;
}

/** What the reader does that ends any settling: their scroll wins. */
const INPUT = ["wheel", "touchstart", "keydown", "pointerdown"] as const;

/**
 * The opened card (a tap, Previous / Next, a swipe, a key, a link) is brought just below
 * the bar when its head is covered or low on the screen: smoothly, except for the first
 * one (a link being opened) and for readers who asked for reduced motion.
 */
function useRevealSelected(
  listRef: RefObject<HTMLElement | null>,
  barRef: RefObject<HTMLElement | null>,
  openId: string | null,
  reduced: boolean,
): void {
  const first = useRef(true);
  useEffect(() => {
    if (openId === null) {
      first.current = false;
      return;
    }
    // Measured in the next frame, not here: this effect runs in the tap's own task, and a
    // measurement here would lay the whole list out once for it and again for the frame
    // (53 ms of a 200 ms tap under the phone profile).
    let stopSettling: (() => void) | undefined;
    const frame = requestAnimationFrame(() => {
      const initial = first.current;
      first.current = false;
      const card = listRef.current?.querySelector(`[data-card="${CSS.escape(openId)}"]`);
      if (card === null || card === undefined || headUncovered(card, barRef.current)) return;
      const behavior: ScrollBehavior = initial || reduced ? "instant" : "smooth";
      stopSettling = scrollAndSettle(card, barRef.current, behavior);
    });
    return () => {
      cancelAnimationFrame(frame);
      stopSettling?.();
    };
  }, [listRef, barRef, openId, reduced]);
}

/**
 * The card of the event a reader had reached in the prerendered story goes where that
 * event was on screen (below the bar), in the render that replaces the story (a layout
 * effect: before it is painted), and stays there while the months above it settle, so the
 * reader reads on from there. A link that opened an event keeps it in front instead (the
 * page scrolled to it itself); a card the link's filters hide stays hidden, and the page
 * where it is.
 */
function useKeepReaderPlace(
  listRef: RefObject<HTMLElement | null>,
  barRef: RefObject<HTMLElement | null>,
  place: ReaderPlace | null,
): void {
  const store = useTimelineStoreApi();
  useLayoutEffect(() => {
    if (place === null || store.getState().detailOpen) return;
    const card = listRef.current?.querySelector(`[data-card="${CSS.escape(place.eventId)}"]`);
    if (card === null || card === undefined) return;
    return scrollAndSettle(card, barRef.current, "instant", place.top);
  }, [listRef, barRef, place, store]);
}

/** The key of the section at the top of the screen, just below the bar, as the page scrolls. */
function useSectionInView(
  listRef: RefObject<HTMLElement | null>,
  barRef: RefObject<HTMLElement | null>,
  sections: readonly MonthSection[],
): string | null {
  const [current, setCurrent] = useState<string | null>(sections[0]?.key ?? null);
  useEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const elements = list.querySelectorAll<HTMLElement>("[data-section]");
      // At the end of the page the last months cannot reach the bar: look lower down.
      const atBottom =
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      const line = atBottom ? window.innerHeight * 0.6 : barHeight(barRef.current) + GAP_PX + 1;
      // Sections are in page order: the last one starting above the line is the one in view.
      let lo = 0;
      let hi = elements.length - 1;
      let found = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((elements[mid]?.getBoundingClientRect().top ?? 0) <= line) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      setCurrent(elements[found]?.dataset.section ?? null);
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    frame = requestAnimationFrame(measure);
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [listRef, barRef, sections]);
  return current;
}
