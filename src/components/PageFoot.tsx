// The page's foot, loaded after the timeline: how the record moved (corrections and
// updates), the dataset's other editions and the interface's language, where a reader looks
// for them once the story has been read; nothing above moves when it appears.
import ChangeLog from "./ChangeLog.tsx";
import EditionLinks from "./EditionLinks.tsx";
import { LanguageMenu } from "./LanguageMenu.tsx";
import "./PageFoot.css";

export default function PageFoot() {
  return (
    <>
      <ChangeLog />
      <EditionLinks />
      <LanguageMenu />
    </>
  );
}
