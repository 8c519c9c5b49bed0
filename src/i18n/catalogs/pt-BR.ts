// The interface in Brazilian Portuguese, key for key as en.ts.
// In two files as English is (first.ts, later.ts), loaded together: a reader who chose the
// language reads both halves.
import type { Messages } from "../catalog.ts";
import { first } from "./pt-BR/first.ts";
import { later } from "./pt-BR/later.ts";

const messages: Messages = { ...first, ...later };

export default messages;
