// The checks a spreadsheet row's values go through, and where their problems are kept: a
// row with any problem is left out and reported, so every check adds to the row's list.
import { parseEdtf } from "../edtf.ts";
import type { eventSchema, personSchema, sourceSchema } from "../schema.ts";

export class RowProblems {
  readonly messages: string[] = [];
  add(message: string): void {
    this.messages.push(message);
  }
}

/** Dates as spreadsheets rewrite them: 2/13/2025, 13.02.2025, Feb-25, 13-Feb-2025. */
const SPREADSHEET_DATE =
  /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Za-z]{3}-\d{2}|\d{1,2}-[A-Za-z]{3}(?:-\d{2,4})?)$/;

export function checkDate(value: string, column: string, problems: RowProblems): void {
  const parsed = parseEdtf(value);
  if (parsed.ok) return;
  const hint = SPREADSHEET_DATE.test(value)
    ? " (a spreadsheet may have rewritten it: format the column as plain text and write dates like 2025-02-13)"
    : "";
  problems.add(`${column}: ${parsed.error}${hint}`);
}

/** The schema's own checks (lengths, shapes), each named by the column it came from. */
export function checkSchema(
  schema: typeof eventSchema | typeof sourceSchema | typeof personSchema,
  value: unknown,
  problems: RowProblems,
  column: (path: readonly PropertyKey[]) => string,
): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const message = `${column(issue.path)}: ${issue.message}`;
    // Shape problems that the row checks already reported would only repeat them.
    if (!seen.has(message)) problems.add(message);
    seen.add(message);
  }
}
