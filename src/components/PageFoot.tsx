// The page's foot, loaded after the timeline: the dataset's other editions and the
// interface's language, where a reader looks for them once the story has been read; nothing
// above moves when it appears.
import EditionLinks from "./EditionLinks.tsx";
import { LanguageMenu } from "./LanguageMenu.tsx";

export default function PageFoot() {
  return (
    <>
      <EditionLinks />
      <LanguageMenu />
    </>
  );
}
