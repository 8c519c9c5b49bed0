// The page's foot, loaded after the timeline: how the record moved (corrections and
// updates), the dataset's other editions and the page's settings (the interface's
// language; on phones the theme too, which wide screens keep under "View options"), where
// a reader looks for them once the story has been read; nothing above moves when it appears.
import ChangeLog from "./ChangeLog.tsx";
import EditionLinks from "./EditionLinks.tsx";
import { LanguageMenu } from "./LanguageMenu.tsx";
import { ThemeSelect } from "./TimelineControls.tsx";
import "./PageFoot.css";

export default function PageFoot({ withTheme }: { withTheme: boolean }) {
  return (
    <>
      <ChangeLog />
      <EditionLinks />
      <div className="page-settings">
        {withTheme && <ThemeSelect />}
        <LanguageMenu />
      </div>
    </>
  );
}
