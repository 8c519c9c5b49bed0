// English whole, at once: for pages that show the later texts from their first paint (the
// file preview for dataset authors) and for unit tests. Readers' pages load enLater.ts with
// the parts that show its texts instead (withText.ts).
import { enLater } from "./catalogs/enLater.ts";
import { englishMessages } from "./I18nContext.ts";

Object.assign(englishMessages, enLater);
