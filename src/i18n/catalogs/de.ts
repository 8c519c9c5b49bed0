// The interface in German: English's keys (catalogs/en.ts), written for German readers.
// In two files as English is (first.ts, later.ts), loaded together: a reader who chose the
// language reads both halves.
import type { Messages } from "../catalog.ts";
import { first } from "./de/first.ts";
import { later } from "./de/later.ts";

const messages: Messages = { ...first, ...later };

export default messages;
