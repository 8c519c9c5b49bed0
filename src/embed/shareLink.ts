// The link "Share" hands to the phone's share sheet or the clipboard: this page as the
// reader sees it (dataset, open event, filters), without what only suits the sender's own
// screen (their theme) and without a fragment.

export function shareLink(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("theme");
  url.hash = "";
  return url.href;
}

/** Whether a failed `navigator.share` was the reader closing the sheet: nothing to say. */
export function isAbort(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "name" in error && error.name === "AbortError"
  );
}
