// Calls back once the timeline root carries `data-timeline-ready` (its first render is
// complete): the moment embed.html tells the page around it that it is ready.
export function whenTimelineReady(doc: Document, callback: () => void): void {
  if (doc.querySelector("[data-timeline-ready]") !== null) {
    callback();
    return;
  }
  const observer = new MutationObserver(() => {
    if (doc.querySelector("[data-timeline-ready]") === null) return;
    observer.disconnect();
    callback();
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-timeline-ready"],
  });
}
