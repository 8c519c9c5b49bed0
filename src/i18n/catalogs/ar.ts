// The interface in Modern Standard Arabic: English's keys (catalogs/en.ts), for Arabic readers.
// In two files as English is (first.ts, later.ts), loaded together: a reader who chose the
// language reads both halves.
import type { Messages } from "../catalog.ts";
import { first } from "./ar/first.ts";
import { later } from "./ar/later.ts";

const messages: Messages = { ...first, ...later };

export default messages;
