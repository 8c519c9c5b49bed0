// The toolbar's last item (TimelineControls). On the full page: "Share", which opens the
// share and embed dialog, loaded only then. In embed.html: whatever the embed page put in
// EmbedContext (its link to the full timeline).
import { lazy, Suspense, useRef, useState } from "react";
import { useEmbedMode } from "./EmbedContext.ts";

// Not part of the first load: most readers never open it.
const loadDialog = () => import("../components/ShareDialog.tsx");
const ShareDialog = lazy(() => loadDialog().then((module) => ({ default: module.ShareDialog })));

export function ShareButton() {
  const embed = useEmbedMode();
  return embed === null ? <ShareControl /> : embed.toolbarItem;
}

function ShareControl() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        // Starts fetching the dialog as soon as someone is about to open it.
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
      >
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
