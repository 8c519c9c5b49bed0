// public/data-prefetch.js starts downloading the page's dataset while the app's scripts are
// still loading, and leaves the request here. The app takes it once, for the same URL only;
// "Try again" and any other URL fetch afresh.

export interface Prefetch {
  href: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __rumorPrefetch?: Prefetch | undefined;
  }
}

export function takePrefetched(
  href: string,
  scope: { __rumorPrefetch?: Prefetch | undefined } = globalThis as { __rumorPrefetch?: Prefetch },
): Promise<Response> | null {
  const prefetch = scope.__rumorPrefetch;
  if (prefetch === undefined) return null;
  // Taken or not, it is never offered again: a retry must not get the same failed answer.
  scope.__rumorPrefetch = undefined;
  return prefetch.href === href ? prefetch.response : null;
}
