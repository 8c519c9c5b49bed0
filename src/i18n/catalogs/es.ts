// The interface in Spanish (neutral, for Spain and Latin America), key for key as en.ts.
// In two files as English is (first.ts, later.ts), loaded together: a reader who chose the
// language reads both halves.
import type { Messages } from "../catalog.ts";
import { first } from "./es/first.ts";
import { later } from "./es/later.ts";

const messages: Messages = { ...first, ...later };

export default messages;
