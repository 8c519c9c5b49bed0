// Parts of a prerendered page the browser leaves as the build wrote them. React hydrates
// the page around them (its landmarks, header and links keep working as they are), and
// does not render the whole chronology a second time only for TakeOver to replace it with
// the timeline moments later: work removed, though side-by-side runs on a 4x-throttled
// phone could not tell it apart from their noise. Inside a Suspense boundary whose content
// suspends while hydrating, React keeps the server's HTML as it is ("dehydrated") and
// hydrates the rest; it removes that HTML with the page.
import { createContext, Suspense, use, useContext, type ReactNode } from "react";

/** True where the browser hydrates the page (hydrate.tsx); the build renders it whole. */
export const Hydrating = createContext(false);

const NEVER = new Promise<never>(() => undefined);

export function KeptAsHtml({ children }: { children: ReactNode }) {
  return (
    <Suspense>
      <Kept>{children}</Kept>
    </Suspense>
  );
}

function Kept({ children }: { children: ReactNode }) {
  if (useContext(Hydrating)) use(NEVER);
  return children;
}
