// What goes inside one cell of the spreadsheet form: lists separated by "|" (a literal "|"
// written "\|", a backslash before "|" or "\" as "\\"), people as "Name (id)", and the
// apostrophe that spreadsheets use to mark text.
import { slugify } from "./slug.ts";

/**
 * Cells that a spreadsheet would run as a formula (= + - @, and tab or CR before one),
 * and cells that already start with the apostrophe import drops: export puts an apostrophe
 * before both. Given to papaparse's `escapeFormulae`; its own default pattern misses a
 * formula cell that spans lines (`.*$` stops at the first line break) and the apostrophe.
 */
export const FORMULA_START = /^[=+\-@\t\r']/;

/** Items joined by " | ", with "|" and "\" escaped inside items. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, "\\\\").replace(/\|/g, "\\|")).join(" | ");
}

/** The inverse of joinList; items trimmed, an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell.trim() === "") return [];
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i += 1) {
    const char = cell[i];
    const next = cell[i + 1];
    if (char === "\\" && (next === "|" || next === "\\")) {
      current += next;
      i += 1;
    } else if (char === "|") {
      items.push(current.trim());
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current.trim());
  return items;
}

/** A cell as read: trimmed, and one leading apostrophe (a spreadsheet's text mark) dropped. */
export function unescapeCell(raw: string): string {
  const value = raw.trim();
  return value.startsWith("'") ? value.slice(1) : value;
}

/** "Ana de Armas" or "Name (id)" when the id is not the name's slug. */
export function formatPerson(id: string, name: string | undefined): string {
  if (name === undefined) return id;
  const plain = joinList([name]);
  const parsed = parsePerson(name);
  if (parsed.id === id && parsed.name === name) return plain;
  return `${plain} (${id})`;
}

/** The inverse of formatPerson for one (unescaped) item. */
export function parsePerson(item: string): { id: string; name: string; explicit: boolean } {
  const match = /^([\s\S]*\S)\s*\(([a-z0-9]+(?:-[a-z0-9]+)*)\)$/.exec(item);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return { name: match[1].trim(), id: match[2], explicit: true };
  }
  return { name: item, id: slugify(item), explicit: false };
}
