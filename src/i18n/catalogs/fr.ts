// The interface in French, key for key as en.ts.
// In two files as English is (first.ts, later.ts), loaded together: a reader who chose the
// language reads both halves.
import type { Messages } from "../catalog.ts";
import { first } from "./fr/first.ts";
import { later } from "./fr/later.ts";

const messages: Messages = { ...first, ...later };

export default messages;
