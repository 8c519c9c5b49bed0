// Unit tests see the whole English catalog at once (the page loads enLater.ts with the
// parts that show its texts; see src/i18n/withText.ts).
import { enLater } from "../i18n/catalogs/enLater.ts";
import { englishMessages } from "../i18n/I18nContext.ts";

Object.assign(englishMessages, enLater);
