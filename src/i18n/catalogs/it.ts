// The interface in Italian: English's keys (catalogs/en.ts), written for Italian readers.
// In two files as English is (first.ts, later.ts), loaded together: a reader who chose the
// language reads both halves.
import type { Messages } from "../catalog.ts";
import { first } from "./it/first.ts";
import { later } from "./it/later.ts";

const messages: Messages = { ...first, ...later };

export default messages;
