// public/data-prefetch.js starts downloading the page's dataset while the app's scripts are
// still loading, and leaves the request here. The app takes it once, for the same URL only;
// "Try again" and any other URL fetch afresh. Once the app has asked, the place holds null:
// the prefetch script is async, and one that runs after the app started must not download
// the dataset a second time.

export interface Prefetch {
  href: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __rumorPrefetch?: Prefetch | null | undefined;
  }
}

type PrefetchScope = { __rumorPrefetch?: Prefetch | null | undefined };

export function takePrefetched(
  href: string,
  scope: PrefetchScope = globalThis as PrefetchScope,
): Promise<Response> | null {
  const prefetch = scope.__rumorPrefetch;
  // Taken or not, it is never offered again: a retry must not get the same failed answer.
  scope.__rumorPrefetch = null;
  if (prefetch === undefined || prefetch === null) return null;
  return prefetch.href === href ? prefetch.response : null;
}
