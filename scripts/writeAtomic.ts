// Writes a file whole or not at all: into a temporary file beside it, then renamed over it
// (a rename within one folder is atomic), so that a failure half-way, or a reader at the
// wrong moment, never sees a truncated dataset.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeAtomic(target: string, text: string): void {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  );
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
