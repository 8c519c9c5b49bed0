// The child side of embedding: embed.html tells the page around it how tall it is (on load
// and whenever that changes), when it is ready and which event is selected, in our own
// dialect and in AMP's and Pym.js's, so that embed.js, an AMP page and an existing Pym.js
// parent can all size it. Written by hand (about 1 KB) after reading @newswire/frames and
// pym.js: neither speaks all three dialects, and both would cost more than they save.
import {
  ampSizeMessage,
  pymMessage,
  READY,
  SELECTED,
  SIZE,
  type EmbedMessage,
} from "./protocol.ts";

/** Where messages go and how the page is measured; the browser's by default, fakes in tests. */
export interface MessengerEnv {
  /** `window.parent`, or null when the page is not in a frame (nobody to tell). */
  parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  /** The page's query string, read for Pym's `childId`. */
  search: string;
  /** The document's full content height in CSS pixels. */
  measure: () => number;
  /** Calls `onChange` whenever the page's size may have changed; returns a stop function. */
  observe: (onChange: () => void) => () => void;
}

export interface Messenger {
  /** The timeline has drawn its first render (after `data-timeline-ready`). */
  ready(): void;
  /** The reader selected an event, or cleared the selection. */
  selected(eventId: string | null): void;
  /** Measures now and sends the height if it changed (or always, with `force`). */
  sendSize(force?: boolean): void;
  stop(): void;
}

/** Pym's ids are element ids chosen by the parent page; anything odd is not a Pym parent. */
function pymChildId(search: string): string | null {
  let id: string | null;
  try {
    id = new URLSearchParams(search).get("childId");
  } catch {
    return null;
  }
  return id !== null && /^[^\s]{1,200}$/.test(id) && !id.includes("xPYMx") ? id : null;
}

export function createMessenger(env: MessengerEnv): Messenger {
  const { parent } = env;
  const childId = pymChildId(env.search);
  let lastHeight = -1;
  let stopObserving: (() => void) | null = null;

  // "*": the embed cannot know which page framed it, and nothing sent here is private (a
  // height, "ready", an event id that is in the page's own URL anyway).
  const post = (message: EmbedMessage | ReturnType<typeof ampSizeMessage> | string) =>
    parent?.postMessage(message, "*");

  const sendSize = (force = false) => {
    if (parent === null) return;
    const height = Math.ceil(env.measure());
    if (!Number.isFinite(height) || height <= 0) return;
    if (height === lastHeight && !force) return;
    lastHeight = height;
    post({ type: SIZE, height });
    post(ampSizeMessage(height));
    if (childId !== null) post(pymMessage(childId, "height", String(height)));
  };

  if (parent !== null) {
    stopObserving = env.observe(() => sendSize());
    sendSize(true);
  }

  return {
    ready() {
      post({ type: READY });
      if (childId !== null) post(pymMessage(childId, READY, ""));
      // A parent that missed earlier sizes (it attached its listener late) gets one now.
      sendSize(true);
    },
    selected(eventId) {
      post({ type: SELECTED, event: eventId });
      if (childId !== null) post(pymMessage(childId, SELECTED, eventId ?? ""));
    },
    sendSize,
    stop() {
      stopObserving?.();
      stopObserving = null;
    },
  };
}

/**
 * The document's content height: the root element's box, which (unlike scrollHeight) does
 * not grow to fill the frame, so the frame can shrink when the content does.
 */
export function documentHeight(doc: Document): number {
  return doc.documentElement.getBoundingClientRect().height;
}

/** The browser environment: ResizeObserver on the root and body catches every layout change. */
export function browserEnv(win: Window): MessengerEnv {
  const doc = win.document;
  return {
    parent: win.parent === win ? null : win.parent,
    search: win.location.search,
    measure: () => documentHeight(doc),
    observe(onChange) {
      const observer = new ResizeObserver(onChange);
      observer.observe(doc.documentElement);
      if (doc.body !== null) observer.observe(doc.body);
      // Web fonts change line heights after the first layout without resizing the root box
      // until they apply; the root's ResizeObserver covers that, `load` is a last safety net.
      win.addEventListener("load", onChange);
      return () => {
        observer.disconnect();
        win.removeEventListener("load", onChange);
      };
    },
  };
}
